/**
 * Build-time check of the links in quiz data: every /book/<slug>/#<heading>
 * must name a chapter that exists and a heading of it. A broken link stops
 * the build naming the quiz file, the question id and the missing target.
 * Returns a readable label for each link ("Recognition – Conditions").
 */
import { getCollection, render } from 'astro:content';
import { describeMissingLinks, findMissingLinks, parseBookLink } from '../lib/quiz/links.ts';

export async function assertQuizLinks(file: string, items: readonly { id: string; link: string }[]): Promise<Map<string, string>> {
  const slugs = new Set(items.map((i) => parseBookLink(i.link)?.slug));
  const chapters = await Promise.all(
    (await getCollection('chapters'))
      .filter((c) => slugs.has(c.id))
      .map(async (c) => ({ id: c.id, title: c.data.title, headings: (await render(c)).headings.filter((h) => h.depth <= 3) })),
  );
  const missing = findMissingLinks(
    items,
    chapters.map((c) => ({ id: c.id, headings: c.headings.map((h) => h.slug) })),
  );
  if (missing.length) throw new Error(describeMissingLinks(file, missing));

  const labels = new Map<string, string>();
  for (const { link } of items) {
    const target = parseBookLink(link);
    const chapter = chapters.find((c) => c.id === target?.slug);
    const heading = chapter?.headings.find((h) => h.slug === target?.heading);
    if (chapter) labels.set(link, heading ? `${chapter.title} – ${heading.text}` : chapter.title);
  }
  return labels;
}
