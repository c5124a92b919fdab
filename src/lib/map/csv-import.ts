/**
 * Turns a national support service's spreadsheet export into ambassador
 * records. Accepts the header spellings people actually use, the separators
 * and quoting of real exports (src/lib/map/import/table.ts), towns without
 * coordinates (import/towns.ts) and a consent column. Nothing is lost: every
 * row is written, reported as rejected, or reported as left out (no consent),
 * and the function checks that those add up before it returns.
 */
import { FIELD_ALIASES, NOT_PUBLISHED, headerKey, type Field } from './csv-vocab.ts';
import { readConsent } from './import/consent.ts';
import { DEFAULT_PROFILE_HOSTS } from './import/links.ts';
import type { FlagCode, LeftOutCode, RowError, RowNote } from './import/reasons.ts';
import { rowToRecord, type Values } from './import/row.ts';
import { TableError, readDelimited, type Table } from './import/table.ts';
import type { TownLookup } from './import/towns.ts';
import type { Ambassador } from './schema.ts';

export type { RowError, RowNote } from './import/reasons.ts';

export interface ImportOptions {
  /** Hosts profile links may point at (default: the European School Education Platform). */
  profileHosts?: readonly string[];
  /** Places rows that name a town but have no coordinates. */
  towns?: TownLookup;
  /** Refuse a file without a consent ("listed") column. */
  requireConsent?: boolean;
}

export interface CsvImportResult {
  records: Ambassador[];
  /** The line each record came from, parallel to `records`. */
  lines: number[];
  errors: RowError[];
  /** Rows kept out of the published data on purpose (no consent). */
  leftOut: RowNote<LeftOutCode>[];
  /** Rows written with something to look at (formula-like cells, a town found from coordinates). */
  flagged: RowNote<FlagCode>[];
  /** Things about the whole file (ignored columns, no consent column). */
  warnings: string[];
  delimiter: Table['delimiter'];
  /** Data rows in the file (blank lines not counted). */
  rowsIn: number;
  /** Rows placed from their town name. */
  placedFromTown: number;
}

/** A problem with the whole file (no header, a required column missing, an unclosed quote). */
export class CsvFileError extends Error {}

const FORMULA_LIKE = /^[=+\-@]/;
const TEXT_FIELDS: Field[] = ['name', 'town', 'region', 'note', 'subjects', 'kind', 'levels', 'support', 'languages', 'id'];

/** Maps each column index to a record field, or stops on a missing required column. */
function mapHeader(cells: string[], line: number, options: ImportOptions, warnings: string[]): Map<number, Field> {
  const columns = new Map<number, Field>();
  const taken = new Set<Field>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!key) return;
    const field = (Object.keys(FIELD_ALIASES) as Field[]).find((f) => FIELD_ALIASES[f].includes(key));
    if (field && !taken.has(field)) {
      columns.set(i, field);
      taken.add(field);
    } else if (field) {
      warnings.push(`column "${cell.trim()}" ignored: a second column for "${field}"`);
    } else if (NOT_PUBLISHED.includes(key)) {
      warnings.push(`column "${cell.trim()}" ignored: contact details are never published on the map`);
    } else {
      warnings.push(`column "${cell.trim()}" ignored: not an ambassador field`);
    }
  });
  const needed: Field[] = ['id', 'name', 'country', 'languages', 'support'];
  const missing = needed.filter((f) => !taken.has(f)).map((f) => `"${f}" (accepted headers: ${FIELD_ALIASES[f].join(', ')})`);
  if (taken.has('lat') !== taken.has('lon'))
    missing.push(taken.has('lat') ? '"lon" (there is a "lat" column)' : '"lat" (there is a "lon" column)');
  else if (!taken.has('town') && !taken.has('lat')) missing.push('"town", or "lat" and "lon": a row needs a town or coordinates');
  if (options.requireConsent && !taken.has('listed'))
    missing.push(`"listed" (accepted headers: ${FIELD_ALIASES.listed.join(', ')}), required by --require-consent`);
  if (missing.length) throw new CsvFileError(`line ${line}: no column for ${missing.join('; ')}`);
  if (!taken.has('listed')) warnings.push('no consent ("listed") column: every row is published; --require-consent refuses such a file');
  return columns;
}

