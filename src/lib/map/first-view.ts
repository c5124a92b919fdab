/**
 * The map's first view, drawn by the server: the same centre and zoom that
 * Leaflet then opens at (LeafletView.tsx), so the hand-over does not move a
 * thing. The view is fixed in Web Mercator pixels around one centre: a
 * narrow map (a phone) shows it at zoom 3, a wider one at zoom 4; the frame
 * is larger than any map box and centred in it, so whatever the box's size
 * the centre stays the centre, exactly as in Leaflet's setView.
 */
import type { ProjectedBasemap, Programme } from './basemap-projected.ts';

/** Europe's middle: with the frame below, Iceland to Jordan and Portugal to Azerbaijan at zoom 4. */
export const FIRST_VIEW_CENTRE = { lat: 50, lon: 15 } as const;
/** Map boxes narrower than this (CSS px) open at zoom 3, the others at zoom 4 (map.css says the same). */
export const WIDE_MAP_PX = 640;
export const FIRST_VIEW_ZOOMS = [3, 4] as const;
export type FirstViewZoom = (typeof FIRST_VIEW_ZOOMS)[number];

export const firstViewZoom = (mapWidth: number): FirstViewZoom => (mapWidth < WIDE_MAP_PX ? 3 : 4);

/** The drawn frame per zoom, in CSS px: at least as big as the map box can be (map.css caps it). */
export const FRAME: Record<FirstViewZoom, { width: number; height: number }> = {
  3: { width: WIDE_MAP_PX, height: 640 },
  4: { width: 1280, height: 720 },
};

/** Where people count as "in the first view": the rest (outermost regions) get a control of their own. */
export const HOME_BOX = { west: -25, south: 29, east: 50, north: 72 } as const;

export const inHomeBox = (p: { lat: number; lon: number }) =>
  p.lon >= HOME_BOX.west && p.lon <= HOME_BOX.east && p.lat >= HOME_BOX.south && p.lat <= HOME_BOX.north;

const MAX_LAT = 85.0511287798;
/** In zoom-4 pixels (one at zoom 3). */
const MIN_STEP_PX = 2;

/** Web Mercator world pixels at a zoom (256 px world at zoom 0), unrounded, as Leaflet projects. */
export function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** A point's position in a zoom's frame, from its centre (px, y down). */
export function fromCentre(lon: number, lat: number, zoom: number): [number, number] {
  const [x, y] = worldPixel(lon, lat, zoom);
  const [cx, cy] = worldPixel(FIRST_VIEW_CENTRE.lon, FIRST_VIEW_CENTRE.lat, zoom);
  return [x - cx, y - cy];
}

/** The longitude/latitude box a zoom's frame shows, for clustering what is in it. */
export function frameBounds(zoom: FirstViewZoom): [west: number, south: number, east: number, north: number] {
  const { width, height } = FRAME[zoom];
  const size = 256 * 2 ** zoom;
  const [cx, cy] = worldPixel(FIRST_VIEW_CENTRE.lon, FIRST_VIEW_CENTRE.lat, zoom);
  const lon = (x: number) => (x / size) * 360 - 180;
  const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lon(cx - width / 2), lat(cy + height / 2), lon(cx + width / 2), lat(cy - height / 2)];
}

/**
 * The land of both zooms' frames as SVG path data per programme, in zoom-4 pixels from the centre
 * (zoom 3 shows the same paths at half scale). Rounded to whole zoom-4 pixels: half a pixel at zoom 3.
 */
export function landPaths(basemap: ProjectedBasemap): { programme: Programme; d: string }[] {
  const toZ4 = 2 ** (4 + 8) / basemap.grid;
  const [cx, cy] = worldPixel(FIRST_VIEW_CENTRE.lon, FIRST_VIEW_CENTRE.lat, 4);
  // The union of both frames in zoom-4 pixels (zoom 3's frame covers twice its size there).
  const halfW = Math.max(FRAME[4].width / 2, FRAME[3].width) + 20;
  const halfH = Math.max(FRAME[4].height / 2, FRAME[3].height) + 20;
  const byProgramme = new Map<Programme, string[]>();
  for (const shape of basemap.shapes) {
    for (const ring of shape.rings) {
      const points: [number, number][] = [];
      let gx = 0;
      let gy = 0;
      for (let k = 0; k < ring.length; k += 2) {
        gx += ring[k]!;
        gy += ring[k + 1]!;
        points.push([Math.round(gx * toZ4 - cx), Math.round(gy * toZ4 - cy)]);
      }
      const inFrame = points.some(([x, y]) => Math.abs(x) <= halfW && Math.abs(y) <= halfH);
      if (!inFrame) continue;
      let d = `M${points[0]![0]} ${points[0]![1]}`;
      let [px, py] = points[0]!;
      let steps = 0;
      for (const [x, y] of points.slice(1)) {
        // Points closer than MIN_STEP_PX to the last one kept add nothing visible at these zooms.
        if (Math.abs(x - px) + Math.abs(y - py) < MIN_STEP_PX) continue;
        d += `l${x - px} ${y - py}`;
        px = x;
        py = y;
        steps++;
      }
      // A ring smaller than a pixel draws nothing.
      if (steps < 2) continue;
      let list = byProgramme.get(shape.programme);
      if (!list) byProgramme.set(shape.programme, (list = []));
      list.push(`${d}z`);
    }
  }
  return [...byProgramme].map(([programme, rings]) => ({ programme, d: rings.join('') }));
}
