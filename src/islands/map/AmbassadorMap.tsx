/**
 * "Find an ambassador": filters, near me, a list and a clustered map, kept
 * in step. The page's HTML already holds the map's first view (the island's
 * children: src/components/map/FirstView.astro); Leaflet takes over in its
 * place once its data, code and basemap are in (LeafletView.tsx). Data are
 * fetched as compact JSON when the island hydrates; the filters live in the
 * URL so a search can be shared. The structure is the same in every state,
 * so nothing around the first view moves, and its links keep focus.
 */
import type { ComponentChildren } from 'preact';
import { median } from '../../lib/median.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filtersToQuery, initialFilters, matcher, type Filters } from '../../lib/map/filters.ts';
import { sortByDistance } from '../../lib/map/geo.ts';
import { buildIndex, precomputedSource, type ClusterSource } from '../../lib/map/cluster-index.ts';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { FilterForm } from './FilterForm.tsx';
import { formatCount } from './labels.ts';
import { LeafletView } from './LeafletView.tsx';
import { NearMe, type Origin } from './NearMe.tsx';
import { loadBasemap, loadLeaflet } from './preload.ts';
import { ResultList, type ListItem } from './ResultList.tsx';
import { useEngaged } from './useEngaged.ts';
import { useAmbassadorData, type AmbassadorData, type DataState, type Town } from './useAmbassadorData.ts';

interface Props {
  countries: readonly { code: string; name: string }[];
  /** [code, name] of every language in the data, sorted by name: the filter is drawn before the data arrive. */
  languages: readonly [string, string][];
  /** How many ambassadors the data hold: the count line says it before the data are loaded. */
  total: number;
  /** The countries the map shows first (edition.yaml `map.countries`); empty for all. */
  defaultCountries?: readonly string[];
  dataUrl?: string;
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  /** The server-drawn first view (FirstView.astro). */
  children?: ComponentChildren;
}

const DATA_URL = '/map/ambassadors.json';

// The data, Leaflet and the basemap wait until the reader turns to the map (useEngaged.ts).

/** Leaflet's code and the basemap, both at once (the basemap is skipped when raster tiles are configured). */
function loadLeafletAndBasemap() {
  loadLeaflet().catch(() => undefined);
  if (!import.meta.env.PUBLIC_MAP_TILE_URL) loadBasemap().catch(() => undefined);
}

/** How many of the nearest ambassadors the map keeps in view around the origin. */
const NEAREST_IN_VIEW = 5;
const NO_ROWS: AmbassadorRow[] = [];
const NO_TOWNS = () => new Map<string, Town>();

const NO_COUNTRIES: readonly string[] = [];

export default function AmbassadorMap({ dataUrl = DATA_URL, defaultCountries = NO_COUNTRIES, ...props }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [filters, setFilters] = useState<Filters>({});
  useEffect(() => {
    setFilters(initialFilters(location.search, defaultCountries));
    setHydrated(true);
    performance.mark('amb-hydrated');
  }, [defaultCountries]);
  return (
    <MapApp
      {...props}
      dataUrl={dataUrl}
      defaultCountries={defaultCountries}
      hydrated={hydrated}
      filters={filters}
      setFilters={setFilters}
    />
  );
}

interface AppProps extends Omit<Props, 'dataUrl' | 'defaultCountries'> {
  dataUrl: string;
  defaultCountries: readonly string[];
  /** False in the server's HTML (and so in the page without JavaScript). */
  hydrated: boolean;
  filters: Filters;
  setFilters: (f: Filters) => void;
}

const LOADING = 'Loading the ambassadors…';

const allShown = (total: number) => `${formatCount(total)} ambassadors, all shown.`;

/** `everyone`: the view is every ambassador, as the server's first view shows them, so the count is known without the data. */
function statusText(state: DataState | undefined, total: number, everyone: boolean): ComponentChildren {
  // The server's HTML says both; CSS shows one (html.js), so the line keeps its height as the
  // island starts and the map below it does not move.
  if (!state)
    return (
      <>
        <span class="no-js-only">
          The filters and this list need JavaScript. Every ambassador is listed on their country’s page: follow a marker, or the list of
          countries below.
        </span>
        <span class="needs-js">{everyone ? allShown(total) : LOADING}</span>
      </>
    );
  if (state.status === 'idle' && everyone) return allShown(total);
  if (state.status === 'loading' || state.status === 'idle') return LOADING;
  if (state.status === 'error')
    return `The map could not load its data (${state.message}). The country pages linked below still list every ambassador.`;
  return '';
}

