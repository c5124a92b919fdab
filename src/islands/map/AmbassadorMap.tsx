/**
 * "Find an ambassador": filters, near me, a list and a clustered map, kept
 * in step. Data are fetched as compact JSON when the island hydrates; the
 * filters live in the URL so a search can be shared. Without JavaScript the
 * page's server-rendered list by country does the job.
 */
import { median } from '../../lib/median.ts';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { filtersToQuery, matcher, parseFilters, type Filters } from '../../lib/map/filters.ts';
import { sortByDistance } from '../../lib/map/geo.ts';
import { buildIndex, isPrecomputed, precomputedSource, type ClusterSource } from '../../lib/map/cluster-index.ts';
import { FilterForm } from './FilterForm.tsx';
import { formatCount } from './labels.ts';
import { LeafletView } from './LeafletView.tsx';
import { NearMe, type Origin } from './NearMe.tsx';
import { loadBasemap, loadJson, loadLeaflet } from './preload.ts';
import { ResultList, type ListItem } from './ResultList.tsx';
import { useAmbassadorData, type AmbassadorData, type Town } from './useAmbassadorData.ts';

interface Props {
  countries: readonly { code: string; name: string }[];
  dataUrl?: string;
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
}

const DATA_URL = '/map/ambassadors.json';

// Astro loads this module only when the island is about to hydrate (client:visible):
// start the downloads now, not after the first render and its effects. The basemap is
// skipped when raster tiles are configured, as the page does (src/pages/map/index.astro).
if (!import.meta.env.SSR) {
  loadJson(DATA_URL).catch(() => undefined);
  loadLeaflet().catch(() => undefined);
  if (!import.meta.env.PUBLIC_MAP_TILE_URL) loadBasemap().catch(() => undefined);
}

/** How many of the nearest ambassadors the map keeps in view around the origin. */
const NEAREST_IN_VIEW = 5;

export default function AmbassadorMap({ countries, dataUrl = DATA_URL, tileUrl, tileAttribution }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const state = useAmbassadorData(dataUrl);
  const [filters, setFilters] = useState<Filters>({});
  useEffect(() => {
    setFilters(parseFilters(location.search));
    setHydrated(true);
    performance.mark('amb-hydrated');
  }, []);

  if (!hydrated) {
    return (
      <p class="amb-status">
        The interactive map and its filters need JavaScript. Every ambassador is also listed on their country's page, linked below.
      </p>
    );
  }
  if (state.status === 'loading')
    return (
      <p class="amb-status" data-map-state="loading">
        Loading the ambassadors and the map…
      </p>
    );
  if (state.status === 'error') {
    return (
      <p class="amb-status" data-map-state="error">
        The map could not load its data ({state.message}). The country pages linked below still list every ambassador.
      </p>
    );
  }
  return (
    <MapApp
      data={state.data}
      filters={filters}
      setFilters={setFilters}
      countries={countries}
      tileUrl={tileUrl}
      tileAttribution={tileAttribution}
    />
  );
}

interface AppProps extends Omit<Props, 'dataUrl'> {
  data: AmbassadorData;
  filters: Filters;
  setFilters: (f: Filters) => void;
}

