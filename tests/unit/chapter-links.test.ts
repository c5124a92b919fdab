import { describe, expect, it } from 'vitest';
import { checkChapterLink } from '../../src/lib/chapter-links.ts';

const chapters = new Map([['recognition', { title: 'Recognition', headings: new Map([['prizes', 'Prizes']]) }]]);
const origin = 'content/faq/recognition.yaml (question "prizes")';

describe('checking a chapter link from data', () => {
  it('labels a chapter or a section by its title', () => {
    expect(checkChapterLink('/book/recognition/', chapters, origin)).toEqual({
      status: 'ok',
      href: '/book/recognition/',
      label: 'Recognition',
    });
    expect(checkChapterLink('/book/recognition/#prizes', chapters, origin)).toMatchObject({ label: 'Recognition: Prizes' });
  });

  it('fails naming the question when the heading is missing', () => {
    expect(() => checkChapterLink('/book/recognition/#awards', chapters, origin)).toThrow(
      'content/faq/recognition.yaml (question "prizes"): chapter "recognition" has no heading "#awards" (its headings: prizes)',
    );
  });

  it('fails on a chapter that is not in the book plan, and waits for a planned one', () => {
    expect(() => checkChapterLink('/book/recogniton/', chapters, origin)).toThrow(/question "prizes"\): links to chapter "recogniton"/);
    expect(checkChapterLink('/book/knowledge-quiz/', chapters, origin)).toEqual({ status: 'pending', slug: 'knowledge-quiz' });
  });

  it('rejects a link that is not a chapter link', () => {
    expect(() => checkChapterLink('/faq/', chapters, origin)).toThrow(/is not a chapter link/);
  });
});
