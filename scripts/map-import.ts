/**
 * `npm run import:ambassadors -- export.csv [--out content/ambassadors/ambassadors.json]`
 *
 * Turns a national support service's spreadsheet export into the map's data
 * file. Good rows are written; every rejected row is listed with its line and
 * reason, and the exit code is 1 if any row was rejected, so a script or CI
 * notices. Contact-detail columns are ignored with a warning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CsvFileError, importAmbassadorCsv } from '../src/lib/map/csv-import.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'content/ambassadors/ambassadors.json';
const input = args.find((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
if (!input || !out) {
  console.error('Usage: npm run import:ambassadors -- <file.csv> [--out <data.json>]');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(input, 'utf8');
} catch (error) {
  console.error(`${input}: cannot read the file (${(error as Error).message})`);
  process.exit(2);
}

try {
  const result = importAmbassadorCsv(text);
  for (const w of result.warnings) console.warn(`${input}: warning: ${w}`);
  for (const e of result.errors) console.error(`${input}:${e.line}: rejected${e.id ? ` (id ${e.id})` : ''}: ${e.reason}`);
  const about = `Imported from ${basename(input)} on ${new Date().toISOString().slice(0, 10)} by scripts/map-import.ts.`;
  const body = result.records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(out, `{\n  "about": ${JSON.stringify(about)},\n  "ambassadors": [\n${body}\n  ]\n}\n`);
  console.log(
    `${input}: ${result.records.length} ambassador(s) written to ${out}; ${result.errors.length} row(s) rejected (separator "${result.delimiter}").`,
  );
  process.exit(result.errors.length ? 1 : 0);
} catch (error) {
  if (error instanceof CsvFileError) {
    console.error(`${input}: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
