/**
 * The Leaflet map: offline country shapes (basemap-layer.ts), the clustered
 * markers (marker-layer.ts) and the "near me" origin. Leaflet touches `window`
 * when imported, so it is imported inside the effect; the map is removed when
 * the island unmounts.
 */
import 'leaflet/dist/leaflet.css';
import type * as Leaflet from 'leaflet';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { trimmedBounds } from '../../lib/map/geo.ts';
import { drawOrigin } from './origin-layer.ts';
import { FIRST_VIEW_CENTRE, firstViewZoom } from '../../lib/map/first-view.ts';
import { isPrecomputed, MAX_ZOOM, MIN_ZOOM, type ClusterSource } from '../../lib/map/cluster-index.ts';
import { popupElement } from './AmbassadorPopup.tsx';
import { addBasemap } from './basemap-layer.ts';
import { createMarkerLayer, type MarkerLayer } from './marker-layer.ts';
import type { Origin } from './NearMe.tsx';
import { loadLeaflet } from './preload.ts';

export interface LeafletViewProps {
  rows: readonly AmbassadorRow[];
  /** Indices of the rows that match the filters. */
  indices: readonly number[];
  /**
   * The clusters of those rows: at first possibly the build-time ones (widest zooms only, see
   * precomputedSource), then the island's own index of the same rows.
   */
  index: ClusterSource;
  /** Changes whenever the result set changes: written to data-drawn once the markers show it. */
  resultKey: string;
  languageNames: Map<string, string>;
  selectedId: string | undefined;
  selectedFrom: 'list' | 'map' | undefined;
  onSelect: (id: string) => void;
  origin: Origin | undefined;
  /** Rows to keep in view with the origin (the nearest few). */
  nearestIndices: readonly number[];
  /** When the result set is one country, fit the map to it. */
  fitToResults: boolean;
  /** Optional raster tiles (off by default: no request leaves the site). */
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  /** Called once, when the first markers and the basemap are drawn. */
  onReady?: () => void;
  /** The map needs a full index (a zoom the build-time clusters do not cover, or a selection). */
  onNeedIndex?: () => void;
}

interface View {
  L: typeof Leaflet;
  map: Leaflet.Map;
  markers: MarkerLayer;
  origin: Leaflet.LayerGroup;
}

type Results = Pick<LeafletViewProps, 'rows' | 'indices' | 'index' | 'resultKey' | 'fitToResults'>;

