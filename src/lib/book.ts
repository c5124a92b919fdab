/**
 * The book's structure. Chapters say which part they belong to in their
 * frontmatter; the parts themselves (titles, order) live here so the table of
 * contents, breadcrumbs and search filters agree.
 */
export const PARTS = [
  { id: 'discover', number: 1, title: 'Discover eTwinning' },
  { id: 'getting-started', number: 2, title: 'Getting started' },
  { id: 'ambassadors', number: 3, title: 'Ambassadors' },
  { id: 'handbook', number: 4, title: 'The Ambassador Handbook' },
] as const;

export type PartId = (typeof PARTS)[number]['id'];
export const PART_IDS = PARTS.map((p) => p.id) as [PartId, ...PartId[]];

export const AUDIENCES = [
  { id: 'new-etwinner', label: 'New eTwinner' },
  { id: 'ambassador', label: 'Ambassador' },
  { id: 'teacher', label: 'Teacher' },
] as const;
export type AudienceId = (typeof AUDIENCES)[number]['id'];
export const AUDIENCE_IDS = AUDIENCES.map((a) => a.id) as [AudienceId, ...AudienceId[]];

/** The editorial sources in ../shared/sources, by short id (see /sources/). */
export const SOURCE_IDS = ['ebook', 'faq-es', 'mentorship', 'esep-guide', 'overview'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export function partById(id: PartId) {
  const part = PARTS.find((p) => p.id === id);
  if (!part) throw new Error(`Unknown part "${id}"`);
  return part;
}

export interface ChapterLike {
  id: string;
  data: { part: PartId; order: number; title: string };
}

/** Reading order: by part, then by the chapter's order within its part. */
export function sortChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  const partIndex = (id: PartId) => PARTS.findIndex((p) => p.id === id);
  return [...chapters].sort(
    (a, b) => partIndex(a.data.part) - partIndex(b.data.part) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

export function chapterHref(id: string): string {
  return `/book/${id}/`;
}

/** Previous and next chapter in reading order, or undefined at either end. */
export function neighbours<T extends ChapterLike>(sorted: readonly T[], id: string) {
  const i = sorted.findIndex((c) => c.id === id);
  return { prev: i > 0 ? sorted[i - 1] : undefined, next: i >= 0 ? sorted[i + 1] : undefined };
}

/** Words per minute for an adult reading guidance text on screen. */
const WORDS_PER_MINUTE = 200;
export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
