/**
 * Paints the offline country shapes on one canvas. The shapes arrive
 * projected (src/lib/map/basemap-projected.ts) and become Path2D objects
 * built once, a few per country (ringGroups), each with its box; a repaint
 * joins the ones in view into one path per programme and fills it, so a map
 * zoomed in on one country does not redraw every coast of the world. The canvas is a Leaflet Canvas renderer, so
 * Leaflet still sizes, pans and zoom-animates it; only its drawing is ours.
 * Canvas cannot read CSS, so the theme's colours are resolved from the custom
 * properties and the layer repaints when the theme changes.
 */
import type * as Leaflet from 'leaflet';
import { ringGroups, traceRing, type Box, type ProjectedBasemap, type Programme } from '../../lib/map/basemap-projected.ts';
import { MAX_ZOOM } from '../../lib/map/cluster-index.ts';
import { loadBasemap } from './preload.ts';

const FILL: Record<Programme, string> = { etwinning: '--accent-soft', 'etwinning-plus': '--warm-soft', other: '--surface' };
const BORDER_PX = 0.7;
const TILE = 256;

/** A custom property's colour as the browser resolves it now (light-dark() included). */
function resolveColour(probe: HTMLElement, property: string): string {
  probe.style.color = `var(${property})`;
  return getComputedStyle(probe).color;
}

/**
 * The parts of Leaflet's Canvas renderer this layer relies on: a renderer subclass draws by
 * overriding _draw, and Leaflet offers no public way to paint on its canvas or to repaint it.
 */
interface CanvasInternals {
  /** Deleted when the renderer is removed. */
  _ctx?: CanvasRenderingContext2D;
  /** The canvas's extent in layer pixels (the view and its padding), set before each _draw. */
  _bounds?: Leaflet.Bounds;
  _redraw(): void;
}

function drawBasemap(L: typeof Leaflet, map: Leaflet.Map, basemap: ProjectedBasemap): Leaflet.Layer {
  const groups = new Map<Programme, { path: Path2D; box: Box }[]>();
  for (const shape of basemap.shapes) {
    let list = groups.get(shape.programme);
    if (!list) groups.set(shape.programme, (list = []));
    for (const group of ringGroups(shape.rings)) {
      const path = new Path2D();
      for (const ring of group.rings) {
        traceRing(ring, path);
        path.closePath();
      }
      list.push({ path, box: group.box });
    }
  }

  const probe = document.createElement('span');
  probe.hidden = true;
  map.getContainer().append(probe);
  let colours: { fill: Map<Programme, string>; border: string } | undefined;
  const resolve = () => ({
    fill: new Map([...groups.keys()].map((p) => [p, resolveColour(probe, FILL[p] ?? FILL.other)])),
    border: resolveColour(probe, '--border'),
  });

  const Renderer = L.Canvas.extend({
    /** Leaflet calls this after sizing the canvas; its context is already in layer pixels. */
    _draw(this: CanvasInternals) {
      const ctx = this._ctx;
      if (!ctx) return;
      colours ??= resolve();
      const scale = (TILE * 2 ** map.getZoom()) / basemap.grid;
      const origin = map.getPixelOrigin();
      const world = TILE * 2 ** map.getZoom();
      const { min, max } = this._bounds ?? {};
      // The world and its neighbours either side: the map can be panned past the date line.
      for (const shift of [-world, 0, world]) {
        // The canvas in grid units for this copy of the world (a border's width more on each side).
        const pad = BORDER_PX / scale;
        const view: Box | undefined = min &&
          max && [
            (min.x + origin.x - shift) / scale - pad,
            (min.y + origin.y) / scale - pad,
            (max.x + origin.x - shift) / scale + pad,
            (max.y + origin.y) / scale + pad,
          ];
        const inView = ({ box }: { box: Box }) =>
          !view || (box[0] <= view[2] && box[2] >= view[0] && box[1] <= view[3] && box[3] >= view[1]);
        const drawn: [Programme, Path2D][] = [];
        for (const [programme, list] of groups) {
          const here = list.filter(inView);
          if (!here.length) continue;
          const path = new Path2D();
          for (const g of here) path.addPath(g.path);
          drawn.push([programme, path]);
        }
        if (!drawn.length) continue;
        ctx.save();
        ctx.translate(shift - origin.x, -origin.y);
        ctx.scale(scale, scale);
        ctx.lineWidth = pad;
        ctx.lineJoin = 'round';
        ctx.strokeStyle = colours.border;
        for (const [programme, path] of drawn) {
          ctx.fillStyle = colours.fill.get(programme)!;
          ctx.fill(path, 'evenodd');
          ctx.stroke(path);
        }
        ctx.restore();
      }
    },
  });
  // Under the markers and the "near me" circle, where tiles would go.
  map.createPane('amb-basemap').style.zIndex = '250';
  const layer = new (Renderer as unknown as new (options: Leaflet.RendererOptions) => Leaflet.Canvas & CanvasInternals)({
    pane: 'amb-basemap',
    padding: 0.1,
    attribution: 'Country shapes: Natural Earth',
  });
  layer.addTo(map);

  // The theme toggle sets data-theme on <html>; the OS setting changes the media query.
  const restyle = () => {
    colours = undefined;
    layer._redraw();
  };
  const observer = new MutationObserver(restyle);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', restyle);
  map.on('unload', () => {
    observer.disconnect();
    scheme.removeEventListener('change', restyle);
  });
  return layer;
}

/**
 * The map's background: raster tiles when configured, else the offline country shapes. Resolves
 * once it is drawn (or rejects when the shapes could not be loaded).
 */
export async function addBasemap(
  L: typeof Leaflet,
  map: Leaflet.Map,
  { tileUrl, tileAttribution }: { tileUrl?: string | undefined; tileAttribution?: string | undefined },
  disposed: () => boolean,
): Promise<void> {
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: MAX_ZOOM, attribution: tileAttribution ?? '' }).addTo(map);
    return;
  }
  const basemap = await loadBasemap();
  // The island may have gone while the shapes downloaded.
  if (disposed()) return;
  drawBasemap(L, map, basemap);
  performance.mark('amb-basemap-drawn');
  // Canvas shapes are not in the DOM: say how many were drawn, for tests.
  map.getContainer().dataset.shapes = String(basemap.shapes.length);
}