function MapApp(props: AppProps) {
  const { dataUrl, hydrated, total, filters, setFilters, countries, languages, defaultCountries, tileUrl, tileAttribution, children } =
    props;
  // The data load when the reader turns to the widget (pointer, touch, keys, focus) or scrolls to the
  // list, or at once when the view is not everyone (filters in the address, an edition's countries).
  const appRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const everyone = filtersToQuery(filters) === '';
  const touched = useEngaged(appRef, { skip: !hydrated });
  const listSeen = useEngaged(resultsRef, { visible: true, skip: !hydrated });
  const loaded = useAmbassadorData(dataUrl, hydrated && (touched || listSeen || !everyone));
  const state = hydrated ? loaded : undefined;
  const data: AmbassadorData | undefined = state?.status === 'ready' ? state.data : undefined;
  const rows = data?.rows ?? NO_ROWS;
  const [origin, setOrigin] = useState<Origin>();
  const [selected, setSelected] = useState<{ id: string; from: 'list' | 'map' }>();
  // The server's first view shows every ambassador at the first zoom: Leaflet takes over when the
  // reader turns to the map, or as soon as the view must show something else (filters, near me, a
  // chosen person, an edition that opens on some countries).
  const stageRef = useRef<HTMLDivElement>(null);
  const engaged = useEngaged(stageRef);
  const needed = engaged || !!origin || !!selected || !everyone;
  // Once started, Leaflet stays (back to every ambassador, it shows them itself).
  const [started, setStarted] = useState(false);
  const needsLeaflet = needed || started;
  useEffect(() => {
    if (!needed || started) return;
    loadLeafletAndBasemap();
    setStarted(true);
  }, [needed, started]);

  // The URL keeps the filters (replaceState: filtering does not fill the history). Not before
  // hydration has read them. Written when the browser is idle, not before the frame with the new
  // results: in Chromium a history write took 0.3–17 ms (measured), and a quick second filter
  // replaces a write still waiting.
  useEffect(() => {
    if (!hydrated) return;
    const address = `${location.pathname}${filtersToQuery(filters, defaultCountries)}${location.hash}`;
    return whenIdle(() => history.replaceState(history.state, '', address), 300);
  }, [filters, hydrated, defaultCountries]);

  const indices = useMemo(() => {
    const match = matcher(filters);
    const text = filters.q && data ? data.texts() : undefined;
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) if (match(rows[i]!, text?.[i])) out.push(i);
    return out;
  }, [rows, data, filters]);

  // Every ambassador at once (the usual first view): the build-time clusters show at the widest
  // zooms with no work here; the full index (about 100 ms for 10,000 the first time) is built just
  // after the map has first been painted, or as soon as the map needs it.
  const precomputed = useMemo(() => data?.clusters && precomputedSource(data.clusters), [data]);
  const [built, setBuilt] = useState<ClusterSource>();
  const wholeIndex = built ?? precomputed;
  const completeIndex = useCallback(() => {
    setBuilt((current) => {
      if (current) return current;
      const index = buildIndex(
        rows,
        rows.map((_, i) => i),
      );
      // For the bench (scripts/map-bench.ts): when the map can zoom in without waiting.
      performance.mark('amb-index-built');
      return index;
    });
  }, [rows]);
  // Background work: when the browser is idle after painting the map (at the latest a second later).
  const onMapReady = useCallback(() => {
    whenIdle(completeIndex, 1000);
    // The text filter's search text (a folded string per person), made once, so the first query does not wait for it.
    whenIdle(() => data?.texts(), 1000);
  }, [completeIndex, data]);
  // Everyone shown: the whole index (build-time clusters first). Filtered: an index of the matches,
  // which does not depend on the whole one, so the whole one arriving later rebuilds nothing.
  const useWhole = indices.length === rows.length && !!wholeIndex;
  const ownIndex = useMemo(() => (data && !useWhole ? buildIndex(rows, indices) : undefined), [data, rows, indices, useWhole]);
  const index = data ? (useWhole ? wholeIndex : ownIndex) : undefined;

  const items: ListItem[] = useMemo(
    () =>
      origin ? sortByDistance(indices, origin, (i) => rows[i]!).map(({ item, km }) => ({ i: item, km })) : indices.map((i) => ({ i })),
    [indices, origin, rows],
  );
  const nearestIndices = useMemo(() => (origin ? items.slice(0, NEAREST_IN_VIEW).map((it) => it.i) : []), [items, origin]);
  const countryNames = useMemo(() => {
    const present = new Set(rows.map((r) => r.country));
    return countries.filter((c) => present.has(c.code)).map((c) => c.name);
  }, [rows, countries]);
  // Medians are made only when "near me" looks a country up, not in the first render after the data.
  const countryCentres = useMemo(() => {
    let made: Map<string, Town> | undefined;
    return () => (made ??= centres(rows, countries));
  }, [rows, countries]);

  // Made again only when its own inputs change: a filter's render skips it.
  const nearMe = useMemo(
    () => (
      <NearMe
        origin={origin}
        onOrigin={setOrigin}
        towns={data?.towns ?? NO_TOWNS}
        countryNames={countryNames}
        countryCentres={countryCentres}
        disabled={!data}
      />
    ),
    [origin, data, countryNames, countryCentres],
  );
  const selectFromMap = useCallback((id: string) => setSelected((current) => (current?.id === id ? current : { id, from: 'map' })), []);
  const selectFromList = useCallback((id: string) => setSelected({ id, from: 'list' }), []);

  const count = !data
    ? // The server cannot know the address: with an edition's default countries it may not be everyone.
      statusText(state, total, state ? everyone : everyone && !defaultCountries.length)
    : indices.length === rows.length
      ? allShown(rows.length)
      : `${formatCount(indices.length)} of ${formatCount(rows.length)} ambassadors match the filters.`;

  return (
    <div class="amb-app" ref={appRef} data-map-state={data ? 'ready' : (state?.status ?? 'static')}>
      <details class="amb-fold">
        <summary class="amb-fold-summary">Filters and near me</summary>
        <div class="amb-fold-body">
          <FilterForm
            filters={filters}
            onChange={setFilters}
            countries={countries}
            languages={languages}
            defaultCountries={defaultCountries}
            disabled={!data}
          />
          {nearMe}
        </div>
      </details>
      <p class="amb-count" aria-live="polite">
        {count}
      </p>
      <div class="amb-stage" ref={stageRef}>
        {children}
        {data && index && needsLeaflet && (
          <LeafletView
            rows={rows}
            indices={indices}
            index={index}
            resultKey={filtersToQuery(filters) || '?'}
            languageNames={data.languageNames}
            selectedId={selected?.id}
            selectedFrom={selected?.from}
            onSelect={selectFromMap}
            origin={origin}
            nearestIndices={nearestIndices}
            fitToResults={!!(filters.country ?? filters.countries)}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            onReady={onMapReady}
            onNeedIndex={completeIndex}
          />
        )}
      </div>
      <section class="amb-results" aria-labelledby="amb-results-title" ref={resultsRef}>
        <h2 id="amb-results-title" class="amb-results-title">
          {origin ? `Nearest ambassadors to ${origin.label}` : 'Matching ambassadors'}
        </h2>
        {data ? (
          <ResultList
            items={items}
            rows={rows}
            languageNames={data.languageNames}
            selectedId={selected?.id}
            selectedFrom={selected?.from}
            onSelect={selectFromList}
          />
        ) : (
          <p class="amb-empty">
            {!state && <span class="no-js-only">The list needs JavaScript.</span>}
            <span class={state ? undefined : 'needs-js'}>The list shows as soon as the ambassadors are loaded.</span>
          </p>
        )}
      </section>
    </div>
  );
}

/**
 * Runs `work` when the browser is idle (at the latest after `timeout` ms); the function returned
 * cancels it if it has not run yet.
 */
function whenIdle(work: () => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, Math.min(timeout, 200));
  return () => clearTimeout(id);
}

/** A central point per country for "near me" by country: the median of its ambassadors (robust to overseas regions). */
function centres(rows: readonly AmbassadorRow[], countries: readonly { code: string; name: string }[]): Map<string, Town> {
  // One pass over the rows, not one per country: this runs while the map is first drawn.
  const byCountry = new Map<string, { lat: number[]; lon: number[] }>();
  for (const r of rows) {
    let here = byCountry.get(r.country);
    if (!here) byCountry.set(r.country, (here = { lat: [], lon: [] }));
    here.lat.push(r.lat);
    here.lon.push(r.lon);
  }
  const out = new Map<string, Town>();
  for (const c of countries) {
    const here = byCountry.get(c.code);
    if (here) out.set(c.name, { label: c.name, lat: median(here.lat), lon: median(here.lon) });
  }
  return out;
}
