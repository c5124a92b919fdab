/**
 * A delimited text export → rows of cells, each with the line it starts and
 * ends on. The separator is Excel's `sep=` first line when there is one, else
 * whichever of ";", "," and tab the header uses most. Quote trouble is never
 * ignored: an unclosed quote stops the import (it would swallow every later
 * row), and a quoted cell that runs over lines which look like rows of their
 * own is reported, since that is how one person ends up inside another's note.
 */
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

export interface SourceRow {
  /** 1-based line in the file where the row starts, and where it ends (quoted newlines). */
  line: number;
  endLine: number;
  cells: string[];
  /** Set when the row's quotes are wrong; the importer rejects the row with it. */
  problem?: string;
}

export interface Table {
  rows: SourceRow[];
  /** "sheet" for a workbook. */
  delimiter: Delimiter | 'sheet';
}

/** A problem with the whole file, with the line it starts on. */
export class TableError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const SEP_LINE = /^"?sep=(.)"?[;,\t]*$/i;
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

/** Counts separators outside quotes, so "Sampleu; the second" does not vote for ";". */
function detectDelimiter(line: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function nameDelimiter(d: string): string {
  return d === '\t' ? 'tab' : `"${d}"`;
}

export function readDelimited(input: string): Table {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let firstLine = 1;
  let delimiter: Delimiter;
  const sep = SEP_LINE.exec(text.slice(0, text.indexOf('\n') >>> 0).trim());
  if (sep) {
    if (!DELIMITERS.includes(sep[1] as Delimiter))
      throw new TableError(1, `Excel's "sep=${sep[1]}" names a separator the importer does not read (use ";", "," or tab)`);
    delimiter = sep[1] as Delimiter;
    text = text.slice(text.indexOf('\n') + 1);
    firstLine = 2;
  } else {
    const header = text.split('\n').find((l) => l.trim() !== '');
    delimiter = detectDelimiter(header ?? '');
  }

  const rows: SourceRow[] = [];
  let line = firstLine;
  let start = 0;
  let width = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      const end = result.meta.cursor;
      let endLine = line;
      for (let i = start; i < end - 1 && i < text.length; i++) if (text.charCodeAt(i) === 10) endLine++;
      const cells = result.data;
      const row: SourceRow = { line, endLine, cells };
      const codes = new Set(result.errors.map((e) => e.code));
      if (codes.has('MissingQuotes')) {
        throw new TableError(
          line,
          `a quote (") opened in this row is never closed, so everything after it (lines ${line}–${line + (text.slice(start).match(/\n/g)?.length ?? 0)}) would be read as one cell; close or remove the quote and import again`,
        );
      }
      if (codes.has('InvalidQuotes')) row.problem = 'a quoted cell has text after its closing quote (a stray " inside a quoted cell?)';
      else if (width && endLine > line) {
        const merged = mergedRows(cells, delimiter, width, line, endLine);
        if (merged) row.problem = merged;
      }
      if (!width && cells.some((c) => c.trim() !== '')) width = cells.length;
      if (cells.some((c) => c.trim() !== '')) rows.push(row);
      // The cursor stops after the newline that ends the row.
      for (let i = start; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return { rows, delimiter };
}

/**
 * A quoted newline is fine in a town or a note ("Valletta\n(harbour)"); a quoted cell whose
 * later lines hold about as many separators as a row does is a quote closed on the wrong line.
 */
function mergedRows(cells: string[], delimiter: Delimiter, width: number, line: number, endLine: number): string | undefined {
  const threshold = Math.max(2, Math.floor((width - 1) / 2));
  const index = cells.findIndex((c) =>
    c
      .split('\n')
      .slice(1)
      .some((l) => l.split(delimiter).length - 1 >= threshold),
  );
  if (index < 0) return undefined;
  return `lines ${line}–${endLine} were read as one row: a quote opened in cell ${index + 1} on line ${line} only closes on line ${endLine}, and the lines in between look like rows of their own (separator ${nameDelimiter(delimiter)})`;
}

export { nameDelimiter };
