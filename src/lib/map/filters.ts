/**
 * The map's filters: country, language, support offered, school level and
 * free text. Pure, so the island, the tests and the bench agree on what a
 * filter means. Filters round-trip through the URL query string so a search
 * can be bookmarked or shared.
 */
import { foldText } from '../fold-text.ts';
import { countryByCode } from '../countries.ts';
import { LEVEL_IDS, SUPPORT_IDS, type LevelId, type SupportId } from './vocab.ts';

export interface Filters {
  country?: string;
  /** Several countries at once: a national edition's own (edition.yaml `map.countries`). */
  countries?: readonly string[];
  language?: string;
  support?: SupportId;
  level?: LevelId;
  q?: string;
}

/** The fields a filter reads: the full record and the island's decoded rows both fit. */
export interface Filterable {
  name: string;
  country: string;
  /** Optional in a national service's data, as are levels: a record without levels matches no level filter. */
  region?: string | undefined;
  town: string;
  languages: readonly string[];
  subjects: readonly string[];
  levels?: readonly string[] | undefined;
  support: readonly string[];
}

/** The text the free-text filter searches: name, town, region, country and subjects. */
export function haystack(r: Filterable): string {
  return foldText([r.name, r.town, r.region ?? '', countryByCode(r.country)?.name ?? r.country, ...r.subjects].join(' \u0000 '));
}

/** Keys in the query string, in the order they are written. */
const KEYS = ['country', 'language', 'support', 'level', 'q'] as const;

/**
 * Reads filters from a query string, ignoring values that cannot be right
 * (a hand-edited or old link shows everything rather than nothing).
 */
export function parseFilters(search: string | URLSearchParams): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const f: Filters = {};
  // "ES" or "ES,PT"; codes that are not countries are dropped.
  const codes = [...new Set((params.get('country') ?? '').toUpperCase().split(','))].map((c) => c.trim()).filter((c) => countryByCode(c));
  if (codes.length === 1) f.country = codes[0]!;
  else if (codes.length > 1) f.countries = codes;
  const language = params.get('language')?.trim().toLowerCase();
  if (language && /^[a-z]{2}$/.test(language)) f.language = language;
  const support = params.get('support');
  if (support && (SUPPORT_IDS as string[]).includes(support)) f.support = support as SupportId;
  const level = params.get('level');
  if (level && (LEVEL_IDS as string[]).includes(level)) f.level = level as LevelId;
  const q = params.get('q')?.trim();
  if (q) f.q = q.slice(0, 100);
  return f;
}

/** The value the country filter has: one code, several joined by commas, or "". */
export function countryValue(f: Filters): string {
  return f.country ?? f.countries?.join(',') ?? '';
}

/** The filters of a select's value ("ES", "ES,PT" or "" for every country). */
export function withCountry(f: Filters, value: string): Filters {
  const rest = { ...f };
  delete rest.country;
  delete rest.countries;
  return { ...rest, ...parseFilters(`?country=${encodeURIComponent(value)}`) };
}

/**
 * "?country=ES&language=ca", or "" when no filter is set. With an edition's default countries,
 * every country is written as "country=all", so that a shared or reloaded address keeps it.
 */
export function filtersToQuery(f: Filters, defaultCountries: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === 'country' ? countryValue(f) || (defaultCountries.length ? 'all' : '') : f[key];
    if (value) params.set(key, value);
  }
  // Commas stay readable in the address.
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

/**
 * The filters a page address asks for. An address that names no country gets the edition's
 * default countries (none: every country); "country=all" asks for every country.
 */
export function initialFilters(search: string, defaultCountries: readonly string[]): Filters {
  const params = new URLSearchParams(search);
  const f = parseFilters(params);
  return params.has('country') || !defaultCountries.length ? f : withCountry(f, defaultCountries.join(','));
}

export function isEmpty(f: Filters): boolean {
  return KEYS.every((k) => !f[k]) && !f.countries?.length;
}

/** A matcher for one set of filters; `text` is the record's precomputed haystack. */
export function matcher(f: Filters): (r: Filterable, text?: string) => boolean {
  const words = f.q ? foldText(f.q).split(/\s+/).filter(Boolean) : [];
  return (r, text) => {
    if (f.country && r.country !== f.country) return false;
    if (f.countries?.length && !f.countries.includes(r.country)) return false;
    if (f.language && !r.languages.includes(f.language)) return false;
    if (f.support && !r.support.includes(f.support)) return false;
    if (f.level && !r.levels?.includes(f.level)) return false;
    if (words.length) {
      const hay = text ?? haystack(r);
      return words.every((w) => hay.includes(w));
    }
    return true;
  };
}

/** The records matching every filter, in their original order. */
export function applyFilters<T extends Filterable>(records: readonly T[], f: Filters, texts?: readonly string[]): T[] {
  const match = matcher(f);
  return records.filter((r, i) => match(r, texts?.[i]));
}

/** The text filter applies this long after the last keystroke (FilterForm), not on every key. */
export const TYPING_PAUSE_MS = 200;
