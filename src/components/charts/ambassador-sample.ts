/**
 * Reads the sample ambassador data set made for the map (content/ambassadors/)
 * at build time and counts ambassadors per country. Whatever file format the
 * map settles on (JSON or CSV), only the country field is used. When no data
 * file is there yet, the chart says so instead of failing the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countByCountry, countriesFromCsv, countriesFromJson, type CountResult } from '../../lib/charts/ambassador-counts';

export interface SampleCounts extends CountResult {
  /** The file the counts came from, relative to the project. */
  file: string;
}

const DIR = join(process.cwd(), 'content/ambassadors');

function dataFiles(): string[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => /\.(json|csv)$/i.test(f) && !/schema|fixture/i.test(f))
    .sort()
    .map((f) => join(DIR, f));
}

export function sampleAmbassadorCounts(): SampleCounts | undefined {
  for (const path of dataFiles()) {
    const text = readFileSync(path, 'utf8');
    let codes: string[];
    try {
      codes = path.toLowerCase().endsWith('.csv') ? countriesFromCsv(text) : countriesFromJson(JSON.parse(text));
    } catch (error) {
      // Another kind of file in the folder (e.g. a list of towns): try the next one.
      console.warn(`[facts] ${relative(process.cwd(), path)}: not ambassador records (${(error as Error).message})`);
      continue;
    }
    const result = countByCountry(codes);
    if (result.skipped.length) console.warn(`[facts] ${relative(process.cwd(), path)}: ${result.skipped.length} record(s) not counted, e.g. ${result.skipped[0]}`);
    return { ...result, file: relative(process.cwd(), path) };
  }
  return undefined;
}
