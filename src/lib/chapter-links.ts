/**
 * Checks a "read more" link from data (an FAQ answer, a quiz explanation) to a
 * chapter section at build time, so a renamed heading or a mistyped slug stops
 * the build with the entry's name instead of shipping a dead link.
 */
export interface ChapterSections {
  title: string;
  /** Heading slug → heading text. */
  headings: ReadonlyMap<string, string>;
}

/** Chapters planned for the book but possibly not written yet (docs: chapter conventions). */
export const PLANNED_CHAPTERS = [
  'welcome',
  'what-is-etwinning',
  'getting-help',
  'registering-and-validation',
  'finding-partners',
  'creating-a-project',
  'communicating',
  'growing-as-a-teacher',
  'recognition',
  'meet-the-ambassadors',
  'ambassadors-and-you',
  'find-an-ambassador',
  'ambassador-models',
  'toolkit',
  'facts-and-figures',
  'knowledge-quiz',
  'self-assessment-quiz',
] as const;

export type ChapterLink =
  | { status: 'ok'; href: string; label: string }
  /** A planned chapter that is not written yet: show the text without a link. */
  | { status: 'pending'; slug: string };

export function checkChapterLink(href: string, chapters: ReadonlyMap<string, ChapterSections>, origin: string): ChapterLink {
  const m = /^\/book\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(href);
  if (!m?.[1]) throw new Error(`${origin}: "${href}" is not a chapter link (/book/<slug>/ or /book/<slug>/#<heading>)`);
  const [, slug, heading] = m;
  const chapter = chapters.get(slug);
  if (!chapter) {
    if ((PLANNED_CHAPTERS as readonly string[]).includes(slug)) return { status: 'pending', slug };
    throw new Error(`${origin}: links to chapter "${slug}", which does not exist`);
  }
  if (!heading) return { status: 'ok', href, label: chapter.title };
  const section = chapter.headings.get(heading);
  if (!section) {
    throw new Error(`${origin}: chapter "${slug}" has no heading "#${heading}" (its headings: ${[...chapter.headings.keys()].join(', ')})`);
  }
  return { status: 'ok', href, label: `${chapter.title}: ${section}` };
}