function MapApp({ data, filters, setFilters, countries, tileUrl, tileAttribution }: AppProps) {
  const { rows, texts, languageNames, towns } = data;
  const [origin, setOrigin] = useState<Origin>();
  const [selected, setSelected] = useState<{ id: string; from: 'list' | 'map' }>();

  // The URL keeps the filters (replaceState: filtering does not fill the history).
  useEffect(() => {
    history.replaceState(history.state, '', `${location.pathname}${filtersToQuery(filters)}${location.hash}`);
  }, [filters]);

  const indices = useMemo(() => {
    const match = matcher(filters);
    const text = filters.q ? texts() : undefined;
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) if (match(rows[i]!, text?.[i])) out.push(i);
    return out;
  }, [rows, texts, filters]);

  // Every ambassador at once (the usual first view): the build-time clusters show at the widest
  // zooms with no work here; the full index (about 100 ms for 10,000 the first time) is built just
  // after the map has first been painted, or as soon as the map needs it.
  const [everyone, setEveryone] = useState<ClusterSource | undefined>(() => data.clusters && precomputedSource(data.clusters));
  const completeIndex = useCallback(() => {
    setEveryone((current) => {
      if (!isPrecomputed(current)) return current;
      const built = buildIndex(
        rows,
        rows.map((_, i) => i),
      );
      // For the bench (scripts/map-bench.ts): when the map can zoom in without waiting.
      performance.mark('amb-index-built');
      return built;
    });
  }, [rows]);
  // Background work: when the browser is idle after painting the map (at the latest a second later).
  const onMapReady = useCallback(
    () => ('requestIdleCallback' in window ? requestIdleCallback(completeIndex, { timeout: 1000 }) : setTimeout(completeIndex, 200)),
    [completeIndex],
  );
  const index = useMemo(
    () => (indices.length === rows.length && everyone ? everyone : buildIndex(rows, indices)),
    [rows, indices, everyone],
  );

  const items: ListItem[] = useMemo(
    () =>
      origin ? sortByDistance(indices, origin, (i) => rows[i]!).map(({ item, km }) => ({ i: item, km })) : indices.map((i) => ({ i })),
    [indices, origin, rows],
  );
  const nearestIndices = useMemo(() => (origin ? items.slice(0, NEAREST_IN_VIEW).map((it) => it.i) : []), [items, origin]);

  const languages = useMemo(() => [...languageNames].sort((a, b) => a[1].localeCompare(b[1], 'en')), [languageNames]);
  const countryCentres = useMemo(() => centres(data, countries), [data, countries]);

  const total = rows.length;
  const count =
    indices.length === total
      ? `${formatCount(total)} ambassadors, all shown.`
      : `${formatCount(indices.length)} of ${formatCount(total)} ambassadors match the filters.`;

  return (
    <div class="amb-app" data-map-state="ready">
      <FilterForm filters={filters} onChange={setFilters} countries={countries} languages={languages} />
      <NearMe origin={origin} onOrigin={setOrigin} towns={towns} countryCentres={countryCentres} />
      <p class="amb-count" aria-live="polite">
        {count}
      </p>
      <div class="amb-layout">
        <LeafletView
          rows={rows}
          indices={indices}
          index={index}
          resultKey={filtersToQuery(filters) || '?'}
          languageNames={languageNames}
          selectedId={selected?.id}
          selectedFrom={selected?.from}
          onSelect={(id) => setSelected((current) => (current?.id === id ? current : { id, from: 'map' }))}
          origin={origin}
          nearestIndices={nearestIndices}
          fitToResults={!!filters.country}
          tileUrl={tileUrl}
          tileAttribution={tileAttribution}
          onReady={onMapReady}
          onNeedIndex={completeIndex}
        />
        <section class="amb-results" aria-labelledby="amb-results-title">
          <h2 id="amb-results-title" class="amb-results-title">
            {origin ? `Nearest ambassadors to ${origin.label}` : 'Matching ambassadors'}
          </h2>
          <ResultList
            items={items}
            rows={rows}
            languageNames={languageNames}
            selectedId={selected?.id}
            selectedFrom={selected?.from}
            onSelect={(id) => setSelected({ id, from: 'list' })}
          />
        </section>
      </div>
    </div>
  );
}

/** A central point per country for "near me" by country: the median of its ambassadors (robust to overseas regions). */
function centres(data: AmbassadorData, countries: readonly { code: string; name: string }[]): Map<string, Town> {
  // One pass over the rows, not one per country: this runs while the map is first drawn.
  const byCountry = new Map<string, { lat: number[]; lon: number[] }>();
  for (const r of data.rows) {
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
