/**
 * Great-circle distance and nearest-N search for the ambassador map's
 * "near me", and the bounds the map fits to. Pure functions: the island and
 * the tests share them.
 */
import { median } from '../median.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Haversine distance in kilometres. Accurate to about 0.5 % (the Earth is not
 * a perfect sphere), which is plenty to rank ambassadors by distance.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Ranked<T> {
  item: T;
  km: number;
}

/**
 * The `n` items nearest to `origin`, closest first. Ties keep input order, so
 * the result is stable for ambassadors in the same town. A bounded insertion
 * keeps it O(items × n) without sorting 10,000 distances.
 */
export function nearest<T>(items: Iterable<T>, origin: LatLon, n: number, position: (item: T) => LatLon): Ranked<T>[] {
  if (n <= 0) return [];
  const best: Ranked<T>[] = [];
  for (const item of items) {
    const km = distanceKm(origin, position(item));
    if (best.length === n && km >= best[n - 1]!.km) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]!.km > km) i--;
    best.splice(i, 0, { item, km });
    if (best.length > n) best.pop();
  }
  return best;
}

/** "850 m", "12 km", "1,240 km": precise close by, rounded further away. */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  if (km < 10) return `${km.toFixed(1)} km`;
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** Every item with its distance from `origin`, closest first (stable for ties). */
export function sortByDistance<T>(items: readonly T[], origin: LatLon, position: (item: T) => LatLon): Ranked<T>[] {
  return items.map((item) => ({ item, km: distanceKm(origin, position(item)) })).sort((a, b) => a.km - b.km);
}

/** How far from the results' median position a result may lie and still be fitted into view. */
const FIT_RADIUS_KM = 2500;

/**
 * South-west and north-east corners ([lat, lon]) of the points, leaving out far-off ones (Réunion
 * in a map of France). Needs at least one point.
 */
export function trimmedBounds(points: readonly LatLon[]): [[number, number], [number, number]] {
  const centre = { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
  const near = points.filter((p) => distanceKm(centre, p) < FIT_RADIUS_KM);
  const lats = near.map((p) => p.lat);
  const lons = near.map((p) => p.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}
