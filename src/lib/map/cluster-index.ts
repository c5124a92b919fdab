/**
 * Marker clustering for the map with supercluster: fast enough to rebuild for
 * 10,000 points on every filter change (about 25 ms once the browser has
 * optimised it; the first build takes about 100 ms). Points are indices into
 * the rows array.
 */
import Supercluster, { type AnyProps, type ClusterFeature, type PointFeature } from 'supercluster';
import type { PrecomputedClusters } from './compact.ts';

/** The map's deepest zoom; clusters left at this zoom are towns with several ambassadors. */
export const MAX_ZOOM = 14;
/** The map's widest zoom (the whole world); clusters are not built for wider ones. */
export const MIN_ZOOM = 2;

export type PointProps = { i: number };

/** What an index returns for a view: a cluster, or one record (by its index into the rows). */
export type MapFeature = ClusterFeature<AnyProps> | PointFeature<PointProps>;

/**
 * Cluster radius in pixels: wider than the biggest bubble (52 px) so markers
 * seldom overlap and each keeps a 24 px touch target (WCAG 2.2 target size).
 */
const RADIUS_PX = 64;

export function buildIndex(rows: readonly { lat: number; lon: number }[], indices: readonly number[]): Supercluster<PointProps> {
  const index = new Supercluster<PointProps>({ radius: RADIUS_PX, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, minPoints: 2 });
  index.load(
    indices.map((i) => ({
      type: 'Feature' as const,
      properties: { i },
      geometry: { type: 'Point' as const, coordinates: [rows[i]!.lon, rows[i]!.lat] },
    })),
  );
  return index;
}

/** The zooms whose clusters are made at build time: the widest views, where the map opens. */
export const PRECOMPUTED_ZOOMS = { min: MIN_ZOOM, max: 5 } as const;
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const E5 = 1e5;

/** What the map asks of a clustering index (supercluster's methods it uses). */
export interface ClusterSource {
  getClusters(bbox: [number, number, number, number], zoom: number): MapFeature[];
  getClusterExpansionZoom(clusterId: number): number;
  getLeaves(clusterId: number, limit?: number): PointFeature<PointProps>[];
}

/** Every record's clusters at the precomputed zooms, for the data file. */
export function precomputeClusters(rows: readonly { lat: number; lon: number }[]): PrecomputedClusters {
  const index = buildIndex(
    rows,
    rows.map((_, i) => i),
  );
  const levels: number[][] = [];
  const groups: number[][] = [];
  for (let z = PRECOMPUTED_ZOOMS.min; z <= PRECOMPUTED_ZOOMS.max; z++) {
    levels.push(
      index.getClusters(WORLD, z).flatMap((f) => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties as AnyProps;
        const at = [Math.round(lon * E5), Math.round(lat * E5)];
        if (!('cluster' in p && p.cluster)) return [...at, 1, 0, (p as PointProps).i];
        const id = p.cluster_id as number;
        const expand = index.getClusterExpansionZoom(id);
        // A town's ambassadors never split: the map lists them in one popup, so keep who they are.
        if (expand > MAX_ZOOM) groups.push(index.getLeaves(id, Infinity).map((l) => l.properties.i));
        return [...at, p.point_count as number, expand, expand > MAX_ZOOM ? -1 - groups.length : -1];
      }),
    );
  }
  return { minZoom: PRECOMPUTED_ZOOMS.min, levels, groups };
}

/** The build-time clusters (which cover only some zooms) rather than a full index. */
export type PartialClusterSource = ClusterSource & { covers(zoom: number): boolean };

export const isPrecomputed = (index: ClusterSource | undefined): index is PartialClusterSource => !!index && 'covers' in index;

/**
 * What identifies a marker across indexes of the same rows: place (at the precision the build-time
 * clusters keep) and size, not cluster ids, which differ between the build-time clusters and the
 * island's own index. `deepest` marks town groups at the deepest zoom.
 */
export function markerKey(f: MapFeature, deepest: boolean): string {
  const p = f.properties as AnyProps;
  if (!('cluster' in p && p.cluster)) return `p${(p as PointProps).i}`;
  const [lon, lat] = f.geometry.coordinates as [number, number];
  return `c${Math.round(lon * E5)},${Math.round(lat * E5)},${p.point_count as number}${deepest ? 'm' : ''}`;
}

/**
 * The build-time clusters as a ClusterSource, for the zooms they cover (`covers`).
 * Cluster ids are their place in the data; leaves are kept for towns only (other clusters expand).
 */
export function precomputedSource(p: PrecomputedClusters): PartialClusterSource {
  const STRIDE = 5;
  const covers = (zoom: number) => zoom >= p.minZoom && zoom < p.minZoom + p.levels.length;
  /** Cluster ids: the level in the high digits, the entry below. */
  const idOf = (level: number, k: number) => level * 1e6 + k;
  return {
    covers,
    getClusters([west, south, east, north], zoom) {
      if (!covers(zoom)) return [];
      const level = zoom - p.minZoom;
      const data = p.levels[level]!;
      const wraps = east - west >= 360;
      // The view's west edge brought into [-180, 180); a view past the date line continues beyond 180.
      const w = ((((west + 180) % 360) + 360) % 360) - 180;
      const e = w + (east - west);
      const inLon = (lon: number) => wraps || (lon >= w && lon <= e) || (lon + 360 >= w && lon + 360 <= e);
      const out: MapFeature[] = [];
      for (let k = 0; k < data.length; k += STRIDE) {
        const lon = data[k]! / E5;
        const lat = data[k + 1]! / E5;
        if (lat < south || lat > north || !inLon(lon)) continue;
        const count = data[k + 2]!;
        const geometry = { type: 'Point' as const, coordinates: [lon, lat] };
        out.push(
          count > 1
            ? {
                type: 'Feature',
                id: idOf(level, k),
                geometry,
                properties: { cluster: true, cluster_id: idOf(level, k), point_count: count, point_count_abbreviated: count },
              }
            : { type: 'Feature', geometry, properties: { i: data[k + 4]! } },
        );
      }
      return out;
    },
    getClusterExpansionZoom(clusterId) {
      const level = Math.floor(clusterId / 1e6);
      return p.levels[level]?.[(clusterId % 1e6) + 3] ?? MAX_ZOOM;
    },
    getLeaves(clusterId) {
      const ref = p.levels[Math.floor(clusterId / 1e6)]?.[(clusterId % 1e6) + 4] ?? -1;
      const rows = ref <= -2 ? p.groups[-2 - ref] : undefined;
      if (!rows) throw new Error('precomputed clusters keep the members of towns only');
      return rows.map((i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { i } }));
    },
  };
}
