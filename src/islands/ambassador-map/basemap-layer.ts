/**
 * Draws the offline country shapes on a Canvas renderer: thousands of
 * vertices repaint much faster on one canvas than as SVG paths in the DOM.
 * Canvas cannot read CSS, so the theme's colours are resolved from the
 * custom properties and the layer is restyled when the theme changes.
 */
import type * as Leaflet from 'leaflet';
import type { FeatureCollection } from 'geojson';

type Programme = 'etwinning' | 'etwinning-plus' | 'other';
const FILL: Record<Programme, string> = { etwinning: '--accent-soft', 'etwinning-plus': '--warm-soft', other: '--surface' };

/** A custom property's colour as the browser resolves it now (light-dark() included). */
function resolveColour(probe: HTMLElement, property: string): string {
  probe.style.color = `var(${property})`;
  return getComputedStyle(probe).color;
}

export function drawBasemap(L: typeof Leaflet, map: Leaflet.Map, geo: FeatureCollection): Leaflet.GeoJSON {
  const probe = document.createElement('span');
  probe.hidden = true;
  map.getContainer().append(probe);
  const style = (feature?: { properties: { programme?: string } | null }): Leaflet.PathOptions => {
    const programme = (feature?.properties?.programme ?? 'other') as Programme;
    return {
      fillColor: resolveColour(probe, FILL[programme] ?? FILL.other),
      fillOpacity: 1,
      color: resolveColour(probe, '--border'),
      weight: 0.7,
    };
  };
  // GeoJSON hands its options to each shape it makes, renderer included (the types do not say so).
  const options = { interactive: false, attribution: 'Country shapes: Natural Earth', renderer: L.canvas({ padding: 0.3 }), style };
  const layer = L.geoJSON(geo, options as Leaflet.GeoJSONOptions).addTo(map);
  // The theme toggle sets data-theme on <html>; the OS setting changes the media query.
  const restyle = () => layer.setStyle(style as Leaflet.StyleFunction);
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
