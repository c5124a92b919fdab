import { describe, expect, it } from 'vitest';
import { chapterHref, neighbours, readingMinutes, sortChapters, type ChapterLike } from '../../src/lib/book.ts';

const ch = (id: string, part: ChapterLike['data']['part'], order: number): ChapterLike => ({ id, data: { part, order, title: id } });

describe('reading order', () => {
  const shuffled = [
    ch('models', 'handbook', 1),
    ch('recognition', 'getting-started', 6),
    ch('welcome', 'discover', 1),
    ch('register', 'getting-started', 1),
    ch('help', 'discover', 3),
  ];

  it('sorts by part, then by order inside the part', () => {
    expect(sortChapters(shuffled).map((c) => c.id)).toEqual(['welcome', 'help', 'register', 'recognition', 'models']);
  });

  it('gives previous and next, and nothing past either end', () => {
    const sorted = sortChapters(shuffled);
    expect(neighbours(sorted, 'welcome').prev).toBeUndefined();
    expect(neighbours(sorted, 'welcome').next?.id).toBe('help');
    expect(neighbours(sorted, 'register').prev?.id).toBe('help');
    expect(neighbours(sorted, 'models').next).toBeUndefined();
    expect(neighbours(sorted, 'missing')).toEqual({ prev: undefined, next: undefined });
  });

  it('builds chapter URLs under /book/', () => {
    expect(chapterHref('getting-help')).toBe('/book/getting-help/');
  });
});

describe('reading time', () => {
  it('rounds words at 200 a minute and never says 0 minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('word '.repeat(1100))).toBe(6);
  });
});
