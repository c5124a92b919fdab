import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { worldTopology } from '../../src/collections/world.ts';
import { basemap, type BasemapProperties } from '../../src/lib/map/basemap.ts';
import {
  GRID,
  isProjectedBasemap,
  projectBasemap,
  projectToGrid,
  ringBox,
  ringGroups,
  traceRing,
} from '../../src/lib/map/basemap-projected.ts';

function points(ring: number[]): [number, number][] {
  const out: [number, number][] = [];
  traceRing(ring, { moveTo: (x, y) => out.push([x, y]), lineTo: (x, y) => out.push([x, y]) });
  return out;
}

function square(coordinates: [number, number][], code = 'ES'): FeatureCollection<Polygon, BasemapProperties> {
  const feature: Feature<Polygon, BasemapProperties> = {
    type: 'Feature',
    properties: { code, programme: 'etwinning' },
    geometry: { type: 'Polygon', coordinates: [coordinates] },
  };
  return { type: 'FeatureCollection', features: [feature] };
}

describe('projectToGrid (Web Mercator on a GRID square)', () => {
  it('puts the equator and the prime meridian in the middle and the corners at the limits', () => {
    expect(projectToGrid(0, 0)).toEqual([GRID / 2, GRID / 2]);
    expect(projectToGrid(-180, 85.0511287798)).toEqual([0, 0]);
    expect(projectToGrid(180, -85.0511287798)).toEqual([GRID, GRID]);
  });

  it('clamps latitudes beyond the square world instead of returning Infinity', () => {
    expect(projectToGrid(0, 90)).toEqual([GRID / 2, 0]);
    expect(projectToGrid(0, -90)).toEqual([GRID / 2, GRID]);
  });

  it('stretches the north as Mercator does: Oslo is further from Madrid on the map than in degrees', () => {
    const [, madrid] = projectToGrid(-3.7, 40.4);
    const [, oslo] = projectToGrid(10.75, 59.9);
    const [, equator] = projectToGrid(0, 0);
    const [, tenNorth] = projectToGrid(0, 19.5);
    expect(madrid - oslo).toBeGreaterThan(equator - tenNorth);
  });
});

describe('projectBasemap', () => {
  it('delta-encodes each ring so that tracing it gives back the projected points', () => {
    const ring: [number, number][] = [
      [-4, 40],
      [3, 40],
      [3, 43],
      [-4, 43],
      [-4, 40],
    ];
    const projected = projectBasemap(square(ring));
    expect(projected.shapes).toHaveLength(1);
    expect(projected.shapes[0]!.programme).toBe('etwinning');
    expect(points(projected.shapes[0]!.rings[0]!)).toEqual(ring.map(([lon, lat]) => projectToGrid(lon, lat)));
  });

  it('drops repeated points and rings too small to draw', () => {
    const tiny: [number, number][] = [
      [1, 1],
      [1.000001, 1],
      [1, 1.000001],
      [1, 1],
    ];
    expect(projectBasemap(square(tiny)).shapes).toEqual([]);
  });

  it('keeps a ring that crosses the date line continuous (no line across the map)', () => {
    const ring: [number, number][] = [
      [178, 65],
      [-178, 65],
      [-178, 68],
      [178, 68],
      [178, 65],
    ];
    const traced = points(projectBasemap(square(ring, 'RU')).shapes[0]!.rings[0]!);
    for (let k = 1; k < traced.length; k++) expect(Math.abs(traced[k]![0] - traced[k - 1]![0])).toBeLessThan(GRID / 50);
  });

  it('projects the real world-atlas shapes: the network shaded, no jump across the world, the Canaries included', () => {
    const world = projectBasemap(basemap(worldTopology('50m'), worldTopology('110m')));
    expect(isProjectedBasemap(JSON.parse(JSON.stringify(world)))).toBe(true);
    expect(world.shapes.length).toBeGreaterThan(150);
    const codes = new Set(world.shapes.map((s) => s.code));
    for (const code of ['ES', 'FR', 'UA', 'GE', 'TN']) expect(codes).toContain(code);
    expect(world.shapes.find((s) => s.code === 'UA')!.programme).toBe('etwinning-plus');
    for (const shape of world.shapes) {
      for (const ring of shape.rings) {
        for (let k = 2; k < ring.length; k += 2) expect(Math.abs(ring[k]!)).toBeLessThan(GRID / 4);
      }
    }
    const [cx, cy] = projectToGrid(-15.6, 28.1); // Gran Canaria
    const spain = world.shapes.find((s) => s.code === 'ES')!.rings.map(points);
    const nearest = Math.min(...spain.flat().map(([x, y]) => Math.hypot(x - cx, y - cy)));
    expect(nearest).toBeLessThan(GRID / 1000);
  });

  it('is told apart from plain GeoJSON, so a stale basemap file fails clearly', () => {
    expect(isProjectedBasemap({ type: 'FeatureCollection', features: [] })).toBe(false);
    expect(isProjectedBasemap(null)).toBe(false);
  });
});

describe('ringGroups (what a zoomed-in map draws)', () => {
  /** A delta-encoded square ring from (x, y), `size` units a side. */
  const ring = (x: number, y: number, size: number) => [x, y, size, 0, 0, size, -size, 0];

  it('boxes a delta-encoded ring', () => {
    expect(ringBox([10, 20, 5, -3, -8, 9])).toEqual([7, 17, 15, 26]);
  });

  it('keeps each hole with the ring around it, so an even-odd fill still cuts it, and islands apart', () => {
    const mainland = ring(0, 0, 100);
    const hole = ring(40, 40, 10);
    const island = ring(500, 500, 20);
    const groups = ringGroups([hole, island, mainland]);
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.rings.includes(mainland))!.rings).toEqual([mainland, hole]);
    expect(groups.find((g) => g.rings.includes(island))!.box).toEqual([500, 500, 520, 520]);
  });

  it('splits the real shapes into groups that hold every ring once', () => {
    const projected = projectBasemap(basemap(worldTopology('50m'), worldTopology('110m')));
    const spain = projected.shapes.find((s) => s.code === 'ES')!;
    const groups = ringGroups(spain.rings);
    // The Canaries are drawn apart from the peninsula.
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flatMap((g) => g.rings).sort()).toEqual([...spain.rings].sort());
  });
});
