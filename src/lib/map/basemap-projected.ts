/**
 * The basemap as the map draws it: country outlines already projected to Web
 * Mercator at build time, as integers on a GRID × GRID square (the whole
 * world at zoom 0), each ring delta-encoded. The browser turns them into a
 * few Path2D objects once and repaints them with one transform per frame,
 * instead of projecting and clipping 20,000 latitude/longitude pairs on every
 * zoom, which is what made the map's first paint slow with Leaflet's GeoJSON.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapProperties } from './basemap.ts';

export const PROJECTED_VERSION = 1;
/** 2^18 units for the world: a unit is about 150 m at the equator, finer than the shapes. */
export const GRID = 2 ** 18;
/** Web Mercator's latitude limit (the square world). */
const MAX_LAT = 85.0511287798;

export type Programme = 'etwinning' | 'etwinning-plus' | 'other';

export interface ProjectedShape {
  /** ISO alpha-2 for the book's countries, "" for the rest of the world. */
  code: string;
  programme: Programme;
  /** Polygons' rings, each [x0, y0, dx1, dy1, dx2, dy2, …] in grid units. */
  rings: number[][];
}

export interface ProjectedBasemap {
  v: typeof PROJECTED_VERSION;
  grid: number;
  shapes: ProjectedShape[];
}

/** Longitude and latitude to grid units: x grows eastwards, y southwards (screen order). */
export function projectToGrid(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * GRID;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * GRID;
  return [Math.round(x), Math.round(y)];
}

function encodeRing(ring: Position[]): number[] | undefined {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const p of ring) {
    const [gridX, y] = projectToGrid(p[0]!, p[1]!);
    // A ring that crosses the date line jumps a whole world sideways: keep it
    // going past the edge instead (the map draws the neighbouring worlds too),
    // or the jump shows as a line across the map.
    const x = out.length ? gridX + Math.round((px - gridX) / GRID) * GRID : gridX;
    // Neighbours that land on the same unit add nothing to the drawing.
    if (out.length && x === px && y === py) continue;
    out.push(out.length ? x - px : x, out.length ? y - py : y);
    px = x;
    py = y;
  }
  return out.length >= 6 ? out : undefined;
}

export function projectBasemap(geo: FeatureCollection<Polygon | MultiPolygon, BasemapProperties>): ProjectedBasemap {
  const shapes: ProjectedShape[] = [];
  for (const f of geo.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons
      .flat()
      .map(encodeRing)
      .filter((r): r is number[] => !!r);
    if (rings.length) shapes.push({ code: f.properties.code, programme: f.properties.programme as Programme, rings });
  }
  return { v: PROJECTED_VERSION, grid: GRID, shapes };
}

/** Calls moveTo for a ring's first point and lineTo for the rest, in grid units (a Path2D fits). */
export function traceRing(ring: readonly number[], to: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }): void {
  let x = ring[0]!;
  let y = ring[1]!;
  to.moveTo(x, y);
  for (let k = 2; k < ring.length; k += 2) {
    x += ring[k]!;
    y += ring[k + 1]!;
    to.lineTo(x, y);
  }
}

/** [minX, minY, maxX, maxY] of a ring, in grid units. */
export type Box = [number, number, number, number];

export function ringBox(ring: readonly number[]): Box {
  let x = ring[0]!;
  let y = ring[1]!;
  const box: Box = [x, y, x, y];
  for (let k = 2; k < ring.length; k += 2) {
    x += ring[k]!;
    y += ring[k + 1]!;
    if (x < box[0]) box[0] = x;
    else if (x > box[2]) box[2] = x;
    if (y < box[1]) box[1] = y;
    else if (y > box[3]) box[3] = y;
  }
  return box;
}

const contains = (a: Box, b: Box) => a[0] <= b[0] && a[1] <= b[1] && a[2] >= b[2] && a[3] >= b[3];

/**
 * A shape's rings in groups that can be drawn apart, each with its box: a ring inside another's box
 * (a hole, a lake's island) joins the biggest ring that holds it, so an even-odd fill still cuts its
 * holes. A map zoomed in then draws the groups in view only, not every coast of the world.
 */
export function ringGroups(rings: readonly (readonly number[])[]): { rings: (readonly number[])[]; box: Box }[] {
  const boxed = rings.map((ring) => ({ ring, box: ringBox(ring) }));
  const area = (b: Box) => (b[2] - b[0]) * (b[3] - b[1]);
  boxed.sort((a, b) => area(b.box) - area(a.box));
  const groups: { rings: (readonly number[])[]; box: Box }[] = [];
  for (const { ring, box } of boxed) {
    const holder = groups.find((g) => contains(g.box, box));
    if (holder) holder.rings.push(ring);
    else groups.push({ rings: [ring], box });
  }
  return groups;
}

/** Checks the shape of fetched basemap data, so a stale or broken file fails with a clear message. */
export function isProjectedBasemap(value: unknown): value is ProjectedBasemap {
  const v = value as Partial<ProjectedBasemap> | null;
  return !!v && v.v === PROJECTED_VERSION && typeof v.grid === 'number' && Array.isArray(v.shapes);
}
