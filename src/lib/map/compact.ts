/**
 * The compact JSON the map island fetches: one array per field ("columns")
 * and dictionaries for repeated strings (countries, towns, languages…), with
 * sets of options as bit masks. 10,000 ambassadors fit in well under 400 KB
 * gzip, where an array of objects would repeat every key 10,000 times.
 */
import { KIND_IDS, LEVEL_IDS, SUPPORT_IDS, languageName } from './vocab.ts';
import type { Filterable } from './filters.ts';
import { townKey, townPages } from './country-pages.ts';

export const COMPACT_VERSION = 1;
/** Coordinates are sent as integers of 1e-4 degree (about 11 m): enough for a town. */
const COORD_SCALE = 1e4;

export interface CompactData {
  v: typeof COMPACT_VERSION;
  count: number;
  dict: {
    country: string[];
    language: string[];
    languageName: string[];
    kind: string[];
    region: string[];
    /** One entry per town of a country (the same name in two countries is two entries). */
    town: string[];
    /** Parallel to town: the country page it is on, when some town is past its country's first page (country-pages.ts). */
    townPage?: number[];
    subject: string[];
    level: string[];
    support: string[];
  };
  idPrefix: string;
  profilePrefix: string;
  /** Optional fields a record may lack: -1 (kind, region), 0 (since), null (profile), 0 (levels: none listed). */
  col: {
    id: string[];
    name: string[];
    kind: number[];
    country: number[];
    region: number[];
    town: number[];
    lat: number[];
    lon: number[];
    lang: number[][];
    subj: number[][];
    level: number[];
    support: number[];
    since: number[];
    profile: (string | null)[];
    fictional: number[];
  };
  /** Notes are rare: index → text. */
  note: Record<string, string>;
  /**
   * The clusters of every record at the widest zooms, made at build time so the
   * map can show them before it has built its own index (see cluster-index.ts).
   */
  clusters?: PrecomputedClusters;
}

/**
 * Per zoom from minZoom: flat [lon·1e5, lat·1e5, count, expansion zoom, ref] entries, where ref is
 * the row of a single ambassador, -1 for a cluster, or -2 - g for a group that never splits (one
 * town: its rows are groups[g]).
 */
export interface PrecomputedClusters {
  minZoom: number;
  levels: number[][];
  groups: number[][];
}

/**
 * A record as the island uses it (same field names as the full record). Kind, region, since and
 * profile are optional in a national service's data: absent here too; absent levels are [].
 */
export interface AmbassadorRow extends Filterable {
  id: string;
  kind?: string;
  region?: string;
  lat: number;
  lon: number;
  levels: readonly string[];
  since?: number;
  profile?: string;
  fictional: boolean;
  note?: string;
  /** The page of their country's list they are on, when not the first (country-pages.ts). */
  page?: number;
}

/** The input fields the encoder reads (a validated Ambassador fits, with or without its optional fields). */
export interface EncodableAmbassador extends Omit<AmbassadorRow, 'kind' | 'region' | 'levels' | 'since' | 'profile' | 'note' | 'page'> {
  kind?: string | undefined;
  region?: string | undefined;
  levels?: readonly string[] | undefined;
  since?: number | undefined;
  profile?: string | undefined;
  note?: string | undefined;
}

function commonPrefix(values: readonly string[]): string {
  if (!values.length) return '';
  let prefix = values[0]!;
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    initial.forEach((v) => this.add(v));
  }
  /** `key`: what makes two entries one (by default the value itself). */
  add(value: string, key = value): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(key, i);
    }
    return i;
  }
}

const mask = (ids: readonly string[], order: readonly string[]) => ids.reduce((m, id) => m | (1 << order.indexOf(id)), 0);
const unmask = (m: number, order: readonly string[]) => order.filter((_, bit) => m & (1 << bit));

