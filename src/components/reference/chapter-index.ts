import { getCollection, render } from 'astro:content';

/**
 * Chapter titles and section headings, so reference pages can say where a
 * link leads ("Read more in Recognition: The European Quality Label").
 * Chapters that have not been written yet are simply absent: the page then
 * shows a plain label, and the built-site link test reports the dead link.
 */
export interface ChapterTarget {
  title: string;
  headings: Map<string, string>;
}

let index: Promise<Map<string, ChapterTarget>> | undefined;

export function chapterIndex(): Promise<Map<string, ChapterTarget>> {
  index ??= (async () => {
    const map = new Map<string, ChapterTarget>();
    for (const chapter of await getCollection('chapters')) {
      const { headings } = await render(chapter);
      map.set(chapter.id, { title: chapter.data.title, headings: new Map(headings.map((h) => [h.slug, h.text])) });
    }
    return map;
  })();
  return index;
}

/** "Recognition" or "Recognition: The European Quality Label" for /book/recognition/#the-european-quality-label. */
export function describeTarget(targets: Map<string, ChapterTarget>, href: string): string {
  const m = /^\/book\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(href);
  const chapter = m?.[1] ? targets.get(m[1]) : undefined;
  if (!m || !chapter) return 'the chapter on this subject';
  const section = m[2] ? chapter.headings.get(m[2]) : undefined;
  return section ? `${chapter.title}: ${section}` : chapter.title;
}
