import { READING_KEY, READING_VERSION } from '../../src/lib/reading-position.ts';
import { expect, test } from './fixtures.ts';

/**
 * "Continue reading" (src/client/reading-position.ts) with a position stored
 * for a chapter the book no longer has (renamed or removed since): no link to
 * the 404 page is offered; a chapter that exists still is.
 */
test('a saved position for a renamed chapter offers no link; a live chapter does', async ({ page, openPage }) => {
  const save = (slug: string) =>
    page.evaluate(
      ([key, v, s]) => localStorage.setItem(key as string, JSON.stringify({ v, data: { slug: s, title: 'Old title', at: 1 } })),
      [READING_KEY, READING_VERSION, slug] as const,
    );
  const heads: string[] = [];
  page.on('request', (r) => r.method() === 'HEAD' && heads.push(new URL(r.url()).pathname));
  await openPage('/');
  await save('a-chapter-since-renamed');
  for (const path of ['/', '/contents/']) {
    await openPage(path);
    // Settled: the check (a HEAD request, as no link on the page names that chapter) has answered.
    await expect.poll(() => heads.filter((h) => h === '/book/a-chapter-since-renamed/').length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-continue]')).toBeHidden();
  }
  await save('getting-help');
  await openPage('/');
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', '/book/getting-help/');
});

test('a chapter opened at a heading records it without measuring the page', async ({ page, openPage }) => {
  await openPage('/book/getting-help/');
  const id = await page.locator('article h2[id]').nth(1).getAttribute('id');
  await page.goto('about:blank');
  await openPage(`/book/getting-help/#${id}`);
  const stored = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { heading?: string } },
    READING_KEY,
  );
  expect(stored.data?.heading).toBe(id);
});