/** `pages`: which page of its country each town is on (townPages), when the caller has it already. */
export function encodeAmbassadors(records: readonly EncodableAmbassador[], pages = townPages(records)): CompactData {
  const country = new Dictionary();
  const language = new Dictionary();
  const kind = new Dictionary(KIND_IDS);
  const region = new Dictionary();
  const town = new Dictionary();
  const townPage: number[] = [];
  const subject = new Dictionary();
  const idPrefix = commonPrefix(records.map((r) => r.id));
  const profilePrefix = commonPrefix(records.flatMap((r) => (r.profile ? [r.profile] : [])));
  const col: CompactData['col'] = {
    id: [],
    name: [],
    kind: [],
    country: [],
    region: [],
    town: [],
    lat: [],
    lon: [],
    lang: [],
    subj: [],
    level: [],
    support: [],
    since: [],
    profile: [],
    fictional: [],
  };
  const note: Record<string, string> = {};
  records.forEach((r, i) => {
    col.id.push(r.id.slice(idPrefix.length));
    col.name.push(r.name);
    col.kind.push(r.kind ? kind.add(r.kind) : -1);
    col.country.push(country.add(r.country));
    col.region.push(r.region ? region.add(r.region) : -1);
    const key = townKey(r.country, r.town);
    const t = town.add(r.town, key);
    townPage[t] = pages.get(key) ?? 1;
    col.town.push(t);
    col.lat.push(Math.round(r.lat * COORD_SCALE));
    col.lon.push(Math.round(r.lon * COORD_SCALE));
    col.lang.push(r.languages.map((l) => language.add(l)));
    col.subj.push(r.subjects.map((s) => subject.add(s)));
    col.level.push(mask(r.levels ?? [], LEVEL_IDS));
    col.support.push(mask(r.support, SUPPORT_IDS));
    col.since.push(r.since ?? 0);
    col.profile.push(r.profile ? r.profile.slice(profilePrefix.length) : null);
    col.fictional.push(r.fictional ? 1 : 0);
    if (r.note) note[i] = r.note;
  });
  return {
    v: COMPACT_VERSION,
    count: records.length,
    dict: {
      country: country.values,
      language: language.values,
      languageName: language.values.map((code) => languageName(code) ?? code.toUpperCase()),
      kind: kind.values,
      region: region.values,
      town: town.values,
      ...(pages.size ? { townPage } : {}),
      subject: subject.values,
      level: [...LEVEL_IDS],
      support: [...SUPPORT_IDS],
    },
    idPrefix,
    profilePrefix,
    col,
    note,
  };
}

/** Turns the fetched JSON back into rows; throws a plain message if it is not what the island expects. */
export function decodeAmbassadors(data: unknown): {
  rows: AmbassadorRow[];
  languageNames: Map<string, string>;
  /** Absent, or left out if malformed: the map then builds its index at once. */
  clusters?: PrecomputedClusters;
} {
  const d = data as CompactData;
  if (!d || typeof d !== 'object' || d.v !== COMPACT_VERSION || !d.col || !d.dict) {
    throw new Error(`ambassador data: expected compact format version ${COMPACT_VERSION}`);
  }
  const n = d.count;
  for (const [key, column] of Object.entries(d.col)) {
    if (!Array.isArray(column) || column.length !== n) throw new Error(`ambassador data: column "${key}" does not have ${n} entries`);
  }
  const { col, dict } = d;
  // Few distinct option sets recur across thousands of rows: decode each once and share the (read-only) arrays.
  const shared = <K>(decode: (key: K) => string[]) => {
    const seen = new Map<K, string[]>();
    return (key: K) => {
      let value = seen.get(key);
      if (!value) seen.set(key, (value = decode(key)));
      return value;
    };
  };
  const levelsOf = shared((m: number) => unmask(m, dict.level));
  const supportOf = shared((m: number) => unmask(m, dict.support));
  const rows = new Array<AmbassadorRow>(n);
  for (let i = 0; i < n; i++) {
    const row: AmbassadorRow = {
      id: d.idPrefix + col.id[i],
      name: col.name[i]!,
      country: dict.country[col.country[i]!]!,
      town: dict.town[col.town[i]!]!,
      lat: col.lat[i]! / COORD_SCALE,
      lon: col.lon[i]! / COORD_SCALE,
      languages: col.lang[i]!.map((j) => dict.language[j]!),
      subjects: col.subj[i]!.map((j) => dict.subject[j]!),
      levels: levelsOf(col.level[i]!),
      support: supportOf(col.support[i]!),
      fictional: col.fictional[i] === 1,
    };
    // Optional fields: set only when the record has them.
    const kind = dict.kind[col.kind[i]!];
    if (kind) row.kind = kind;
    const region = dict.region[col.region[i]!];
    if (region) row.region = region;
    if (col.since[i]) row.since = col.since[i]!;
    const profile = col.profile[i];
    if (typeof profile === 'string') row.profile = d.profilePrefix + profile;
    const note = d.note?.[i];
    if (note) row.note = note;
    const page = dict.townPage?.[col.town[i]!];
    if (page && page > 1) row.page = page;
    rows[i] = row;
  }
  const languageNames = new Map(dict.language.map((code, i) => [code, dict.languageName[i] ?? code]));
  const c = d.clusters;
  const numbers = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'number');
  const wellFormed =
    !!c &&
    Number.isInteger(c.minZoom) &&
    Array.isArray(c.levels) &&
    Array.isArray(c.groups) &&
    c.levels.every((level) => numbers(level) && level.length % 5 === 0) &&
    c.groups.every(numbers);
  return wellFormed ? { rows, languageNames, clusters: c } : { rows, languageNames };
}
