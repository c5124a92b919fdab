import { getCollection, render } from 'astro:content';

/**
 * Chapter titles and section headings, so reference pages can check a link
 * from data and say where it leads ("Read more in Recognition: The European
 * Quality Label"); see checkChapterLink in src/lib/chapter-links.ts.
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
