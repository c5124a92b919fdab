/** Stored shape of the reading position (`etw:reading`, version 1). */
export const READING_KEY = 'etw:reading';
export const READING_VERSION = 1;

export interface ReadingPosition {
  slug: string;
  title: string;
  heading?: string;
  headingText?: string;
  at: number;
}

const SLUG = /^[a-z0-9-]+$/;

export function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['slug'] === 'string' &&
    SLUG.test(v['slug']) &&
    typeof v['title'] === 'string' &&
    v['title'].length > 0 &&
    typeof v['at'] === 'number' &&
    (v['heading'] === undefined || (typeof v['heading'] === 'string' && /^[\w-]+$/.test(v['heading']))) &&
    (v['headingText'] === undefined || typeof v['headingText'] === 'string')
  );
}

/** Where "continue reading" leads: the chapter, at the heading the reader had passed. */
export function continueHref(position: ReadingPosition): string {
  return `/book/${encodeURIComponent(position.slug)}/${position.heading ? `#${encodeURIComponent(position.heading)}` : ''}`;
}

/**
 * The last of `count` headings (in document order) whose top is above `line`, found by halving,
 * so a long chapter measures about log2(count) headings instead of all of them. -1 if none.
 */
export function lastPassed(count: number, topOf: (index: number) => number, line: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (topOf(mid) < line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
