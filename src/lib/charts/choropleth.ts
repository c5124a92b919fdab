/**
 * Projects country shapes (TopoJSON from world-atlas) into SVG path data for a
 * map of Europe and its neighbours, classing each country by programme. Runs
 * at build time; the page gets plain <path> elements and no map library.
 */
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2FromNumeric } from './iso-numeric.ts';

export interface MapShape<C extends string> {
  /** The shape's ISO numeric id (or its name when it has none). */
  key: string;
  name: string;
  /** ISO alpha-2 when the shape is one of the book's countries. */
  code: string | undefined;
  category: C | 'other';
  d: string;
  /** Projected area in square pixels: tiny countries also get a marker. */
  area: number;
  centroid: [number, number];
}

export interface ChoroplethOptions<C extends string> {
  width: number;
  /** Longitude/latitude box the map must show: [[west, south], [east, north]]. */
  bounds: [[number, number], [number, number]];
  /** The category of a country by alpha-2 code, or undefined for "not in the data". */
  categorise: (alpha2: string) => C | undefined;
  /** Shapes whose numeric id is missing are matched by name here (e.g. "N. Cyprus" → "CY"). */
  aliases?: Readonly<Record<string, string>>;
  /** Points closer than this (px) to the previous one are dropped, to keep the page light. */
  tolerance?: number;
}

export interface ChoroplethMap<C extends string> {
  width: number;
  height: number;
  shapes: MapShape<C>[];
}

/**
 * A d3 path context that skips points nearer than `tolerance` to the last one
 * and writes relative moves ("l3.1,-0.4") between rounded positions: the
 * 50m shapes come out at a fraction of their size with no visible change.
 */
function decimatingPath(tolerance: number) {
  let parts: string[] = [];
  let last: [number, number] | null = null;
  /** The last rounded position written, so relative steps never drift. */
  let pen: [number, number] = [0, 0];
  /** Where the current ring starts in `parts`, and whether it has any line. */
  let ringStart = 0;
  let ringHasLine = false;
  return {
    moveTo(x: number, y: number) {
      pen = [r(x), r(y)];
      ringStart = parts.length;
      ringHasLine = false;
      parts.push(`M${pen[0]},${pen[1]}`);
      last = [x, y];
    },
    lineTo(x: number, y: number) {
      if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) return;
      const next: [number, number] = [r(x), r(y)];
      parts.push(`l${r(next[0] - pen[0])},${r(next[1] - pen[1])}`);
      pen = next;
      last = [x, y];
      ringHasLine = true;
    },
    closePath() {
      // An islet smaller than the tolerance collapses to one point: drop it.
      if (!ringHasLine) {
        parts.length = ringStart;
        last = null;
        return;
      }
      parts.push('z');
      last = null;
    },
    arc(_x: number, _y: number, _radius: number, _start: number, _end: number, _anticlockwise?: boolean) {
      // Only called for point geometries, which country shapes never are.
    },
    beginPath() {
      // Rings start with moveTo; nothing to do.
    },
    take(): string {
      const out = parts.join('');
      parts = [];
      return out;
    },
  };
}
const r = (n: number) => Math.round(n * 10) / 10;

/** Points along the edges of a lon/lat box, so the fit follows the conic's curved edges. */
function boxOutline([[w, s], [e, n]]: [[number, number], [number, number]]): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    coordinates.push([lon, s], [lon, n]);
  }
  for (let i = 0; i <= 20; i++) {
    const lat = s + ((n - s) * i) / 20;
    coordinates.push([w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function buildChoropleth<C extends string>(topology: Topology, options: ChoroplethOptions<C>): ChoroplethMap<C> {
  const { width, bounds, categorise, aliases = {}, tolerance = 1.2 } = options;
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error('The world topology has no "countries" object (expected world-atlas countries-*.json)');
  const box = boxOutline(bounds);
  const projection = geoConicConformal().rotate([-14, 0]).parallels([38, 62]).fitWidth(width, box);
  const [[, y0], [, y1]] = geoPath(projection).bounds(box);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]).clipExtent([
    [0, 0],
    [width, height],
  ]);

  const context = decimatingPath(tolerance);
  const draw = geoPath(projection, context);
  const measure = geoPath(projection);
  const shapes: MapShape<C>[] = [];
  for (const f of feature(topology, object).features) {
    const name = f.properties?.name ?? 'Unknown';
    const code = alpha2FromNumeric(f.id) ?? aliases[name];
    draw(f);
    const d = context.take();
    if (!d) continue; // wholly outside the box
    const area = measure.area(f);
    if (area < 0.5 && !code) continue; // specks of other countries' islands
    shapes.push({
      key: String(f.id ?? name),
      name,
      code,
      category: (code && categorise(code)) || 'other',
      d,
      area,
      centroid: measure.centroid(f).map(r) as [number, number],
    });
  }
  // Other countries first, so the programme countries' outlines draw on top.
  shapes.sort((a, b) => Number(a.category !== 'other') - Number(b.category !== 'other'));
  return { width, height, shapes };
}
