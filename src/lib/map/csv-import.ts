/**
 * Turns a national support service's spreadsheet export (CSV) into ambassador
 * records. Accepts the header spellings people actually use, `;` or `,`
 * separators, UTF-8 with or without BOM, and decimal commas. Every rejected
 * row is reported with its line number and reason; nothing is dropped silently.
 */
import Papa from 'papaparse';
import { COUNTRIES, countryByCode } from '../countries.ts';
import { ambassadorSchema, type Ambassador } from './schema.ts';
import { FIELD_ALIASES, NOT_PUBLISHED, REQUIRED_FIELDS, headerKey, listValue, type Field } from './csv-vocab.ts';

export interface RowError {
  /** 1-based line in the file where the row starts. */
  line: number;
  id?: string;
  reason: string;
}

export interface CsvImportResult {
  records: Ambassador[];
  /** The line each record came from, parallel to `records`. */
  lines: number[];
  errors: RowError[];
  /** Things that did not reject a row but the user should know (ignored columns). */
  warnings: string[];
  delimiter: ';' | ',';
}

/** A problem with the whole file (no header, a required column missing). */
export class CsvFileError extends Error {}

function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const countryByName = new Map(COUNTRIES.map((c) => [headerKey(c.name), c.code]));

function toNumber(raw: string): number {
  // "40,4168" from a spreadsheet using a decimal comma.
  const s = raw.trim().replace(',', '.');
  return s === '' ? NaN : Number(s);
}

interface ParsedRow {
  line: number;
  cells: string[];
}

function parseRows(text: string, delimiter: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      const end = result.meta.cursor;
      rows.push({ line, cells: result.data });
      // Count the newlines this row used (quoted cells can span lines).
      for (let i = start; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return rows;
}

/** Maps each column index to a record field, or reports a missing required column. */
function mapHeader(cells: string[], warnings: string[]): Map<number, Field> {
  const columns = new Map<number, Field>();
  const taken = new Set<Field>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!key) return;
    const field = (Object.keys(FIELD_ALIASES) as Field[]).find((f) => FIELD_ALIASES[f].includes(key));
    if (field && !taken.has(field)) {
      columns.set(i, field);
      taken.add(field);
    } else if (NOT_PUBLISHED.includes(key)) {
      warnings.push(`column "${cell.trim()}" ignored: contact details are never published on the map`);
    } else {
      warnings.push(`column "${cell.trim()}" ignored: not an ambassador field`);
    }
  });
  const missing = REQUIRED_FIELDS.filter((f) => !taken.has(f));
  if (missing.length) {
    throw new CsvFileError(`no column for ${missing.map((f) => `"${f}" (accepted headers: ${FIELD_ALIASES[f].join(', ')})`).join('; ')}`);
  }
  return columns;
}

/** The first reason a row is rejected, in the words the import report uses. */
function rowReason(values: Partial<Record<Field, string>>): string | undefined {
  for (const f of REQUIRED_FIELDS) if (!values[f]?.trim()) return `missing field "${f}"`;
  const country = values.country!.trim();
  if (!countryByCode(country) && !countryByName.has(headerKey(country))) {
    return `unknown country "${country}": not an eTwinning or eTwinning Plus country`;
  }
  const lat = toNumber(values.lat!);
  const lon = toNumber(values.lon!);
  if (Number.isNaN(lat) || Number.isNaN(lon)) return `coordinates are not numbers (lat "${values.lat}", lon "${values.lon}")`;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return `coordinates out of range (lat ${lat}, lon ${lon})`;
  return undefined;
}

function toInput(values: Partial<Record<Field, string>>) {
  const country = values.country!.trim();
  return {
    id: values.id!.trim(),
    name: values.name!,
    kind: listValue(values.kind!, 'kind')[0] ?? '',
    country: countryByCode(country)?.code ?? countryByName.get(headerKey(country)) ?? country,
    region: values.region ?? '',
    town: values.town!,
    lat: toNumber(values.lat!),
    lon: toNumber(values.lon!),
    languages: listValue(values.languages!, 'languages'),
    subjects: listValue(values.subjects ?? '', 'subjects'),
    levels: listValue(values.levels!, 'levels'),
    support: listValue(values.support!, 'support'),
    since: Number(values.since?.trim()),
    profile: values.profile!.trim(),
    ...(values.note?.trim() ? { note: values.note } : {}),
  };
}

export function importAmbassadorCsv(input: string): CsvImportResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.split('\n').find((l) => l.trim() !== '');
  if (!firstLine) throw new CsvFileError('the file is empty');
  const delimiter = detectDelimiter(firstLine);
  const rows = parseRows(text, delimiter).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = rows;
  const warnings: string[] = [];
  const columns = mapHeader(header!.cells, warnings);
  const result: CsvImportResult = { records: [], lines: [], errors: [], warnings, delimiter };
  const firstLineOfId = new Map<string, number>();

  for (const { line, cells } of body) {
    if (cells.length > header!.cells.length) {
      result.errors.push({
        line,
        reason: `${cells.length} cells but the header has ${header!.cells.length} (a separator inside an unquoted cell?)`,
      });
      continue;
    }
    const values: Partial<Record<Field, string>> = {};
    columns.forEach((field, i) => (values[field] = cells[i] ?? ''));
    const id = values.id?.trim() || undefined;
    const reason = rowReason(values);
    if (reason) {
      result.errors.push({ line, ...(id ? { id } : {}), reason });
      continue;
    }
    const parsed = ambassadorSchema.safeParse(toInput(values));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'row'} ${i.message}`).join('; ');
      result.errors.push({ line, ...(id ? { id } : {}), reason: `invalid value: ${issues}` });
      continue;
    }
    const first = firstLineOfId.get(parsed.data.id);
    if (first !== undefined) {
      result.errors.push({ line, id: parsed.data.id, reason: `duplicate id "${parsed.data.id}" (first used on line ${first})` });
      continue;
    }
    firstLineOfId.set(parsed.data.id, line);
    result.records.push(parsed.data);
    result.lines.push(line);
  }
  return result;
}
