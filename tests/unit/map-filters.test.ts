import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  filtersToQuery,
  haystack,
  initialFilters,
  isEmpty,
  parseFilters,
  withCountry,
  type Filterable,
} from '../../src/lib/map/filters.ts';

const base: Filterable = {
  name: '',
  country: 'ES',
  region: '',
  town: '',
  languages: ['es'],
  subjects: [],
  levels: ['primary'],
  support: ['training'],
};
const people: (Filterable & { id: string })[] = [
  { ...base, id: 'a', name: 'Ana Sevillano', town: 'Sevilla', region: 'Seville region', languages: ['es', 'en'], subjects: ['Chemistry'] },
  {
    ...base,
    id: 'b',
    name: 'Jordi Sampleu',
    town: 'Girona',
    region: 'Barcelona region',
    languages: ['ca', 'es'],
    support: ['visits', 'email'],
    levels: ['upper-secondary'],
  },
  {
    ...base,
    id: 'c',
    name: 'Léa Exemple',
    country: 'FR',
    town: 'Rennes',
    region: 'Rennes region',
    languages: ['fr'],
    support: ['online-courses'],
  },
  {
    ...base,
    id: 'd',
    name: 'Sara Campione',
    country: 'IT',
    town: 'Torino',
    region: 'Turin region',
    languages: ['it', 'en'],
    subjects: ['Physics'],
    levels: ['primary', 'lower-secondary'],
  },
];
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('ambassador filters', () => {
  it('narrow by country, language, support and school level, all together', () => {
    expect(ids(applyFilters(people, { country: 'ES' }))).toEqual(['a', 'b']);
    expect(ids(applyFilters(people, { language: 'en' }))).toEqual(['a', 'd']);
    expect(ids(applyFilters(people, { support: 'visits' }))).toEqual(['b']);
    expect(ids(applyFilters(people, { level: 'primary' }))).toEqual(['a', 'c', 'd']);
    expect(ids(applyFilters(people, { country: 'ES', language: 'en', level: 'primary' }))).toEqual(['a']);
    expect(ids(applyFilters(people, {}))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('free text finds towns, regions, subjects and country names, ignoring case and accents', () => {
    expect(ids(applyFilters(people, { q: 'SEVILLA' }))).toEqual(['a']);
    expect(ids(applyFilters(people, { q: 'lea' }))).toEqual(['c']);
    expect(ids(applyFilters(people, { q: 'physics' }))).toEqual(['d']);
    expect(ids(applyFilters(people, { q: 'italy' }))).toEqual(['d']);
    // Every word must match somewhere.
    expect(ids(applyFilters(people, { q: 'spain chemistry' }))).toEqual(['a']);
    expect(ids(applyFilters(people, { q: 'spain physics' }))).toEqual([]);
  });

  it('uses precomputed search text when given', () => {
    const texts = people.map(haystack);
    expect(ids(applyFilters(people, { q: 'girona' }, texts))).toEqual(['b']);
  });

  it('round-trip through the query string, so a search can be shared', () => {
    const f = { country: 'ES', language: 'ca', support: 'visits', level: 'upper-secondary', q: 'Girona' } as const;
    const query = filtersToQuery(f);
    expect(query).toBe('?country=ES&language=ca&support=visits&level=upper-secondary&q=Girona');
    expect(parseFilters(query)).toEqual(f);
    expect(filtersToQuery({})).toBe('');
    expect(isEmpty(parseFilters(''))).toBe(true);
  });

  it('ignore values a hand-edited link cannot mean, rather than showing nothing', () => {
    expect(parseFilters('?country=us&language=english&support=money&level=uni&q=%20%20')).toEqual({});
    expect(parseFilters('?country=es')).toEqual({ country: 'ES' });
  });

  it('several countries at once, as an edition names its own: "country=ES,IT"', () => {
    const f = parseFilters('?country=es,it,XX,ES');
    expect(f).toEqual({ countries: ['ES', 'IT'] });
    expect(ids(applyFilters(people, f)).sort()).toEqual(['a', 'b', 'd']);
    expect(filtersToQuery({ ...f, language: 'ca' })).toBe('?country=ES,IT&language=ca');
    // Picking one country in the select replaces the set, and "" is every country.
    expect(withCountry({ ...f, q: 'x' }, 'IT')).toEqual({ country: 'IT', q: 'x' });
    expect(withCountry(f, '')).toEqual({});
  });

  it("an address without a country opens on the edition's countries; country=all shows everyone, and says so when shared", () => {
    expect(initialFilters('', ['ES'])).toEqual({ country: 'ES' });
    expect(initialFilters('?level=primary', ['ES', 'IT'])).toEqual({ level: 'primary', countries: ['ES', 'IT'] });
    expect(initialFilters('?country=all', ['ES'])).toEqual({});
    expect(initialFilters('', [])).toEqual({});
    expect(filtersToQuery({}, ['ES'])).toBe('?country=all');
    expect(filtersToQuery({}, [])).toBe('');
  });
});
