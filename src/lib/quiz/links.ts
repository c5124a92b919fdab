/**
 * Every quiz question links to the chapter section that teaches its answer.
 * This finds links whose chapter or heading does not exist, so the build can
 * stop and name the question (see src/collections/quiz-links.ts).
 */
export interface ChapterHeadings {
  id: string;
  /** Heading ids (slugs) of the chapter's ## and ### headings. */
  headings: readonly string[];
}

export interface MissingLink {
  questionId: string;
  link: string;
  problem: string;
}

export function parseBookLink(link: string): { slug: string; heading?: string } | undefined {
  const m = /^\/book\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(link);
  if (!m) return undefined;
  return m[2] ? { slug: m[1] as string, heading: m[2] } : { slug: m[1] as string };
}

export function findMissingLinks(items: readonly { id: string; link: string }[], chapters: readonly ChapterHeadings[]): MissingLink[] {
  const missing: MissingLink[] = [];
  for (const { id, link } of items) {
    const target = parseBookLink(link);
    const chapter = target && chapters.find((c) => c.id === target.slug);
    if (!target) missing.push({ questionId: id, link, problem: 'is not a /book/<slug>/#<heading> link' });
    else if (!chapter) missing.push({ questionId: id, link, problem: `chapter "${target.slug}" does not exist` });
    else if (target.heading && !chapter.headings.includes(target.heading))
      missing.push({ questionId: id, link, problem: `chapter "${target.slug}" has no heading with id "${target.heading}"` });
  }
  return missing;
}

export function describeMissingLinks(file: string, missing: readonly MissingLink[]): string {
  return `${file}: ${missing.length} quiz link(s) point nowhere:\n${missing.map((m) => `  - ${m.questionId}: ${m.link} ${m.problem}`).join('\n')}`;
}
