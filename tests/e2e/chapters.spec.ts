import { expect, test } from '@playwright/test';
import { builtPages } from './helpers.ts';

/**
 * Every chapter is real guidance, not a stub: at least 400 words of its own
 * text (widgets such as quizzes and the toolkit catalogue not counted), and
 * at least one figure that teaches, with a caption and an accessible name.
 */
const chapters = builtPages().filter((p) => /^\/book\/[^/]+\/$/.test(p));

test('the book has at least 15 chapters', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(15);
});

for (const path of chapters) {
  test(`chapter ${path}: 400+ words of guidance and a captioned, labelled figure`, async ({ page }) => {
    await page.goto(path);
    const words = await page.locator('[data-pagefind-body]').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-pagefind-ignore], figure, script, style').forEach((el) => el.remove());
      return (copy.textContent ?? '').split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
    });
    expect(words, `words of guidance on ${path}`).toBeGreaterThanOrEqual(400);

    const figures = page.locator('[data-pagefind-body] figure');
    expect(await figures.count(), `figures on ${path}`).toBeGreaterThanOrEqual(1);
    await expect(figures.first().locator('figcaption')).not.toBeEmpty();
    const images = page.locator('[data-pagefind-body] figure svg[role="img"]');
    const names = await images.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return (svg.getAttribute('aria-label') ?? ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).trim();
      }),
    );
    expect(names.length, `labelled diagrams on ${path}`).toBeGreaterThanOrEqual(1);
    for (const name of names) expect(name.length, 'a diagram without an accessible name').toBeGreaterThan(3);
  });
}
