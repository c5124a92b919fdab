/**
 * The ambassadors' markers as one Leaflet layer. On every moveend it shows the
 * clusters of the current results in view, keeping the marker of a cluster
 * that is still there (same place and size), so an open popup and keyboard
 * focus survive panning and the swap from build-time clusters to the island's
 * own index. It also pushes overlapping markers apart, highlights the selected
 * ambassador and opens a popup once the map has moved to show it.
 *
 * Leaflet touches `window` when imported, so the class is made from the `L`
 * that loadLeaflet() returned: `new (createMarkerLayer(L))(hooks)`.
 */
import type * as Leaflet from 'leaflet';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { isPrecomputed, markerKey, MAX_ZOOM, type ClusterSource, type MapFeature, type PointProps } from '../../lib/map/cluster-index.ts';
import { spreadDiscs } from '../../lib/map/spread.ts';
import { markerIcon, markerSize, type MarkerKind } from './markers.ts';

/** What the layer asks of the island. Read when needed, so they may follow the island's latest props. */
export interface MarkerLayerHooks {
  /** The popup of a town's or one person's marker. */
  popup(indices: readonly number[]): HTMLElement;
  /** The ambassador whose marker is highlighted. */
  selectedId(): string | undefined;
  /** A person's own marker opened its popup (a click, or Enter on the focused marker). */
  onSelect(id: string): void;
  /** The layer needs a full index: the view is at a zoom the build-time clusters do not cover. */
  onNeedIndex(): void;
}

/** A marker on the map: where its cluster really is, its size, and who it stands for. */
interface Shown {
  m: Leaflet.Marker;
  ids: string[];
  at: Leaflet.LatLngTuple;
  size: number;
}

