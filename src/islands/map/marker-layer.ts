/**
 * The ambassadors' markers as one Leaflet layer. On every moveend it shows the
 * clusters of the current results in view, keeping the marker of a cluster
 * that is still there (same place and size), so an open popup and keyboard
 * focus survive panning and the swap from build-time clusters to the island's
 * own index. A marker that leaves the view is given to a cluster that arrives
 * (its element stays in the page and changes its place, size and words), so a
 * new result set moves and relabels markers rather than removing and creating
 * them. It also pushes overlapping markers apart, highlights the selected
 * ambassador and opens a popup once the map has moved to show it.
 *
 * Leaflet touches `window` when imported, so the class is made from the `L`
 * that loadLeaflet() returned: `new (createMarkerLayer(L))(hooks)`.
 */
import type * as Leaflet from 'leaflet';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { isPrecomputed, markerKey, MAX_ZOOM, type ClusterSource, type MapFeature, type PointProps } from '../../lib/map/cluster-index.ts';
import { spreadDiscs } from '../../lib/map/spread.ts';
import { markerIcon, markerSize, restyleIcon, type MarkerKind } from './markers.ts';

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

/** What a marker stands for: where its cluster really is, its size, and who it stands for. */
interface Entry {
  key: string;
  kind: MarkerKind;
  count: number;
  /** Row indices of a town's or one person's marker; none for a cluster (it zooms in). */
  members: number[];
  ids: string[];
  /** The zoom at which a cluster splits. */
  expandTo: number;
  label: string;
  at: Leaflet.LatLngTuple;
  size: number;
}

/** A marker on the map and what it stands for now (a marker is given to other clusters as the view changes). */
interface Shown extends Entry {
  m: Leaflet.Marker;
}

/** Hidden markers kept for later (a view shows up to about 150). */
const POOL_MAX = 400;

