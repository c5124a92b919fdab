import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, MAX_ZOOM, precomputeClusters, precomputedSource, PRECOMPUTED_ZOOMS } from '../../src/lib/map/cluster-index.ts';
import { decodeAmbassadors, encodeAmbassadors } from '../../src/lib/map/compact.ts';
import { parseAmbassadorFile } from '../../src/collections/ambassadors.ts';

const FILE = 'content/ambassadors/ambassadors.json';
const records = parseAmbassadorFile(readFileSync(FILE, 'utf8'), FILE).ambassadors;
/** What the browser receives: encoded, sent as JSON, decoded. */
const sent = JSON.parse(
  JSON.stringify({
    ...encodeAmbassadors(records),
    clusters: precomputeClusters(decodeAmbassadors(JSON.parse(JSON.stringify(encodeAmbassadors(records)))).rows),
  }),
) as Record<string, unknown>;
const { rows, clusters } = decodeAmbassadors(sent);

/** A marker as the map draws it: where, how many, and what a click does. */
function markers(
  source: ReturnType<typeof precomputedSource> | ReturnType<typeof buildIndex>,
  view: [number, number, number, number],
  zoom: number,
) {
  return source
    .getClusters(view, zoom)
    .map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Record<string, number>;
      const cluster = 'cluster' in p;
      const expand = cluster ? source.getClusterExpansionZoom(p.cluster_id!) : 0;
      // A town that never splits opens one popup listing its people: they must be known too.
      const town =
        expand > MAX_ZOOM
          ? ` [${source
              .getLeaves(p.cluster_id!, Infinity)
              .map((l) => l.properties.i)
              .sort((a, b) => a - b)
              .join(' ')}]`
          : '';
      return `${Math.round(lon * 1e5)},${Math.round(lat * 1e5)} ${cluster ? `×${p.point_count} → z${expand}${town}` : `#${p.i}`}`;
    })
    .sort();
}

describe('clusters made at build time', () => {
  const index = buildIndex(
    rows,
    rows.map((_, i) => i),
  );

  it('travel with the data and show exactly what the browser would cluster', () => {
    expect(clusters).toBeDefined();
    const source = precomputedSource(clusters!);
    const views: [number, number, number, number][] = [
      [-180, -85, 180, 85],
      [-19, 27, 45, 66],
      [-10, 35, 5, 44],
      [20, 40, 50, 60],
    ];
    for (let z = PRECOMPUTED_ZOOMS.min; z <= PRECOMPUTED_ZOOMS.max; z++) {
      for (const view of views) expect(markers(source, view, z)).toEqual(markers(index, view, z));
    }
  });

  it('keep who is in each town whose ambassadors share one marker at every zoom', () => {
    expect(clusters!.groups.length).toBeGreaterThan(0);
    for (const group of clusters!.groups) {
      expect(group.length).toBeGreaterThan(1);
      expect(new Set(group.map((i) => `${rows[i]!.lat},${rows[i]!.lon}`)).size, group.join()).toBe(1);
    }
  });

  it('cover only the widest zooms, so the map builds its own index for the rest', () => {
    const source = precomputedSource(clusters!);
    expect(source.covers(PRECOMPUTED_ZOOMS.max)).toBe(true);
    expect(source.covers(PRECOMPUTED_ZOOMS.max + 1)).toBe(false);
    expect(source.getClusters([-180, -85, 180, 85], MAX_ZOOM)).toEqual([]);
  });

  it('find markers in a view that crosses the date line', () => {
    const source = precomputedSource(clusters!);
    const everywhere = markers(source, [-180, -85, 180, 85], 3).length;
    const shifted = markers(source, [-200, -85, 160, 85], 3).length;
    expect(shifted).toBe(everywhere);
  });

  it('are left out, not trusted, when malformed', () => {
    const broken = { ...sent, clusters: { minZoom: 2, levels: [[1, 2, 3]], groups: [] } };
    expect(decodeAmbassadors(broken).clusters).toBeUndefined();
    expect(decodeAmbassadors(broken).rows).toHaveLength(rows.length);
  });
});