export function importAmbassadorCsv(text: string, options: ImportOptions = {}): CsvImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CsvFileError('the file is empty');
  let table: Table;
  try {
    table = readDelimited(text);
  } catch (error) {
    if (error instanceof TableError) throw new CsvFileError(error.message);
    throw error;
  }
  return importAmbassadorTable(table, options);
}

export function importAmbassadorTable(table: Table, options: ImportOptions = {}): CsvImportResult {
  const [header, ...body] = table.rows;
  if (!header) throw new CsvFileError('the file is empty');
  const warnings: string[] = [];
  const columns = mapHeader(header.cells, header.line, options, warnings);
  if (!body.length) throw new CsvFileError(`line ${header.line} is the header and there are no rows under it: nothing to import`);
  const result: CsvImportResult = {
    records: [],
    lines: [],
    errors: [],
    leftOut: [],
    flagged: [],
    warnings,
    delimiter: table.delimiter,
    rowsIn: body.length,
    placedFromTown: 0,
  };
  const ctx = { profileHosts: options.profileHosts ?? DEFAULT_PROFILE_HOSTS, ...(options.towns ? { towns: options.towns } : {}) };
  const firstLineOfId = new Map<string, number>();
  const hasConsent = [...columns.values()].includes('listed');

  for (const { line, cells, problem } of body) {
    const values: Values = {};
    columns.forEach((field, i) => (values[field] = cells[i] ?? ''));
    const id = values.id?.trim() || undefined;
    const at = { line, ...(id ? { id } : {}) };
    if (problem) {
      result.errors.push({ ...at, code: 'quotes', reason: problem });
      continue;
    }
    if (cells.length > header.cells.length) {
      result.errors.push({
        ...at,
        code: 'too-many-cells',
        reason: `${cells.length} cells but the header has ${header.cells.length} (a separator inside an unquoted cell?)`,
      });
      continue;
    }
    if (hasConsent) {
      const consent = readConsent(values.listed ?? '');
      if (consent === 'no') result.leftOut.push({ ...at, code: 'not-listed', message: 'said no to being listed: not published' });
      else if (consent === 'blank') result.leftOut.push({ ...at, code: 'no-consent', message: 'consent cell is blank: not published' });
      else if (consent === 'unknown')
        result.errors.push({ ...at, code: 'consent-unclear', reason: `consent "${values.listed!.trim()}" is neither yes nor no` });
      if (consent !== 'yes') continue;
    }
    const outcome = rowToRecord(values, ctx);
    if (!outcome.ok) {
      result.errors.push({ ...at, code: outcome.code, reason: outcome.reason });
      continue;
    }
    const record = outcome.record;
    const key = record.id.toLowerCase();
    const first = firstLineOfId.get(key);
    if (first !== undefined) {
      result.errors.push({
        ...at,
        code: 'duplicate-id',
        reason: `duplicate id "${record.id}" (line ${first} has the same id; ids are compared ignoring case)`,
      });
      continue;
    }
    firstLineOfId.set(key, line);
    for (const field of TEXT_FIELDS) {
      const value = values[field]?.trim();
      if (value && FORMULA_LIKE.test(value)) {
        result.flagged.push({
          ...at,
          code: 'formula-like',
          message: `${field} "${value.slice(0, 40)}" starts like a formula; kept as text`,
        });
      }
    }
    if (outcome.townFromCoordinates) result.flagged.push({ ...at, code: 'town-from-coordinates', message: outcome.townFromCoordinates });
    if (outcome.placedFromTown) result.placedFromTown++;
    result.records.push(record);
    result.lines.push(line);
  }
  checkAccounted(result);
  return result;
}

/** Rows in = rows written + rows rejected + rows left out; anything else is a bug, and nothing is written. */
export function checkAccounted(r: CsvImportResult): void {
  const out = r.records.length + r.errors.length + r.leftOut.length;
  if (out !== r.rowsIn) {
    throw new Error(
      `importer bug: ${r.rowsIn} rows in but ${r.records.length} written + ${r.errors.length} rejected + ${r.leftOut.length} left out = ${out}`,
    );
  }
}
