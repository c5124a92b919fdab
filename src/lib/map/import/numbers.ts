/**
 * Numbers as spreadsheets write them: "40.4168", "40,4168" (a decimal comma),
 * "-3.7". Anything else — "0x0E", "1e3", "14°", "" — is not a number here,
 * because JavaScript's Number() would quietly read "0x0E" as 14.
 */
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

export function parseDecimal(raw: string): number | undefined {
  const s = raw.trim();
  return DECIMAL.test(s) ? Number(s.replace(',', '.')) : undefined;
}

const YEAR = /^\d{4}$/;

/** A four-digit year, as a since column holds it. */
export function parseYear(raw: string): number | undefined {
  const s = raw.trim();
  return YEAR.test(s) ? Number(s) : undefined;
}
