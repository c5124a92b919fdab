/**
 * Ambassadors per country from the map's records (already validated by the
 * loader), reporting any code it cannot place instead of dropping it silently.
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
