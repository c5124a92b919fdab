/**
 * What a card says about an ambassador, shared by the country pages (server)
 * and the map's popups (island), so both print the same thing. A national
 * service's records may lack kind, region, levels, since and profile: each
 * line leaves out what is missing rather than printing an empty value.
 */
import { countryByCode } from '../countries.ts';
import { KINDS, LEVELS, SUPPORT, languageName } from './vocab.ts';

/** The fields a card reads: a validated record and the island's decoded row both fit. */
export interface Displayable {
  name: string;
  country: string;
  town: string;
  kind?: string | undefined;
  region?: string | undefined;
  languages: readonly string[];
  subjects: readonly string[];
  levels?: readonly string[] | undefined;
  support: readonly string[];
  since?: number | undefined;
  profile?: string | undefined;
}

const label = (labels: Record<string, string>, id: string) => labels[id] ?? id;
export const kindLabel = (id: string) => label(KINDS, id);
export const supportLabel = (id: string) => label(SUPPORT, id);
export const levelLabel = (id: string) => label(LEVELS, id);
export const countryName = (code: string) => countryByCode(code)?.name ?? code;

/** "Teacher · Sevilla, Andalusia, Spain": kind and region only when known; the country when asked for. */
export function placeLine(r: Displayable, { withCountry = false } = {}): string {
  const place = [r.town, r.region, withCountry ? countryName(r.country) : undefined].filter(Boolean).join(', ');
  return r.kind ? `${kindLabel(r.kind)} · ${place}` : place;
}

export interface Fact {
  term: string;
  value: string;
}

/** The card's facts, in order, without the ones the record does not have. */
export function factsOf(r: Displayable, languageNames?: ReadonlyMap<string, string>): Fact[] {
  const facts: Fact[] = [
    { term: 'Languages', value: r.languages.map((l) => languageNames?.get(l) ?? languageName(l) ?? l).join(', ') },
    { term: 'Support', value: r.support.map(supportLabel).join(', ') },
  ];
  if (r.levels?.length) facts.push({ term: 'School levels', value: r.levels.map(levelLabel).join(', ') });
  if (r.subjects.length) facts.push({ term: 'Subjects', value: r.subjects.join(', ') });
  if (r.since) facts.push({ term: 'Ambassador since', value: String(r.since) });
  return facts;
}
