/**
 * The import report, readable for 5,000 rows with hundreds of problems: one
 * summary line, the count for each reason, then the lines grouped by reason
 * (at most `limit` of each on screen; --report writes them all as a CSV the
 * coordinator can open next to the export).
 */
import type { CsvImportResult } from '../csv-import.ts';
import { FLAGGED, LEFT_OUT, REJECTED } from './reasons.ts';

interface Entry {
  outcome: 'rejected' | 'left out' | 'flagged';
  line: number;
  id?: string;
  code: string;
  message: string;
}

const LABELS: Record<string, string> = { ...REJECTED, ...LEFT_OUT, ...FLAGGED };
const n = (x: number) => x.toLocaleString('en-GB');

function entries(r: CsvImportResult): Entry[] {
  return [
    ...r.errors.map((e) => ({
      outcome: 'rejected' as const,
      line: e.line,
      ...(e.id ? { id: e.id } : {}),
      code: e.code,
      message: e.reason,
    })),
    ...r.leftOut.map((e) => ({ outcome: 'left out' as const, ...e })),
    ...r.flagged.map((e) => ({ outcome: 'flagged' as const, ...e })),
  ];
}

export function summaryLine(file: string, r: CsvImportResult): string {
  const parts = [`${n(r.records.length)} written`, `${n(r.errors.length)} rejected`];
  if (r.leftOut.length) parts.push(`${n(r.leftOut.length)} left out (no consent to be listed)`);
  const extra = [`${n(r.placedFromTown)} placed from their town name`];
  if (r.flagged.length) extra.push(`${n(r.flagged.length)} flag(s) on written rows`);
  return `${file}: ${n(r.rowsIn)} row(s): ${parts.join(', ')}; ${extra.join('; ')}.`;
}

/** The report as lines of text: counts by reason, then the lines of each reason. */
export function formatReport(file: string, r: CsvImportResult, limit = 20): string[] {
  const all = entries(r);
  const out: string[] = [];
  const groups = new Map<string, Entry[]>();
  for (const e of all) {
    const key = `${e.outcome}\t${e.code}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  for (const outcome of ['rejected', 'left out', 'flagged'] as const) {
    const mine = [...groups].filter(([k]) => k.startsWith(`${outcome}\t`)).sort((a, b) => b[1].length - a[1].length);
    if (!mine.length) continue;
    out.push(`${outcome === 'flagged' ? 'Flagged (written)' : outcome === 'rejected' ? 'Rejected' : 'Left out'}, by reason:`);
    for (const [, list] of mine) out.push(`  ${n(list.length).padStart(7)}  ${LABELS[list[0]!.code] ?? list[0]!.code} [${list[0]!.code}]`);
  }
  for (const [key, list] of groups) {
    const [outcome, code] = key.split('\t');
    out.push('', `${outcome} — ${code} (${n(list.length)}):`);
    for (const e of list.slice(0, limit)) out.push(`  ${file}:${e.line}${e.id ? ` (id ${e.id})` : ''}: ${e.message}`);
    if (list.length > limit) out.push(`  … and ${n(list.length - limit)} more (--report <file.csv> lists every line)`);
  }
  return out;
}

/** A cell a spreadsheet will not run as a formula when the report is opened. */
function csvCell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every line of the report as CSV (UTF-8 with BOM, so Excel reads the accents), sorted by line. */
export function reportCsv(r: CsvImportResult): string {
  const rows = entries(r).sort((a, b) => a.line - b.line);
  const lines = [['line', 'id', 'outcome', 'reason', 'message'].map(csvCell).join(',')];
  for (const e of rows) lines.push([e.line, e.id, e.outcome, e.code, e.message].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
