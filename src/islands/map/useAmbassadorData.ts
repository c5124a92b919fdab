/**
 * Fetches the compact ambassador data once it is `wanted`, decodes it
 * and precomputes what filtering and "near me" need (search text per record,
 * the list of towns). Never inlined in the page: the HTML stays small.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeAmbassadors, type AmbassadorRow, type PrecomputedClusters } from '../../lib/map/compact.ts';
import { haystack } from '../../lib/map/filters.ts';
import { countryName } from './labels.ts';
import { loadJson } from './preload.ts';

export interface Town {
  label: string;
  lat: number;
  lon: number;
}

export interface AmbassadorData {
  rows: AmbassadorRow[];
  /** Normalised search text per row, parallel to rows; made on the first text search. */
  texts: () => string[];
  languageNames: Map<string, string>;
  /** Every row's clusters at the widest zooms, made at build time (absent in older data files). */
  clusters: PrecomputedClusters | undefined;
  /** "Sevilla (Spain)" → position, one per town in the data; made on first use. */
  towns: () => Map<string, Town>;
}

export type DataState =
  { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: AmbassadorData };

/** `wanted`: false until the reader turns to the map or its list (useEngaged.ts); the state is `idle` till then. */
export function useAmbassadorData(url: string, wanted: boolean): DataState {
  const [state, setState] = useState<DataState>({ status: 'idle' });
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    setState({ status: 'loading' });
    fetchData(url)
      .then((data) => {
        if (!cancelled) setState({ status: 'ready', data });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [url, wanted]);
  return state;
}

async function fetchData(url: string): Promise<AmbassadorData> {
  const json = await loadJson(url);
  performance.mark('amb-data-fetched');
  const { rows, languageNames, clusters } = decodeAmbassadors(json);
  performance.mark('amb-data-decoded');
  // Both made on first use: neither is needed to show the map.
  let texts: string[] | undefined;
  let towns: Map<string, Town> | undefined;
  return {
    rows,
    texts: () => (texts ??= rows.map(haystack)),
    languageNames,
    towns: () => (towns ??= townsOf(rows)),
    clusters,
  };
}

function townsOf(rows: readonly AmbassadorRow[]): Map<string, Town> {
  const towns = new Map<string, Town>();
  for (const r of rows) {
    const label = `${r.town} (${countryName(r.country)})`;
    if (!towns.has(label)) towns.set(label, { label, lat: r.lat, lon: r.lon });
  }
  return towns;
}
