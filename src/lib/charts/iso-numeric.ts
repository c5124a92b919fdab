/**
 * ISO 3166-1 numeric codes of the countries in src/lib/countries.ts: the
 * bundled world-atlas shapes are keyed by these, the book by alpha-2.
 */
export const NUMERIC_BY_ALPHA2: Readonly<Record<string, string>> = {
  AL: '008',
  AT: '040',
  BE: '056',
  BA: '070',
  BG: '100',
  HR: '191',
  CY: '196',
  CZ: '203',
  DK: '208',
  EE: '233',
  FI: '246',
  FR: '250',
  DE: '276',
  GR: '300',
  HU: '348',
  IS: '352',
  IE: '372',
  IT: '380',
  LV: '428',
  LI: '438',
  LT: '440',
  LU: '442',
  MT: '470',
  NL: '528',
  MK: '807',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  SK: '703',
  SI: '705',
  ES: '724',
  SE: '752',
  TR: '792',
  GB: '826',
  AM: '051',
  AZ: '031',
  GE: '268',
  MD: '498',
  TN: '788',
  UA: '804',
  JO: '400',
  LB: '422',
};

const alpha2ByNumeric = new Map(Object.entries(NUMERIC_BY_ALPHA2).map(([a2, num]) => [num, a2]));

export function alpha2FromNumeric(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return alpha2ByNumeric.get(String(numeric).padStart(3, '0'));
}
