/**
 * Ambassadors per country from the sample map data. The data file's exact
 * shape belongs to the map; this only needs each record's country code, so it
 * accepts a JSON array, an object holding one, or CSV text with a "country"
 * column, and reports what it could not read instead of guessing.
 */
import { countryByCode } from '../countries.ts';

export interface CountryCount {
  code: string;
  name: string;
  count: number;
}

export interface CountResult {
  counts: CountryCount[];
  total: number;
  /** Records whose country is missing or not an eTwinning country, by reason. */
  skipped: string[];
}

/** Pulls the country codes out of parsed JSON: an array of records or an object with one. */
export function countriesFromJson(data: unknown): string[] {
  const records = Array.isArray(data)
    ? data
    : data && typeof data === 'object'
      ? Object.values(data).find((v): v is unknown[] => Array.isArray(v) && v.some((r) => r && typeof r === 'object' && 'country' in r))
      : undefined;
  if (!records) throw new Error('no array of records with a "country" field');
  return records.map((r) => (r && typeof r === 'object' && 'country' in r ? String((r as { country: unknown }).country) : ''));
}

/** The "country" column of CSV text (comma or semicolon separated, header row first). */
export function countriesFromCsv(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = (lines[0] ?? '').split(sep).map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const col = header.indexOf('country');
  if (col < 0) throw new Error('no "country" column in the header');
  // Country codes never contain the separator, so a plain split is enough for this one column.
  return lines.slice(1).map((l) => (l.split(sep)[col] ?? '').trim().replace(/^"|"$/g, ''));
}

export function countByCountry(codes: readonly string[]): CountResult {
  const tally = new Map<string, number>();
  const skipped: string[] = [];
  codes.forEach((raw, i) => {
    const country = countryByCode(raw.trim());
    if (!country) {
      skipped.push(`record ${i + 1}: country "${raw}" is not an eTwinning or eTwinning Plus country`);
      return;
    }
    tally.set(country.code, (tally.get(country.code) ?? 0) + 1);
  });
  const counts = [...tally].map(([code, count]) => ({ code, name: countryByCode(code)!.name, count }));
  counts.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { counts, total: codes.length - skipped.length, skipped };
}
