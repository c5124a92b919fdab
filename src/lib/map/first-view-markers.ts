/**
 * The first view's markers, made at build time from the same clusters the
 * map opens with (supercluster on the same rows, cluster-index.ts) and pushed
 * apart as the map pushes them (spread.ts), so Leaflet's markers land where
 * these were. Each is a link a reader can follow without JavaScript: a
 * cluster to its country's page, a town to its people there, one person to their card.
 */
import type { AnyProps } from 'supercluster';
import { countryPageHref } from './anchors.ts';
import { buildIndex, markerKey, MAX_ZOOM, type PointProps } from './cluster-index.ts';
import { countryName } from './display.ts';
import { frameBounds, fromCentre, HOME_BOX, inHomeBox, type FirstViewZoom } from './first-view.ts';
import { spreadDiscs } from './spread.ts';

export type FirstViewKind = 'point' | 'cluster' | 'group';

export interface FirstViewMarker {
  /** The key of the Leaflet marker that replaces it (markerKey), so focus can follow. */
  key: string;
  kind: FirstViewKind;
  count: number;
  /** Centre in px from the frame's centre, after spreading. */
  x: number;
  y: number;
  /** Diameter in px (as markers.ts sizes Leaflet's). */
  size: number;
  href: string;
  label: string;
}

interface Placed {
  name: string;
  country: string;
  town: string;
  id: string;
  lat: number;
  lon: number;
  /** Their country page, when not the first (country-pages.ts). */
  page?: number | undefined;
}

/** Same sizes as the island's markers (src/islands/map/markers.ts). */
export function markerSize(kind: FirstViewKind, count: number): number {
  if (kind === 'point') return 24;
  return count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
}

const people = (n: number) => `${n.toLocaleString('en-GB')} ambassador${n === 1 ? '' : 's'}`;

/** "Spain: 58 ambassadors", or for a cluster over a border "Belgium: 30 of 58 ambassadors here (also Netherlands 20, Luxembourg 8)". */
function clusterLabel(members: readonly Placed[]): { label: string; country: string } {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [top, topCount] = ranked[0]!;
  if (ranked.length === 1) return { country: top, label: `${countryName(top)}: ${people(members.length)}` };
  const others = ranked
    .slice(1)
    .map(([c, n]) => `${countryName(c)} ${n}`)
    .join(', ');
  return {
    country: top,
    label: `${countryName(top)}: ${topCount} of ${people(members.length)} here (also ${others})`,
  };
}

export function firstViewMarkers(rows: readonly Placed[], zoom: FirstViewZoom): FirstViewMarker[] {
  const index = buildIndex(
    rows,
    rows.map((_, i) => i),
  );
  const markers: FirstViewMarker[] = [];
  for (const f of index.getClusters(frameBounds(zoom), zoom)) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const [x, y] = fromCentre(lon, lat, zoom);
    const p = f.properties as AnyProps;
    const key = markerKey(f, false);
    if (!('cluster' in p && p.cluster)) {
      const r = rows[(p as PointProps).i]!;
      markers.push({
        key,
        kind: 'point',
        count: 1,
        x,
        y,
        size: 24,
        href: countryPageHref(r.country, r.id, r.page),
        label: `${r.name}, ${r.town}`,
      });
      continue;
    }
    const id = p.cluster_id as number;
    const members = index.getLeaves(id, Infinity).map((l) => rows[l.properties.i]!);
    // Several people in one town never split (the map lists them in one popup).
    const kind: FirstViewKind = index.getClusterExpansionZoom(id) > MAX_ZOOM ? 'group' : 'cluster';
    const { label, country } = clusterLabel(members);
    const town = members[0]!.town;
    // A town leads to its people on its country's page (the page the town is on, at the first of
    // them in the page's order); a wider cluster to the country's first page.
    const first = kind === 'group' ? [...members].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0]! : undefined;
    markers.push({
      key,
      kind,
      count: members.length,
      x,
      y,
      size: markerSize(kind, members.length),
      href: first ? countryPageHref(first.country, first.id, first.page) : countryPageHref(country),
      label: kind === 'group' ? `${people(members.length)} in ${town}, ${countryName(country)}` : label,
    });
  }
  const spread = spreadDiscs(markers);
  // A tenth of a pixel is as close as a screen can show.
  const tenth = (v: number) => Math.round(v * 10) / 10;
  return markers.map((m, i) => ({ ...m, x: tenth(spread[i]!.x), y: tenth(spread[i]!.y) }));
}

export interface OutermostPlace {
  /** "Canary Islands (Spain)". */
  label: string;
  country: string;
  count: number;
  /** [[south, west], [north, east]] of its people, for the map to show them. */
  bounds: [[number, number], [number, number]];
}

/** Those outside the first view (outermost regions, overseas), by region, or by town when no region is known. */
export function outermostPlaces(rows: readonly (Placed & { region?: string | undefined })[]): OutermostPlace[] {
  const groups = new Map<string, { country: string; name: string; lats: number[]; lons: number[] }>();
  for (const r of rows) {
    if (inHomeBox(r)) continue;
    const name = r.region ?? r.town;
    const key = `${r.country}\u0000${name}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { country: r.country, name, lats: [], lons: [] }));
    g.lats.push(r.lat);
    g.lons.push(r.lon);
  }
  return [...groups.values()]
    .map((g) => ({
      label: `${g.name} (${countryName(g.country)})`,
      country: g.country,
      count: g.lats.length,
      bounds: [
        [Math.min(...g.lats), Math.min(...g.lons)],
        [Math.max(...g.lats), Math.max(...g.lons)],
      ] as [[number, number], [number, number]],
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export { HOME_BOX };
