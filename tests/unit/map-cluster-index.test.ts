import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, MAX_ZOOM, MIN_ZOOM } from '../../src/lib/map/cluster-index.ts';

interface Person {
  lat: number;
  lon: number;
  country: string;
  town: string;
}
const PEOPLE = (JSON.parse(readFileSync('content/ambassadors/ambassadors.json', 'utf8')) as { ambassadors: Person[] }).ambassadors;
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

const countOf = (f: { properties: Record<string, unknown> }) =>
  'cluster' in f.properties ? (f.properties as { point_count: number }).point_count : 1;

describe('the map clustering index', () => {
  const spain = PEOPLE.flatMap((p, i) => (p.country === 'ES' ? [i] : []));
  const index = buildIndex(PEOPLE, spain);

  it('accounts for every ambassador of the result set at every zoom, and for no one else', () => {
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++) {
      expect(index.getClusters(WORLD, zoom).reduce((n, f) => n + countOf(f), 0)).toBe(spain.length);
    }
    const leaves = index
      .getClusters(WORLD, MIN_ZOOM)
      .flatMap((f) => ('cluster' in f.properties ? index.getLeaves(f.properties.cluster_id, Infinity) : [f]))
      .map((f) => (f.properties as { i: number }).i)
      .sort((a, b) => a - b);
    expect(leaves).toEqual(spain);
  });

  it('keeps ambassadors of the same town together even at the deepest zoom', () => {
    const byTown = new Map<string, number>();
    for (const i of spain) byTown.set(`${PEOPLE[i]!.lat},${PEOPLE[i]!.lon}`, (byTown.get(`${PEOPLE[i]!.lat},${PEOPLE[i]!.lon}`) ?? 0) + 1);
    const shared = [...byTown.values()].filter((n) => n > 1).length;
    const groups = index.getClusters(WORLD, MAX_ZOOM).filter((f) => 'cluster' in f.properties).length;
    expect(shared).toBeGreaterThan(0);
    expect(groups).toBeGreaterThanOrEqual(shared);
  });

  it('clusters the whole network into a few dozen bubbles at the widest zoom', () => {
    const all = buildIndex(
      PEOPLE,
      PEOPLE.map((_, i) => i),
    ).getClusters(WORLD, MIN_ZOOM);
    expect(all.length).toBeLessThan(60);
    expect(all.reduce((n, f) => n + countOf(f), 0)).toBe(PEOPLE.length);
  });
});
