/**
 * Marker icons as styled <div>s (L.divIcon): no image files, so nothing can
 * fail to load, and the colours come from the book's CSS custom properties.
 * The selected marker gets the class `is-selected` (toggled by the map view).
 */
import type * as Leaflet from 'leaflet';
import { markerSize, type FirstViewKind } from '../../lib/map/first-view-markers.ts';

export type MarkerKind = FirstViewKind;
/** Diameter in pixels: 24 for one person (the WCAG 2.2 touch target), bigger bubbles for bigger clusters (shared with the first view). */
export { markerSize };

export function markerIcon(L: typeof Leaflet, kind: MarkerKind, count: number): Leaflet.DivIcon {
  const size = markerSize(kind, count);
  if (kind === 'point') return L.divIcon({ className: 'amb-marker amb-marker-point', iconSize: [size, size], html: '' });
  return L.divIcon({ className: `amb-marker amb-marker-${kind}`, iconSize: [size, size], html: countLabel(count) });
}

const KINDS: readonly MarkerKind[] = ['point', 'group', 'cluster'];

/**
 * Turns a marker's element into another kind or count in place: what markerIcon's element would be
 * (Leaflet's setIcon would also rebind the marker's popup, which costs more than the marker).
 */
export function restyleIcon(el: HTMLElement, kind: MarkerKind, count: number): void {
  const size = markerSize(kind, count);
  for (const k of KINDS) el.classList.toggle(`amb-marker-${k}`, k === kind);
  el.style.width = el.style.height = `${size}px`;
  // Leaflet's anchor for a divIcon: its centre.
  el.style.marginLeft = el.style.marginTop = `${-Math.round(size / 2)}px`;
  if (kind === 'point') el.replaceChildren();
  else el.replaceChildren(countLabel(count));
}

function countLabel(count: number): HTMLElement {
  const label = document.createElement('span');
  label.textContent = String(count);
  label.setAttribute('aria-hidden', 'true');
  return label;
}
