/**
 * Every way a row can be left out of the published data, with the words the
 * report's summary uses. Codes are stable: they are the `reason` column of
 * the --report CSV, so a coordinator can sort and filter on them.
 */
export const REJECTED = {
  quotes: 'quotes that do not match (rows run together)',
  'too-many-cells': 'more cells than the header has',
  'missing-field': 'a required field is empty',
  'unknown-country': 'not an eTwinning or eTwinning Plus country',
  'bad-coordinates': 'coordinates that are not numbers, or only one of them',
  'coordinates-out-of-range': 'coordinates out of range',
  'no-place': 'neither a town nor coordinates',
  'unknown-town': 'a town not found in that country',
  'ambiguous-town': 'a town name shared by several towns in that country',
  'bad-link': 'a profile link that is not an allowed https address',
  'bad-year': 'a "since" that is not a four-digit year',
  'consent-unclear': 'a consent cell that is neither yes nor no',
  'invalid-value': 'a value the map cannot show',
  'duplicate-id': 'an id already used by an earlier row',
} as const;

/** Rows left out on purpose: counted and listed, but not errors. */
export const LEFT_OUT = {
  'not-listed': 'said no to being listed',
  'no-consent': 'no consent recorded (blank consent cell)',
} as const;

/** Rows written, with something the coordinator should look at. */
export const FLAGGED = {
  'formula-like': 'a cell that starts like a spreadsheet formula (=, +, -, @), kept as text',
  'town-from-coordinates': 'no town given: the nearest town to the coordinates was used',
} as const;

export type RejectCode = keyof typeof REJECTED;
export type LeftOutCode = keyof typeof LEFT_OUT;
export type FlagCode = keyof typeof FLAGGED;

export interface RowError {
  /** 1-based line where the row starts (the spreadsheet row for a workbook). */
  line: number;
  id?: string;
  code: RejectCode;
  reason: string;
}

export interface RowNote<C extends string> {
  line: number;
  id?: string;
  code: C;
  message: string;
}
