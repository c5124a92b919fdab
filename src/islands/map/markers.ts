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
  const label = document.createElement('span');
  label.textContent = String(count);
  label.setAttribute('aria-hidden', 'true');
  return L.divIcon({ className: `amb-marker amb-marker-${kind}`, iconSize: [size, size], html: label });
}
