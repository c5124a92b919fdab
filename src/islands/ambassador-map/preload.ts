/**
 * Leaflet and the basemap are fetched once, as soon as the island hydrates,
 * alongside the ambassador data: the map does not wait for one download to
 * finish before starting the next.
 */
import type * as Leaflet from 'leaflet';
import { isProjectedBasemap, type ProjectedBasemap } from '../../lib/ambassadors/basemap-projected';

let leaflet: Promise<typeof Leaflet> | undefined;
let basemap: Promise<ProjectedBasemap> | undefined;

/** Leaflet touches `window` when imported: only ever call this in the browser. */
export function loadLeaflet(): Promise<typeof Leaflet> {
  return (leaflet ??= import('leaflet').then((m) => m.default));
}

export function loadBasemap(url = '/data/basemap.json'): Promise<ProjectedBasemap> {
  return (basemap ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${url} answered ${r.status}`);
    const data: unknown = await r.json();
    if (!isProjectedBasemap(data)) throw new Error(`${url} is not a basemap this version of the map can draw`);
    return data;
  }));
}
