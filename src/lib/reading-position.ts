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