export function createMarkerLayer(L: typeof Leaflet) {
  /**
   * Placed with a 2D translate, not Leaflet's translate3d: a 3D transform gives every marker a
   * compositor layer of its own, and a hundred layers cost each filter's frame their layerizing and
   * commit. The marker pane keeps Leaflet's own transform, so pans and zoom animations are as before.
   */
  class FlatMarker extends L.Marker {
    _setPos(pos: Leaflet.Point): void {
      (L.Marker.prototype as unknown as { _setPos(this: Leaflet.Marker, pos: Leaflet.Point): void })._setPos.call(this, pos);
      const icon = this.getElement();
      if (icon) icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
    }
  }

  return class MarkerLayer extends L.LayerGroup {
    private map: Leaflet.Map | undefined;
    private rows: readonly AmbassadorRow[] = [];
    private index: ClusterSource | undefined;
    /** The result set shown (a new index of the same set keeps the markers). */
    private resultKey: string | undefined;
    /** A new result set arrived: the next draw gives the markers to its clusters afresh. */
    private fresh = false;
    /** Results set since the last draw (so that a caller whose move has drawn them need not draw again). */
    private stale = false;
    /** What each marker stands for now. */
    private readonly entries = new WeakMap<Leaflet.Marker, Shown>();
    /**
     * Markers no cluster needs now, hidden on the map until one does (taking one out of Leaflet and
     * putting a new one in costs more than a hidden element: removing is linear in the markers).
     */
    private pool: Shown[] = [];
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
      // Added again, Leaflet would make their elements afresh, visible: the hidden ones go.
      for (const entry of this.pool.splice(0)) this.removeLayer(entry.m);
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
      this.stale = true;
      if (fresh) {
        this.pendingOpen = undefined;
        this.fresh = true;
        // The popup belonged to the last results (its marker may now stand for someone else).
        this.map?.closePopup();
      }
      return fresh;
    }

    /** Draws the results set since the last draw, unless a move (its moveend) has drawn them already. */
    drawIfStale(): void {
      if (this.stale) this.draw();
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
      const features = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
      const keys = features.map((f) => markerKey(f, zoom >= MAX_ZOOM));
      const fresh = this.fresh;
      this.fresh = false;
      this.stale = false;
      // The same cluster from the build-time clusters and from the island's index (or at the next
      // zoom) keeps its marker. In a new result set only a person's own marker stays as it is: a
      // cluster's or a town's of the same place and size may stand for other people.
      const wanted = new Set(keys);
      const kept = new Map<string, Shown>();
      const spare: Shown[] = [];
      const focused = document.activeElement;
      for (const [key, entry] of this.shown) {
        if (wanted.has(key) && (!fresh || entry.kind === 'point')) kept.set(key, entry);
        // The focused marker, or one with its popup open, is never given to another cluster.
        else if (entry.m.getElement() === focused || entry.m.isPopupOpen()) this.removeLayer(entry.m);
        else spare.push(entry);
      }
      const next = new Map<string, Shown>();
      this.byId.clear();
      features.forEach((f, k) => {
        const key = keys[k]!;
        if (next.has(key)) return;
        let entry = kept.get(key);
        if (!entry) {
          const described = this.describe(f, zoom, key);
          const old = spare.pop() ?? this.fromPool();
          entry = old ? this.reuse(old, described) : this.makeMarker(described);
        }
        next.set(key, entry);
        for (const id of entry.ids) this.byId.set(id, entry.m);
      });
      for (const entry of spare) this.toPool(entry);
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

    /** What the marker of one cluster (it zooms in), town (a popup of everyone there) or person says and does. */
    private describe(f: MapFeature, zoom: number, key: string): Entry {
      const { rows } = this;
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
      const ids = members.map((i) => rows[i]!.id);
      return { key, kind, count, members, ids, expandTo, label, at: [lat, lon], size: markerSize(kind, count) };
    }

    /** A new marker. What it does on a click or when its popup opens follows what it stands for at the time. */
    private makeMarker(e: Entry): Shown {
      const m = new FlatMarker(e.at, { icon: markerIcon(L, e.kind, e.count), title: e.label, keyboard: true, riseOnHover: true });
      const shown = { ...e, m };
      this.entries.set(m, shown);
      this.addLayer(m);
      m.on('click', () => {
        const now = this.entries.get(m);
        if (now?.kind !== 'cluster') return;
        const map = this.map!;
        const hadFocus = document.activeElement === m.getElement();
        map.setView(now.at, Math.min(now.expandTo, MAX_ZOOM));
        // The cluster's marker is gone after the zoom: keep keyboard users on the map.
        if (hadFocus) map.getContainer().focus();
      });
      m.on('popupopen', (ev: Leaflet.PopupEvent) => {
        const now = this.entries.get(m);
        // Opened with the keyboard: move focus into the popup so its links can be reached.
        if (document.activeElement === m.getElement()) ev.popup.getElement()?.querySelector<HTMLElement>('a')?.focus();
        // Not 'click': Enter on a focused marker opens the popup without a click event.
        if (now?.kind === 'point') this.hooks.onSelect(now.ids[0]!);
      });
      this.label(m, e);
      this.bindCard(m, undefined, e);
      return shown;
    }

    /** Hides a marker no cluster needs: out of sight, out of the tab order and of the markers counted (no `amb-marker`). */
    private toPool(entry: Shown) {
      const el = entry.m.getElement();
      if (!el || this.pool.length >= POOL_MAX) {
        this.removeLayer(entry.m);
        return;
      }
      el.style.display = 'none';
      el.classList.remove('amb-marker', 'is-selected');
      this.pool.push(entry);
    }

    private fromPool(): Shown | undefined {
      const entry = this.pool.pop();
      const el = entry?.m.getElement();
      if (el) {
        el.style.display = '';
        el.classList.add('amb-marker');
      }
      return entry;
    }

    /** Gives a marker that left to another cluster: its element stays, with the new place, size and words. */
    private reuse(old: Shown, e: Entry): Shown {
      const { m } = old;
      const shown = { ...e, m };
      this.entries.set(m, shown);
      m.options.title = e.label;
      if (old.kind !== e.kind || old.count !== e.count) {
        // Leaflet makes the element from this if the marker is ever added again.
        m.options.icon = markerIcon(L, e.kind, e.count);
        const el = m.getElement();
        if (el) restyleIcon(el, e.kind, e.count);
      }
      m.setLatLng(e.at);
      this.label(m, e);
      this.bindCard(m, old, e);
      return shown;
    }

    /** A marker's name (tooltip and accessible name), and its key for the first view's focus hand-over (LeafletView.tsx). */
    private label(m: Leaflet.Marker, e: Entry) {
      const el = m.getElement();
      if (!el) return;
      el.title = e.label;
      el.setAttribute('aria-label', e.label);
      el.setAttribute('data-key', e.key);
    }

    /** A town's or a person's marker opens a popup (made when it opens, from who the marker stands for then); a cluster's does not. */
    private bindCard(m: Leaflet.Marker, was: Entry | undefined, e: Entry) {
      const hadCard = was && was.kind !== 'cluster';
      if (e.kind === 'cluster') {
        if (hadCard) m.unbindPopup();
        return;
      }
      // Point and group popups differ in size only.
      if (hadCard && (was.kind === 'group') === (e.kind === 'group')) return;
      if (hadCard) m.unbindPopup();
      m.bindPopup(
        () => this.hooks.popup(this.entries.get(m)?.members ?? []),
        e.kind === 'group' ? { maxHeight: 320, maxWidth: 320 } : { maxWidth: 320 },
      );
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
