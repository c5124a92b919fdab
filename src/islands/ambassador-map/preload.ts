/**
 * Leaflet and the basemap are fetched once, as soon as the island hydrates,
 * alongside the ambassador data: the map does not wait for one download to
 * finish before starting the next.
 */
import type * as Leaflet from 'leaflet';
import type { FeatureCollection } from 'geojson';

let leaflet: Promise<typeof Leaflet> | undefined;
let basemap: Promise<FeatureCollection> | undefined;

/** Leaflet touches `window` when imported: only ever call this in the browser. */
export function loadLeaflet(): Promise<typeof Leaflet> {
  return (leaflet ??= import('leaflet').then((m) => m.default));
}

export function loadBasemap(url = '/data/basemap.json'): Promise<FeatureCollection> {
  return (basemap ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url} answered ${r.status}`);
    return r.json() as Promise<FeatureCollection>;
  }));
}
