/**
 * The middle value (the upper one of an even count), robust to outliers such
 * as overseas regions in a country's positions or one slow run in a bench.
 * NaN for no values.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  // A typed array sorts numerically without a comparator, which is faster for thousands of values.
  return Float64Array.from(values).sort()[Math.floor(values.length / 2)]!;
}
