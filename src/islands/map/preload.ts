/**
 * The map's three downloads (the ambassador data, Leaflet, the basemap) are
 * each started once, as soon as the island's module runs, and shared by
 * whoever asks next: the map does not wait for one download to finish, nor
 * for its first render, before starting the others.
 */
import type * as Leaflet from 'leaflet';
import { isProjectedBasemap, type ProjectedBasemap } from '../../lib/map/basemap-projected.ts';

let leaflet: Promise<typeof Leaflet> | undefined;
let basemap: Promise<ProjectedBasemap> | undefined;
const json = new Map<string, Promise<unknown>>();

/** The parsed JSON at url, fetched once. */
export function loadJson(url: string): Promise<unknown> {
  let pending = json.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} answered ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    // A failed download may be retried (the island's error message offers no retry yet, but a remount does).
    pending.catch(() => json.delete(url));
    json.set(url, pending);
  }
  return pending;
}

/** Leaflet touches `window` when imported: only ever call this in the browser. */
export function loadLeaflet(): Promise<typeof Leaflet> {
  return (leaflet ??= import('leaflet').then((m) => m.default));
}

export function loadBasemap(url = '/map/basemap.json'): Promise<ProjectedBasemap> {
  return (basemap ??= loadJson(url).then((data) => {
    if (!isProjectedBasemap(data)) throw new Error(`${url} is not a basemap this version of the map can draw`);
    return data;
  }));
}
