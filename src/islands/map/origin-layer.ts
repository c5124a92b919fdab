/**
 * "Near me" on the map: a pin at the origin with its name, and the towns of the nearest
 * ambassadors named beside them, so the reader gets their bearings on a basemap that has no
 * place names of its own. Visual only (aria-hidden, not interactive): the list's heading and
 * entries say the same in words. Text is set with textContent, never as HTML.
 */
import type * as Leaflet from 'leaflet';

export interface Place {
  lat: number;
  lon: number;
  label: string;
}

const SVG = 'http://www.w3.org/2000/svg';

function pinIcon(L: typeof Leaflet, label: string): Leaflet.DivIcon {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 36');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '36');
  svg.setAttribute('class', 'amb-origin-pin');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M14 35C14 35 2 21 2 13.5a12 12 0 0 1 24 0C26 21 14 35 14 35Z');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', '14');
  dot.setAttribute('cy', '13.5');
  dot.setAttribute('r', '4.5');
  svg.append(path, dot);
  const name = document.createElement('span');
  name.className = 'amb-map-label amb-origin-label';
  name.textContent = label;
  box.append(svg, name);
  // Anchored at the pin's tip.
  return L.divIcon({ className: 'amb-origin', html: box, iconSize: [28, 36], iconAnchor: [14, 36] });
}

function townIcon(L: typeof Leaflet, name: string): Leaflet.DivIcon {
  const label = document.createElement('span');
  label.className = 'amb-map-label';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = name;
  return L.divIcon({ className: 'amb-town-label', html: label, iconSize: [0, 0] });
}

/** Adds the origin and the named towns to `group` (the caller empties it); several people in one town name it once. */
export function drawOrigin(L: typeof Leaflet, group: Leaflet.LayerGroup, origin: Place, towns: readonly Place[]): void {
  const seen = new Set<string>();
  for (const t of towns) {
    const key = `${t.lat},${t.lon}`;
    if (seen.has(key)) continue;
    seen.add(key);
    L.marker([t.lat, t.lon], { icon: townIcon(L, t.label), interactive: false, keyboard: false }).addTo(group);
  }
  L.marker([origin.lat, origin.lon], {
    icon: pinIcon(L, origin.label === 'your location' ? 'You are here' : origin.label),
    interactive: false,
    keyboard: false,
    zIndexOffset: 1000,
  }).addTo(group);
}