export function createMarkerLayer(L: typeof Leaflet) {
  return class MarkerLayer extends L.LayerGroup {
    private map: Leaflet.Map | undefined;
    private rows: readonly AmbassadorRow[] = [];
    private index: ClusterSource | undefined;
    /** The result set shown (a new index of the same set keeps the markers). */
    private resultKey: string | undefined;
    /** The markers on the map by markerKey. */
    private shown = new Map<string, Shown>();
    /** The marker showing each ambassador id in view (clusters show no one: they zoom in). */
    private byId = new Map<string, Leaflet.Marker>();
    /** A popup to open once the map has moved to where its marker shows. */
    private pendingOpen: { id: string; zoom: number; at: Leaflet.LatLngTuple } | undefined;
    /**
     * Whether a zoom animation runs: Leaflet's setView does nothing then (its _tryAnimatedZoom
     * reports a move it never makes). 'zoomanim' fires as the animation starts and 'zoomend' as it
     * ends, the same moments Leaflet's own flag changes.
     */
    private zooming = false;

    constructor(private readonly hooks: MarkerLayerHooks) {
      super();
    }

    /** The map's events the layer follows while on it (one object, so that off() finds them). */
    private readonly events = {
      moveend: () => this.draw(),
      zoomanim: () => (this.zooming = true),
      zoomend: () => (this.zooming = false),
    };

    override onAdd(map: Leaflet.Map): this {
      this.map = map;
      map.on(this.events);
      super.onAdd(map);
      return this;
    }

    override onRemove(map: Leaflet.Map): this {
      map.off(this.events);
      super.onRemove(map);
      this.map = undefined;
      this.zooming = false;
      return this;
    }

    /**
     * The results to show and their clusters. Another result set starts the markers afresh (and
     * answers true); a new index of the same set keeps them. Shown at the next draw().
     */
    setResults(rows: readonly AmbassadorRow[], index: ClusterSource, resultKey: string): boolean {
      const fresh = this.resultKey !== resultKey;
      this.rows = rows;
      this.index = index;
      this.resultKey = resultKey;
      if (fresh) {
        this.pendingOpen = undefined;
        this.clearLayers();
        this.shown.clear();
      }
      return fresh;
    }

    /** A draw is under way: a moveend it causes (a popup's pan) draws again once it is over. */
    private drawing = false;
    private drawAgain = false;

    /** Shows the clusters for the current view. */
    draw(): void {
      if (this.drawing) {
        this.drawAgain = true;
        return;
      }
      this.drawing = true;
      try {
        // Bounded: a draw that moves an open popup can end a pan, whose moveend asks for one more.
        for (let round = 0; round < 3; round++) {
          this.drawAgain = false;
          this.drawOnce();
          if (!this.drawAgain) break;
        }
      } finally {
        this.drawing = false;
      }
    }

    private drawOnce(): void {
      const { map, index } = this;
      if (!map || !index) return;
      const zoom = Math.round(map.getZoom());
      if (isPrecomputed(index) && !index.covers(zoom)) {
        // Zoomed in before the full index was built: keep what is shown until it is.
        this.hooks.onNeedIndex();
        return;
      }
      const b = map.getBounds();
      const next = new Map<string, Shown>();
      this.byId.clear();
      for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
        // The same cluster from the build-time clusters and from the island's index (or at the next
        // zoom) keeps its marker.
        const key = markerKey(f, zoom >= MAX_ZOOM);
        const entry = this.shown.get(key) ?? this.makeMarker(f, zoom, key);
        next.set(key, entry);
        for (const id of entry.ids) this.byId.set(id, entry.m);
      }
      for (const [key, entry] of this.shown) if (!next.has(key)) this.removeLayer(entry.m);
      this.shown = next;
      this.spreadOut(map);
      this.highlight();
      this.openPending(map, zoom);
      const el = map.getContainer();
      el.dataset.drawn = this.resultKey;
      el.dataset.zoom = String(zoom);
      el.dataset.clusters = isPrecomputed(index) ? 'build-time' : 'index';
      // For the bench (scripts/map-bench.ts): when the first clustered markers are on screen.
      if (!performance.getEntriesByName('amb-map-ready').length) performance.mark('amb-map-ready');
    }

    /** Marks the selected ambassador's marker, if it is in view. */
    highlight(): void {
      const id = this.hooks.selectedId();
      const selected = id ? this.byId.get(id) : undefined;
      for (const { m } of this.shown.values()) m.getElement()?.classList.toggle('is-selected', m === selected);
    }

    /** Moves the map to where this ambassador has a marker of their own (or their town's), then opens its popup. */
    reveal(id: string): void {
      const { map } = this;
      const i = this.rows.findIndex((r) => r.id === id);
      if (!map || !this.index || i < 0) return;
      const row = this.rows[i]!;
      const show = () => {
        const zoom = this.zoomToReveal(i, map);
        this.pendingOpen = { id, zoom, at: [row.lat, row.lon] };
        const moved = !map.getCenter().equals([row.lat, row.lon]) || map.getZoom() !== zoom;
        if (moved) map.setView([row.lat, row.lon], zoom);
        else this.draw();
      };
      if (this.zooming) map.once('zoomend', show);
      else show();
    }

    private openPending(map: Leaflet.Map, zoom: number) {
      const pending = this.pendingOpen;
      if (!pending) return;
      // A move that was still under way ends first (its own moveend): wait for the one that arrives.
      const marker = this.byId.get(pending.id);
      const arrived = zoom === pending.zoom && map.latLngToContainerPoint(pending.at).distanceTo(map.getSize().divideBy(2)) < 2;
      // Cleared before opening: opening a popup pans the map, and the moveend of that pan draws
      // again (at once when it is not animated): with the request still pending, that draw opened
      // the popup again, without end (a RangeError), or later opened someone else's.
      if (marker || arrived) this.pendingOpen = undefined;
      if (marker) marker.openPopup();
    }

    /** Makes the marker for one cluster (it zooms in), town (a popup of everyone there) or person. */
    private makeMarker(f: MapFeature, zoom: number, key: string): Shown {
      const { rows, hooks } = this;
      const index = this.index!;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties;
      let kind: MarkerKind = 'point';
      let members: number[] = [];
      let count = 1;
      let expandTo = MAX_ZOOM;
      if ('cluster' in p && p.cluster) {
        expandTo = index.getClusterExpansionZoom(p.cluster_id);
        // Several ambassadors in one town never split: one marker whose popup lists them all.
        kind = zoom >= MAX_ZOOM || expandTo > MAX_ZOOM ? 'group' : 'cluster';
        if (kind === 'group') members = index.getLeaves(p.cluster_id, Infinity).map((l) => l.properties.i);
        count = kind === 'group' ? members.length : p.point_count;
      } else members = [(p as PointProps).i];
      const first = rows[members[0] ?? -1];
      const label =
        kind === 'cluster'
          ? `${count} ambassadors: zoom in`
          : kind === 'group'
            ? `${count} ambassadors in ${first!.town}: show them`
            : `${first!.name}, ${first!.town}`;

      const m = L.marker([lat, lon], { icon: markerIcon(L, kind, count), title: label, keyboard: true, riseOnHover: true });
      this.addLayer(m);
      m.getElement()?.setAttribute('aria-label', label);
      // The first view's marker of the same key hands keyboard focus to this one (LeafletView.tsx).
      m.getElement()?.setAttribute('data-key', key);
      if (kind === 'cluster') {
        m.on('click', () => {
          const map = this.map!;
          const hadFocus = document.activeElement === m.getElement();
          map.setView([lat, lon], Math.min(expandTo, MAX_ZOOM));
          // The cluster's marker is gone after the zoom: keep keyboard users on the map.
          if (hadFocus) map.getContainer().focus();
        });
      } else {
        m.bindPopup(() => hooks.popup(members), kind === 'group' ? { maxHeight: 320, maxWidth: 320 } : { maxWidth: 320 });
        m.on('popupopen', (e: Leaflet.PopupEvent) => {
          // Opened with the keyboard: move focus into the popup so its links can be reached.
          if (document.activeElement === m.getElement()) e.popup.getElement()?.querySelector<HTMLElement>('a')?.focus();
          // Not 'click': Enter on a focused marker opens the popup without a click event.
          if (kind === 'point') hooks.onSelect(first!.id);
        });
      }
      return { m, ids: members.map((i) => rows[i]!.id), at: [lat, lon], size: markerSize(kind, count) };
    }

    /** Moves overlapping markers apart on screen (clusters sit at centroids and can collide). */
    private spreadOut(map: Leaflet.Map) {
      const entries = [...this.shown.values()];
      const points = entries.map((e) => map.latLngToLayerPoint(e.at));
      const spread = spreadDiscs(points.map((pt, i) => ({ x: pt.x, y: pt.y, size: entries[i]!.size })));
      entries.forEach((e, i) => {
        const to = spread[i]!;
        const moved = to.x !== points[i]!.x || to.y !== points[i]!.y;
        const at = moved ? map.layerPointToLatLng([to.x, to.y]) : L.latLng(e.at);
        // Only a real move: setLatLng moves an open popup, which stops a running pan, whose moveend draws
        // again. Moving every marker in place on every draw looped without end in a town's popup.
        if (!e.m.getLatLng().equals(at)) e.m.setLatLng(at);
      });
    }

    /** The zoom at which a row leaves its cluster (or the deepest zoom, for a shared town). */
    private zoomToReveal(i: number, map: Leaflet.Map): number {
      const row = this.rows[i]!;
      const e = 1e-6;
      for (let z = Math.max(Math.round(map.getZoom()), 5); z < MAX_ZOOM; z++) {
        const here = this.index!.getClusters([row.lon - e, row.lat - e, row.lon + e, row.lat + e], z);
        if (here.some((f) => !('cluster' in f.properties) && f.properties.i === i)) return z;
      }
      return MAX_ZOOM;
    }
  };
}

export type MarkerLayer = InstanceType<ReturnType<typeof createMarkerLayer>>;