export function LeafletView(props: LeafletViewProps) {
  const elRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<View>();
  // Leaflet's callbacks (popups, marker events) and the start-up below outlive a render: they read
  // the latest props from here, so that new callbacks or data never make a new map. Updated by the
  // first layout effect, before the others and any later Leaflet event read it.
  const liveRef = useRef(props);
  useLayoutEffect(() => {
    liveRef.current = props;
  });

  // Once: the map exists from when Leaflet has loaded to unmount. Later props reach it through the
  // effects below, which is why this one reads them from `liveRef` and has no dependencies.
  useEffect(() => {
    let disposed = false;
    let map: Leaflet.Map | undefined;
    const start = async () => {
      const L = await loadLeaflet();
      performance.mark('amb-leaflet-loaded');
      const container = elRef.current;
      if (disposed || !container) return;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      const options = { zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still };
      map = L.map(container, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, worldCopyJump: true, zoomSnap: 1, zoomControl: false, ...options });
      // Top right: in the first view the top left is Iceland, whose markers the buttons would cover.
      L.control.zoom({ position: 'topright' }).addTo(map);
      map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
      // The server's first view: same centre, same zoom for this width (first-view.ts).
      map.setView([FIRST_VIEW_CENTRE.lat, FIRST_VIEW_CENTRE.lon], firstViewZoom(container.clientWidth), { animate: false });
      const basemapReady = addBasemap(L, map, liveRef.current, () => disposed);
      const markers = new (createMarkerLayer(L))({
        popup: (indices) => popupElement(liveRef.current.rows, indices, liveRef.current.languageNames, liveRef.current.selectedId),
        selectedId: () => liveRef.current.selectedId,
        onSelect: (id) => liveRef.current.onSelect(id),
        onNeedIndex: () => liveRef.current.onNeedIndex?.(),
      }).addTo(map);
      viewRef.current = { L, map, markers, origin: L.layerGroup().addTo(map) };
      // Escape closes a popup from anywhere in the map, its own links included (Leaflet listens only
      // while the map itself has focus), and focus goes back to the map.
      const openMap = map;
      container.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape' || !container.querySelector('.leaflet-popup')) return;
        const inPopup = !!(e.target as Element).closest('.leaflet-popup');
        openMap.closePopup();
        if (inPopup) container.focus();
      });
      showResults(viewRef.current, liveRef.current);
      await basemapReady.catch(() => undefined);
      if (disposed) return;
      container.dataset.basemap = 'ready';
      performance.mark('amb-basemap-ready');
      takeOver(container, map);
      liveRef.current.onReady?.();
    };
    start().catch((error: unknown) => console.error('The map could not start:', error));
    return () => {
      disposed = true;
      map?.remove();
      viewRef.current = undefined;
    };
  }, []);

  // A layout effect, not an effect: the new markers are drawn before the browser paints the
  // new list, so both show in one frame (an effect would wait for that paint first).
  const { rows, indices, index, resultKey, fitToResults } = props;
  useLayoutEffect(() => {
    if (viewRef.current) showResults(viewRef.current, { rows, indices, index, resultKey, fitToResults });
  }, [rows, indices, index, resultKey, fitToResults]);

  // Selection: from a marker, highlight it; from the list, show that ambassador and open their popup.
  // Finding the zoom that shows someone needs the full index: ask for it, and come back when it is here.
  const { selectedId, selectedFrom, onNeedIndex } = props;
  const partialIndex = isPrecomputed(index);
  useEffect(() => {
    const markers = viewRef.current?.markers;
    if (!markers || !selectedId) return;
    if (selectedFrom === 'map') markers.highlight();
    else if (partialIndex) onNeedIndex?.();
    else markers.reveal(selectedId);
  }, [selectedId, selectedFrom, partialIndex, onNeedIndex]);

  // Near me: mark the origin and keep it in view with the nearest ambassadors.
  const { origin, nearestIndices } = props;
  useEffect(() => {
    const v = viewRef.current;
    if (!v) return;
    v.origin.clearLayers();
    if (!origin) return;
    const towns = nearestIndices.map((i) => ({ lat: rows[i]!.lat, lon: rows[i]!.lon, label: rows[i]!.town }));
    drawOrigin(v.L, v.origin, origin, towns);
    const points = [origin, ...nearestIndices.map((i) => rows[i]!)].map((p): Leaflet.LatLngTuple => [p.lat, p.lon]);
    // Room for the pin (36 px tall) and the town names beside the markers.
    v.map.fitBounds(points, { maxZoom: 10, paddingTopLeft: [32, 48], paddingBottomRight: [96, 24] });
  }, [origin, nearestIndices, rows]);

  return (
    <div
      ref={elRef}
      class="amb-leaflet"
      role="region"
      aria-label="Map of ambassadors. Arrow keys move the map, plus and minus zoom; Tab reaches the markers."
    />
  );
}

function showResults({ map, markers }: View, { rows, indices, index, resultKey, fitToResults }: Results) {
  const fresh = markers.setResults(rows, index, resultKey);
  // No animation: the markers appear at once (an animated zoom would delay them by its 250 ms). The
  // padding keeps a marker (up to 40 px across) whole inside the frame, not cut at its edge.
  if (fresh && fitToResults && indices.length)
    map.fitBounds(trimmedBounds(indices.map((i) => rows[i]!)), { maxZoom: 8, padding: [48, 48], animate: false });
  // A fit that moved the map has drawn the results already (its moveend): once is enough.
  markers.drawIfStale();
}

/**
 * Leaflet replaces the server's first view (FirstView.astro) in one step: the stage shows the map
 * and hides the drawing, and a reader focused on one of its links is moved to the Leaflet marker of
 * the same cluster (or the map). The places outside the view become "show it on the map".
 */
function takeOver(container: HTMLElement, map: Leaflet.Map) {
  const stage = container.closest<HTMLElement>('.amb-stage');
  if (!stage) return;
  const focused = document.activeElement;
  const fromFirstView = focused && stage.querySelector('[data-first-view]')?.contains(focused) ? focused : undefined;
  const key = fromFirstView?.closest('a')?.getAttribute('data-key') ?? '';
  stage.dataset.live = 'true';
  if (fromFirstView) (container.querySelector<HTMLElement>(`.amb-marker[data-key="${CSS.escape(key)}"]`) ?? container).focus();
  stage.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('.amb-outermost a[data-bounds]');
    if (!link) return;
    e.preventDefault();
    map.fitBounds(JSON.parse(link.dataset.bounds!) as Leaflet.LatLngBoundsLiteral, { maxZoom: 8, padding: [32, 32], animate: false });
  });
}
