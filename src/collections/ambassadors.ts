/**
 * Build-time loading of the ambassador data file (Node only: pages and the
 * data endpoint use it, the island never does). A bad file stops the build
 * with the file name and the position and id of every bad record.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { decodeAmbassadors, encodeAmbassadors, type AmbassadorRow, type CompactData } from '../lib/map/compact.ts';
import { pagesByCountry, townPagesOf, type CountryPage } from '../lib/map/country-pages.ts';
import { ambassadorFileSchema, describeIssues, validateAmbassadors, type Ambassador } from '../lib/map/schema.ts';

export const DEFAULT_DATA_FILE = 'content/ambassadors/ambassadors.json';

/** The data file in use: AMBASSADORS_FILE lets a national service build with its own list. */
export function dataFilePath(): string {
  return resolve(process.env.AMBASSADORS_FILE ?? DEFAULT_DATA_FILE);
}

export interface AmbassadorFile {
  about: string;
  ambassadors: Ambassador[];
  /** Made by the sample generator: every person in it is fictional, and pages say so. */
  generated: boolean;
}

export function parseAmbassadorFile(text: string, file: string): AmbassadorFile {
  const name = relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const shape = ambassadorFileSchema.safeParse(json);
  if (!shape.success) throw new Error(`${name}: ${describeIssues(shape.error)}`);
  const { records, problems } = validateAmbassadors(shape.data.ambassadors);
  if (problems.length) {
    const lines = problems.slice(0, 20).map((p) => `  ambassadors[${p.index}]${p.id ? ` (id ${p.id})` : ''}: ${p.message}`);
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    throw new Error(`${name}: ${problems.length} invalid ambassador record(s):\n${lines.join('\n')}${more}`);
  }
  return { about: shape.data.about, ambassadors: records, generated: shape.data.generated !== undefined };
}

interface Loaded {
  path: string;
  data: AmbassadorFile;
  pages?: Map<string, CountryPage<Ambassador>[]>;
  encoded?: { data: CompactData; rows: AmbassadorRow[] };
}
let cache: Loaded | undefined;

function loaded(path: string): Loaded {
  if (cache?.path !== path) cache = { path, data: parseAmbassadorFile(readFileSync(path, 'utf8'), path) };
  return cache;
}

/** The validated records, read once per build. */
export function loadAmbassadors(path = dataFilePath()): AmbassadorFile {
  return loaded(path).data;
}

/**
 * Each country's pages (src/lib/map/country-pages.ts), by country code, made once per build: the
 * country pages' routes, the map's data file and its first view all use them.
 */
export function loadCountryPages(path = dataFilePath()): Map<string, CountryPage<Ambassador>[]> {
  const l = loaded(path);
  return (l.pages ??= pagesByCountry(l.data.ambassadors));
}

/**
 * The records in the map's compact format (which page each town is on included), and the rows
 * as the browser decodes them: made once per build for the data file and the first view.
 */
export function loadEncodedAmbassadors(path = dataFilePath()): { data: CompactData; rows: AmbassadorRow[] } {
  const l = loaded(path);
  if (!l.encoded) {
    const data = encodeAmbassadors(l.data.ambassadors, townPagesOf(loadCountryPages(path).values()));
    l.encoded = { data, rows: decodeAmbassadors(data).rows };
  }
  return l.encoded;
}
