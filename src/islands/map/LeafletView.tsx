/**
 * The Leaflet map: offline country shapes, clustered markers, popups built
 * with Preact (escaped text). Leaflet touches `window` when imported, so it is
 * imported inside the effect; the map is removed when the island unmounts.
 */
import { median } from '../../lib/median.ts';
import 'leaflet/dist/leaflet.css';
import type * as Leaflet from 'leaflet';
import type { AnyProps, ClusterFeature, PointFeature } from 'supercluster';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { distanceKm } from '../../lib/map/geo.ts';
import { AmbassadorCard } from './AmbassadorCard.tsx';
import { isPrecomputed, markerKey, MAX_ZOOM, MIN_ZOOM, type ClusterSource, type PointProps } from '../../lib/map/cluster-index.ts';
import { markerIcon, markerSize, type MarkerKind } from './markers.ts';
import { spreadDiscs } from '../../lib/map/spread.ts';
import type { Origin } from './NearMe.tsx';
import { loadBasemap, loadLeaflet } from './preload.ts';
import { drawBasemap } from './basemap-layer.ts';

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

/** Europe with the Canary Islands and the eTwinning Plus countries. */
const HOME: Leaflet.LatLngBoundsLiteral = [
  [27, -19],
  [66, 45],
];

/** A marker on the map: where its cluster really is, its size, and who it stands for. */
interface Shown {
  m: Leaflet.Marker;
  ids: string[];
  at: Leaflet.LatLngTuple;
  size: number;
}

interface MapState {
  L: typeof Leaflet;
  map: Leaflet.Map;
  markers: Leaflet.LayerGroup;
  originLayer: Leaflet.LayerGroup;
  index?: ClusterSource | undefined;
  /** The result set the markers show (a new index of the same set keeps them). */
  resultKey?: string;
  /** The markers on the map by cluster or point key, with the ambassador ids each stands for. */
  shown: Map<string, Shown>;
  /** The marker showing each ambassador id in the current view. */
  byId: Map<string, Leaflet.Marker>;
  /** A popup to open once the map has moved to where its marker shows. */
  pendingOpen?: { id: string; zoom: number; at: Leaflet.LatLngTuple } | undefined;
}

