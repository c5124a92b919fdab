/**
 * An Excel workbook (.xlsx) → the same rows a CSV gives, read with
 * read-excel-file. Line numbers are the spreadsheet's row numbers, so a
 * report points at the row the coordinator sees. Cells become text the way
 * they are shown: numbers as numbers, TRUE/FALSE, dates as YYYY-MM-DD.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { SourceRow, Table } from './table.ts';

export class WorkbookError extends Error {}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  throw new WorkbookError(`a cell holds something the importer cannot read (${typeof value})`);
}

/** Reads the first sheet, or the sheet named `sheet`. */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<Table> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    // A copy: a Buffer from readFileSync may be a view on a larger shared pool.
    sheets = await readXlsxFile(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new WorkbookError(`not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) throw new WorkbookError(`no sheet named "${sheet}" (the workbook has ${sheets.map((s) => `"${s.sheet}"`).join(', ')})`);
  const rows: SourceRow[] = [];
  chosen.data.forEach((cells, i) => {
    const text = cells.map(cellText);
    if (text.some((c) => c.trim() !== '')) rows.push({ line: i + 1, endLine: i + 1, cells: text });
  });
  return { rows, delimiter: 'sheet' };
}
