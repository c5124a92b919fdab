/**
 * Marker icons as styled <div>s (L.divIcon): no image files, so nothing can
 * fail to load, and the colours come from the book's CSS custom properties.
 * The selected marker gets the class `is-selected` (toggled by the map view).
 */
import type * as Leaflet from 'leaflet';

export type MarkerKind = 'point' | 'cluster' | 'group';

/** Diameter in pixels: 24 for one person (the WCAG 2.2 touch target), bigger bubbles for bigger clusters, within reason. */
export function markerSize(kind: MarkerKind, count: number): number {
  if (kind === 'point') return 24;
  return count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
}

export function markerIcon(L: typeof Leaflet, kind: MarkerKind, count: number): Leaflet.DivIcon {
  const size = markerSize(kind, count);
  if (kind === 'point') return L.divIcon({ className: 'amb-marker amb-marker-point', iconSize: [size, size], html: '' });
  const label = document.createElement('span');
  label.textContent = String(count);
  label.setAttribute('aria-hidden', 'true');
  return L.divIcon({ className: `amb-marker amb-marker-${kind}`, iconSize: [size, size], html: label });
}
