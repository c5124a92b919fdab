/**
 * The countries taking part in eTwinning, as the programme overview lists them
 * (36 eTwinning countries and 6 eTwinning Plus countries). The mentorship notes
 * add Jordan and Lebanon to eTwinning Plus; they are flagged with `note` so
 * pages can say where that comes from. Names are English short names; codes
 * are ISO 3166-1 alpha-2.
 */
export type Programme = 'etwinning' | 'etwinning-plus';

export interface Country {
  code: string;
  name: string;
  programme: Programme;
  /** Set where a country's status comes from a source other than the overview. */
  note?: string;
}

const E: Programme = 'etwinning';
const P: Programme = 'etwinning-plus';

export const COUNTRIES: readonly Country[] = [
  { code: 'AL', name: 'Albania', programme: E },
  { code: 'AT', name: 'Austria', programme: E },
  { code: 'BE', name: 'Belgium', programme: E },
  { code: 'BA', name: 'Bosnia and Herzegovina', programme: E },
  { code: 'BG', name: 'Bulgaria', programme: E },
  { code: 'HR', name: 'Croatia', programme: E },
  { code: 'CY', name: 'Cyprus', programme: E },
  { code: 'CZ', name: 'Czech Republic', programme: E },
  { code: 'DK', name: 'Denmark', programme: E },
  { code: 'EE', name: 'Estonia', programme: E },
  { code: 'FI', name: 'Finland', programme: E },
  { code: 'FR', name: 'France', programme: E },
  { code: 'DE', name: 'Germany', programme: E },
  { code: 'GR', name: 'Greece', programme: E },
  { code: 'HU', name: 'Hungary', programme: E },
  { code: 'IS', name: 'Iceland', programme: E },
  { code: 'IE', name: 'Ireland', programme: E },
  { code: 'IT', name: 'Italy', programme: E },
  { code: 'LV', name: 'Latvia', programme: E },
  { code: 'LI', name: 'Liechtenstein', programme: E },
  { code: 'LT', name: 'Lithuania', programme: E },
  { code: 'LU', name: 'Luxembourg', programme: E },
  { code: 'MT', name: 'Malta', programme: E },
  { code: 'NL', name: 'Netherlands', programme: E },
  // The overview (written before the 2019 name change) calls it the Former Yugoslav Republic of Macedonia.
  { code: 'MK', name: 'North Macedonia', programme: E },
  { code: 'NO', name: 'Norway', programme: E },
  { code: 'PL', name: 'Poland', programme: E },
  { code: 'PT', name: 'Portugal', programme: E },
  { code: 'RO', name: 'Romania', programme: E },
  { code: 'RS', name: 'Serbia', programme: E },
  { code: 'SK', name: 'Slovakia', programme: E },
  { code: 'SI', name: 'Slovenia', programme: E },
  { code: 'ES', name: 'Spain', programme: E },
  { code: 'SE', name: 'Sweden', programme: E },
  { code: 'TR', name: 'Turkey', programme: E },
  { code: 'GB', name: 'United Kingdom', programme: E },
  { code: 'AM', name: 'Armenia', programme: P },
  { code: 'AZ', name: 'Azerbaijan', programme: P },
  { code: 'GE', name: 'Georgia', programme: P },
  { code: 'MD', name: 'Moldova', programme: P },
  { code: 'TN', name: 'Tunisia', programme: P },
  { code: 'UA', name: 'Ukraine', programme: P },
  { code: 'JO', name: 'Jordan', programme: P, note: 'joined eTwinning Plus by 2020' },
  { code: 'LB', name: 'Lebanon', programme: P, note: 'joined eTwinning Plus by 2020' },
];

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

export function isEtwinningCountry(code: string): boolean {
  return byCode.has(code.toUpperCase());
}

export function countriesIn(programme: Programme): Country[] {
  return COUNTRIES.filter((c) => c.programme === programme);
}
