/**
 * The bench's reference page (scripts/map-bench.ts): what a plain map of the
 * same people looks like, Leaflet with Leaflet.markercluster (the usual
 * plugin) and the same country shapes as GeoJSON, written beside the built
 * site in <dist>/bench-reference/. It records when its clustered markers are
 * first painted (window.__mapReady, as the bench reads ours) and offers
 * window.__filter(country) for the same filter timing. Not part of the site.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { worldTopology } from '../src/collections/world.ts';
import { basemap } from '../src/lib/map/basemap.ts';
import { FIRST_VIEW_CENTRE } from '../src/lib/map/first-view.ts';

interface Person {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** The page's script, run as a classic script after Leaflet and the plugin (no bundler, no inline code). */
const SCRIPT = `
const afterPaint = (then) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => then(); c.port2.postMessage(null); });
Promise.all([fetch('people.json').then((r) => r.json()), fetch('land.json').then((r) => r.json())]).then(([people, land]) => {
  const map = L.map('map', { maxZoom: 14 }).setView([${FIRST_VIEW_CENTRE.lat}, ${FIRST_VIEW_CENTRE.lon}], 4);
  L.geoJSON(land, { interactive: false, style: { weight: 0.7, color: '#c9c4b3', fillColor: '#dde9f7', fillOpacity: 1 } }).addTo(map);
  const group = L.markerClusterGroup();
  const markers = people.map((p) => {
    const m = L.marker([p.lat, p.lon], { title: p.name });
    m.country = p.country;
    m.bindPopup(() => p.name);
    return m;
  });
  group.addLayers(markers);
  map.addLayer(group);
  afterPaint(() => (window.__mapReady = performance.now()));
  window.__filter = (country) => new Promise((done) => {
    const t0 = performance.now();
    group.clearLayers();
    group.addLayers(country ? markers.filter((m) => m.country === country) : markers);
    afterPaint(() => done(performance.now() - t0));
  });
});
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference: Leaflet + Leaflet.markercluster</title>
<link rel="stylesheet" href="leaflet.css"><link rel="stylesheet" href="MarkerCluster.css"><link rel="stylesheet" href="MarkerCluster.Default.css">
<link rel="stylesheet" href="page.css">
</head><body><h1>Reference map</h1><div id="map"></div>
<script src="leaflet.js"></script><script src="leaflet.markercluster.js"></script><script src="page.js"></script>
</body></html>
`;

/** Writes the reference page and its data into dist/bench-reference/; returns its path. */
export function writeReferencePage(dist: string, people: readonly Person[]): string {
  const dir = join(dist, 'bench-reference');
  mkdirSync(dir, { recursive: true });
  cpSync('node_modules/leaflet/dist/leaflet.js', join(dir, 'leaflet.js'));
  cpSync('node_modules/leaflet/dist/leaflet.css', join(dir, 'leaflet.css'));
  cpSync('node_modules/leaflet/dist/images', join(dir, 'images'), { recursive: true });
  for (const f of ['leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css'])
    cpSync(join('node_modules/leaflet.markercluster/dist', f), join(dir, f));
  writeFileSync(join(dir, 'people.json'), JSON.stringify(people.map(({ name, country, lat, lon }) => ({ name, country, lat, lon }))));
  writeFileSync(join(dir, 'land.json'), JSON.stringify(basemap(worldTopology('50m'), worldTopology('110m'))));
  writeFileSync(
    join(dir, 'page.css'),
    'body { margin: 0; font: 16px sans-serif } h1 { margin: 8px } #map { height: 560px; width: 100% }\n',
  );
  writeFileSync(join(dir, 'page.js'), SCRIPT);
  writeFileSync(join(dir, 'index.html'), HTML);
  return '/bench-reference/';
}
