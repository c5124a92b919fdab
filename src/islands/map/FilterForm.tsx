/**
 * The filter form: four selects and a text search. Every change filters at
 * once (the text after a short pause while typing); the form never submits.
 */
import type { VNode } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countryValue, TYPING_PAUSE_MS, withCountry, type Filters } from '../../lib/map/filters.ts';
import { LEVELS, SUPPORT } from '../../lib/map/vocab.ts';
import { listAnd } from '../../i18n/list.ts';

interface Props {
  filters: Filters;
  onChange: (next: Filters) => void;
  countries: readonly { code: string; name: string }[];
  languages: readonly [code: string, name: string][];
  /** The edition's own countries (edition.yaml `map.countries`): two or more are one choice of their own. */
  defaultCountries?: readonly string[];
  /** Before the data are in (and without JavaScript): drawn, so nothing moves later, but not usable yet. */
  disabled?: boolean;
}

/** A select's options. Made once per list: the same elements again tell Preact there is nothing to compare (a filter's render skips them). */
const optionsOf = (all: string, options: readonly (readonly [string, string])[]): VNode[] => [
  <option value="">{all}</option>,
  ...options.map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  )),
];
const NO_COUNTRIES: readonly string[] = [];

export function FilterForm({ filters, onChange, countries, languages, defaultCountries = NO_COUNTRIES, disabled = false }: Props) {
  const [text, setText] = useState(filters.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const countryOptions = useMemo(() => {
    const nameOf = new Map(countries.map((c) => [c.code, c.name]));
    const several = defaultCountries.length > 1;
    return optionsOf('All countries', [
      ...(several ? [[defaultCountries.join(','), listAnd(defaultCountries.map((code) => nameOf.get(code) ?? code))] as const] : []),
      ...countries.map((c) => [c.code, c.name] as const),
    ]);
  }, [countries, defaultCountries]);
  const languageOptions = useMemo(() => optionsOf('Any language', languages), [languages]);
  const supportOptions = useMemo(() => optionsOf('Any support', Object.entries(SUPPORT)), []);
  const levelOptions = useMemo(() => optionsOf('Any level', Object.entries(LEVELS)), []);
  const set = (key: keyof Filters, value: string) => {
    const next = { ...filters };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    onChange(next);
  };
  const select = (key: 'country' | 'language' | 'support' | 'level', label: string, options: VNode[]) => (
    <div class="amb-field">
      <label htmlFor={`amb-${key}`}>{label}</label>
      <select
        id={`amb-${key}`}
        name={key}
        value={key === 'country' ? countryValue(filters) : (filters[key] ?? '')}
        disabled={disabled}
        onChange={(e) => (key === 'country' ? onChange(withCountry(filters, e.currentTarget.value)) : set(key, e.currentTarget.value))}
      >
        {options}
      </select>
    </div>
  );

  return (
    <form class="amb-filters" role="search" aria-label="Filter ambassadors" onSubmit={(e) => e.preventDefault()}>
      {select('country', 'Country', countryOptions)}
      {select('language', 'Language', languageOptions)}
      {select('support', 'Support offered', supportOptions)}
      {select('level', 'School level', levelOptions)}
      <div class="amb-field amb-field-text">
        <label htmlFor="amb-q">Town, region, subject or name</label>
        <input
          id="amb-q"
          name="q"
          type="search"
          autocomplete="off"
          value={text}
          disabled={disabled}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => set('q', value.trim()), TYPING_PAUSE_MS);
          }}
        />
      </div>
      <div class="amb-field amb-field-actions">
        <button type="button" class="button" disabled={disabled} onClick={() => onChange({})}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