export function LeafletView(props: LeafletViewProps) {
  const el = useRef<HTMLDivElement>(null);
  const st = useRef<MapState>();
  const live = useRef(props);
  live.current = props;

  function popupFor(indices: number[]): HTMLElement {
    const { rows, languageNames, selectedId } = live.current;
    const div = document.createElement('div');
    const sorted = [...indices].sort((a, b) => Number(rows[b]!.id === selectedId) - Number(rows[a]!.id === selectedId));
    const town = rows[sorted[0]!]!.town;
    render(
      <div class="amb-popup">
        {sorted.length > 1 && (
          <p class="amb-popup-title">
            {sorted.length} ambassadors {sorted.every((i) => rows[i]!.town === town) ? `in ${town}` : 'here'}
          </p>
        )}
        {sorted.map((i) => (
          <AmbassadorCard key={rows[i]!.id} row={rows[i]!} languageNames={languageNames} />
        ))}
      </div>,
      div,
    );
    return div;
  }

  function addMarker(
    s: MapState,
    lat: number,
    lon: number,
    kind: MarkerKind,
    count: number,
    label: string,
  ): Leaflet.Marker & { size: number } {
    const m = s.L.marker([lat, lon], { icon: markerIcon(s.L, kind, count), title: label, keyboard: true, riseOnHover: true });
    m.addTo(s.markers);
    m.getElement()?.setAttribute('aria-label', label);
    return Object.assign(m, { size: markerSize(kind, count) });
  }

  /** Creates the marker for one cluster, town group or single ambassador. */
  function createMarker(s: MapState, f: ClusterFeature<AnyProps> | PointFeature<PointProps>, zoom: number): Shown {
    const made = makeMarker(s, f, zoom);
    return { m: made.m, ids: made.ids, at: [f.geometry.coordinates[1]!, f.geometry.coordinates[0]!], size: made.m.size };
  }

  function makeMarker(s: MapState, f: ClusterFeature<AnyProps> | PointFeature<PointProps>, zoom: number) {
    const { rows } = live.current;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      const expandAt = s.index!.getClusterExpansionZoom(p.cluster_id);
      if (zoom >= MAX_ZOOM || expandAt > MAX_ZOOM) {
        // Several ambassadors in one town: one marker, a popup with all of them.
        const leaves = s.index!.getLeaves(p.cluster_id, Infinity).map((l) => l.properties.i);
        const m = addMarker(s, lat, lon, 'group', leaves.length, `${leaves.length} ambassadors in ${rows[leaves[0]!]!.town}: show them`);
        m.bindPopup(() => popupFor(leaves), { maxHeight: 320, maxWidth: 320 });
        return { m, ids: leaves.map((i) => rows[i]!.id) };
      }
      const m = addMarker(s, lat, lon, 'cluster', p.point_count, `${p.point_count} ambassadors: zoom in`);
      m.on('click', () => {
        const hadFocus = document.activeElement === m.getElement();
        s.map.setView([lat, lon], Math.min(expandAt, MAX_ZOOM));
        // The cluster's marker is gone after the zoom: keep keyboard users on the map.
        if (hadFocus) s.map.getContainer().focus();
      });
      return { m, ids: [] };
    }
    const row = rows[(p as PointProps).i]!;
    const m = addMarker(s, lat, lon, 'point', 1, `${row.name}, ${row.town}`);
    m.bindPopup(() => popupFor([(p as PointProps).i]), { maxWidth: 320 });
    // Not 'click': Enter on a focused marker opens the popup without a click event.
    m.on('popupopen', () => live.current.onSelect(row.id));
    return { m, ids: [row.id] };
  }

  /**
   * Shows the clusters for the current view. Markers already on the map are
   * kept (same cluster, same marker), so an open popup and the keyboard focus
   * survive panning.
   */
  function draw() {
    const s = st.current;
    if (!s?.index) return;
    const b = s.map.getBounds();
    const zoom = Math.round(s.map.getZoom());
    if (isPrecomputed(s.index) && !s.index.covers(zoom)) {
      // Zoomed in before the full index was built: keep what is shown until it is.
      live.current.onNeedIndex?.();
      return;
    }
    const next: MapState['shown'] = new Map();
    s.byId.clear();
    for (const f of s.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
      // The same cluster from the build-time clusters and from the island's index (or at the next
      // zoom) keeps its marker.
      const key = markerKey(f, zoom >= MAX_ZOOM);
      let entry = s.shown.get(key);
      if (!entry) entry = createMarker(s, f, zoom);
      next.set(key, entry);
      for (const id of entry.ids) s.byId.set(id, entry.m);
    }
    for (const [key, entry] of s.shown) if (!next.has(key)) s.markers.removeLayer(entry.m);
    s.shown = next;
    spreadOut(s);
    markSelected(s);
    const pending = s.pendingOpen;
    if (pending) {
      // A move that was still under way ends first (its own moveend): wait for the one that arrives.
      const marker = s.byId.get(pending.id);
      const arrived = zoom === pending.zoom && s.map.latLngToContainerPoint(pending.at).distanceTo(s.map.getSize().divideBy(2)) < 2;
      if (marker) marker.openPopup();
      if (marker || arrived) s.pendingOpen = undefined;
    }
    if (el.current) {
      el.current.dataset.drawn = live.current.resultKey;
      el.current.dataset.zoom = String(zoom);
      el.current.dataset.clusters = isPrecomputed(s.index) ? 'build-time' : 'index';
    }
    // For the bench (scripts/map-bench.ts): when the first clustered markers are on screen.
    if (!performance.getEntriesByName('amb-map-ready').length) performance.mark('amb-map-ready');
  }

  /** Moves overlapping markers apart on screen (clusters sit at centroids and can collide). */
  function spreadOut(s: MapState) {
    const entries = [...s.shown.values()];
    const points = entries.map((e) => s.map.latLngToLayerPoint(e.at));
    const spread = spreadDiscs(points.map((p, i) => ({ x: p.x, y: p.y, size: entries[i]!.size })));
    entries.forEach((e, i) => {
      const to = spread[i]!;
      const moved = to.x !== points[i]!.x || to.y !== points[i]!.y;
      e.m.setLatLng(moved ? s.map.layerPointToLatLng([to.x, to.y]) : e.at);
    });
  }

  function markSelected(s: MapState) {
    const selected = live.current.selectedId ? s.byId.get(live.current.selectedId) : undefined;
    for (const { m } of s.shown.values()) m.getElement()?.classList.toggle('is-selected', m === selected);
  }

  /** The zoom at which a row leaves its cluster (or the deepest zoom, for a shared town). */
  function zoomToReveal(s: MapState, i: number): number {
    const row = live.current.rows[i]!;
    const e = 1e-6;
    for (let z = Math.max(Math.round(s.map.getZoom()), 5); z < MAX_ZOOM; z++) {
      const here = s.index!.getClusters([row.lon - e, row.lat - e, row.lon + e, row.lat + e], z);
      if (here.some((f) => !('cluster' in f.properties) && (f.properties as PointProps).i === i)) return z;
    }
    return MAX_ZOOM;
  }

  // Create the map once; remove it on teardown.
  useEffect(() => {
    let disposed = false;
    let map: Leaflet.Map | undefined;
    (async () => {
      const L = await loadLeaflet();
      performance.mark('amb-leaflet-loaded');
      if (disposed || !el.current) return;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      map = L.map(el.current, {
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        worldCopyJump: true,
        zoomSnap: 1,
        zoomAnimation: !still,
        fadeAnimation: !still,
        markerZoomAnimation: !still,
      });
      map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
      map.fitBounds(HOME);
      const { tileUrl, tileAttribution } = live.current;
      const basemapReady = tileUrl
        ? (L.tileLayer(tileUrl, { maxZoom: MAX_ZOOM, attribution: tileAttribution ?? '' }).addTo(map), Promise.resolve())
        : loadBasemap().then((geo) => {
            if (disposed || !map) return;
            drawBasemap(L, map, geo);
            performance.mark('amb-basemap-drawn');
            // Canvas shapes are not in the DOM: say how many were drawn, for tests.
            if (el.current) el.current.dataset.shapes = String(geo.shapes.length);
          });
      const s: MapState = {
        L,
        map,
        markers: L.layerGroup().addTo(map),
        originLayer: L.layerGroup().addTo(map),
        shown: new Map(),
        byId: new Map(),
      };
      st.current = s;
      map.on('moveend', draw);
      map.on('popupopen', (e) => {
        // Opened with the keyboard: move focus into the popup so its links can be reached.
        const source = (e.popup as unknown as { _source?: Leaflet.Marker })._source?.getElement();
        if (source && document.activeElement === source) e.popup.getElement()?.querySelector<HTMLElement>('a')?.focus();
      });
      rebuild();
      await basemapReady.catch(() => undefined);
      if (el.current && !disposed) {
        el.current.dataset.basemap = 'ready';
        performance.mark('amb-basemap-ready');
        live.current.onReady?.();
      }
    })();
    return () => {
      disposed = true;
      map?.remove();
      st.current = undefined;
    };
  }, []);

  function rebuild() {
    const s = st.current;
    if (!s) return;
    const { rows, indices, index, fitToResults } = live.current;
    const sameResults = s.resultKey === live.current.resultKey;
    s.index = index;
    s.resultKey = live.current.resultKey;
    if (sameResults) {
      // The full index of the same rows replacing the build-time clusters: markers stay.
      draw();
      return;
    }
    s.pendingOpen = undefined;
    // Another result set: start the markers afresh.
    s.markers.clearLayers();
    s.shown.clear();
    // No animation: the markers appear at once (an animated zoom would delay them by its 250 ms).
    if (fitToResults && indices.length) s.map.fitBounds(trimmedBounds(rows, indices), { maxZoom: 9, animate: false });
    draw();
  }

  // A layout effect, not an effect: the new markers are drawn before the browser paints the
  // new list, so both show in one frame (an effect would wait for that paint first).
  useLayoutEffect(rebuild, [props.index]);

  // Selection from the list: show that ambassador's marker and open its popup.
  useEffect(() => {
    const s = st.current;
    if (!s?.index || !props.selectedId) return;
    if (props.selectedFrom === 'map') return markSelected(s);
    // Finding the zoom that shows someone needs the full index: ask for it, and come back when it is here.
    if (isPrecomputed(s.index)) return props.onNeedIndex?.();
    const i = props.rows.findIndex((r) => r.id === props.selectedId);
    if (i < 0) return;
    const row = props.rows[i]!;
    const show = () => {
      const z = zoomToReveal(s, i);
      s.pendingOpen = { id: row.id, zoom: z, at: [row.lat, row.lon] };
      const moved = !s.map.getCenter().equals([row.lat, row.lon]) || s.map.getZoom() !== z;
      if (moved) s.map.setView([row.lat, row.lon], z);
      else draw();
    };
    // Leaflet ignores a new view while a zoom animation runs (its private _animatingZoom): go once it ends.
    if ((s.map as unknown as { _animatingZoom?: boolean })._animatingZoom) s.map.once('zoomend', show);
    else show();
  }, [props.selectedId, props.selectedFrom, isPrecomputed(props.index)]);

  // Near me: mark the origin and keep it in view with the nearest ambassadors.
  useEffect(() => {
    const s = st.current;
    if (!s) return;
    s.originLayer.clearLayers();
    const { origin, nearestIndices, rows } = props;
    if (!origin) return;
    s.L.circleMarker([origin.lat, origin.lon], { radius: 9, className: 'amb-origin', interactive: false }).addTo(s.originLayer);
    const points: Leaflet.LatLngTuple[] = [
      [origin.lat, origin.lon],
      ...nearestIndices.map((i) => [rows[i]!.lat, rows[i]!.lon] as Leaflet.LatLngTuple),
    ];
    s.map.fitBounds(points, { maxZoom: 10, padding: [24, 24] });
  }, [props.origin, props.nearestIndices]);

  return (
    <div
      ref={el}
      class="amb-leaflet"
      role="region"
      aria-label="Map of ambassadors. Arrow keys move the map, plus and minus zoom; Tab reaches the markers."
    />
  );
}

/** Bounds of the results, leaving out far-off points (Réunion in a map of France). */
function trimmedBounds(rows: readonly AmbassadorRow[], indices: readonly number[]): Leaflet.LatLngBoundsLiteral {
  const centre = { lat: median(indices.map((i) => rows[i]!.lat)), lon: median(indices.map((i) => rows[i]!.lon)) };
  const near = indices.filter((i) => distanceKm(centre, rows[i]!) < 2500);
  const lats = near.map((i) => rows[i]!.lat);
  const lons = near.map((i) => rows[i]!.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}
