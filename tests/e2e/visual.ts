/**
 * Shared by the visual and layout specs: the two screen sizes and two themes the book is checked at,
 * the page types, and a way to make web fonts deterministic in a test.
 */
import type { Page } from '@playwright/test';
import { DECKS } from './data.ts';

export const SCREENS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export const THEMES = ['light', 'dark'] as const;

/** One page of each kind a reader meets (the layout and CLS checks visit each). */
export const PAGE_TYPES: Record<string, string> = {
  cover: '/',
  contents: '/contents/',
  chapter: '/book/getting-help/',
  'chapter with figures': '/book/facts-and-figures/',
  'knowledge quiz': '/book/knowledge-quiz/',
  'self-assessment': '/book/self-assessment-quiz/',
  toolkit: '/book/toolkit/',
  'deck viewer': `/toolkit/${DECKS[0]!.id}/`,
  handout: `/toolkit/${DECKS[0]!.id}/handout/`,
  map: '/map/',
  faq: '/faq/',
  glossary: '/glossary/',
  quizzes: '/quizzes/',
  sources: '/sources/',
  'not found': '/404.html',
};

/**
 * The book's fonts use font-display: optional (no layout shift; a font that arrives late waits for
 * the next page), so whether a test page shows them depends on the machine's speed. For screenshots,
 * the same faces are declared again with font-display: block and waited for, so every run draws
 * the book's own fonts.
 */
export async function useBookFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const rules: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSFontFaceRule) rules.push(rule.cssText.replace(/font-display:\s*optional/, 'font-display: block'));
      }
    }
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.append(style);
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
    await document.fonts.ready;
  });
}
