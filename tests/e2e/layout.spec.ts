import type { Page } from '@playwright/test';
import { expect, hydrateIslands, test } from './fixtures.ts';
import { PAGE_TYPES, SCREENS } from './visual.ts';
import { turnToMap } from './map-fixtures.ts';

/**
 * Layout a reader would notice, on one page of each type: a one-row phone header, nothing wider
 * than the screen, nothing scrolling on past the footer, and no layout shift while the page loads
 * (fonts, the page script, islands). Plus the navigation: the phone menu, the book sidebar, and
 * "On this page" at the top of a chapter on a phone. (Axe in the dark theme: at the end.)
 */

/** Cumulative layout shift so far, as Chromium reports it (shifts just after input do not count). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; two frames later all have been seen.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

for (const [screen, viewport] of Object.entries(SCREENS)) {
  test.describe(`${screen} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} (${path}): no layout shift, nothing wider than the screen, nothing after the footer`, async ({ page }) => {
        // Loaded as Lighthouse loads it: no scrolling, so islands below the first screen wait.
        await page.goto(path);
        await page.waitForLoadState('load');
        await page.evaluate(() => document.fonts.ready);
        // The map: measured through Leaflet taking over the first view, when the reader turns to it.
        if (type === 'map') {
          await turnToMap(page);
          await expect(page.locator('.amb-leaflet[data-drawn]')).toBeAttached({ timeout: 30_000 });
        }
        // Below 0.005 rather than 0: on a loaded two-core machine Chromium paints half-parsed pages, and a
        // few pixels of a small box moving scores about 0.001; anything a reader would see is far above.
        expect(await layoutShift(page), 'cumulative layout shift while the page loads').toBeLessThan(0.005);
        // Then every island hydrated, as a reader who scrolls through finds the page.
        await hydrateIslands(page);

        const header = await page.locator('.site-header').boundingBox();
        if (screen === 'phone') {
          expect(header!.height, 'phone header height').toBeGreaterThanOrEqual(56);
          expect(header!.height, 'phone header height').toBeLessThanOrEqual(64);
        }
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((el) => {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= width + 1) return false;
            // Inside a scrolling box (a wide table, the A–Z strip) is fine: the box itself fits.
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return false;
            }
            return true;
          });
          return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 3).map((el) => el.outerHTML.slice(0, 90)) };
        });
        expect(overflow.wide, 'elements wider than the screen').toEqual([]);
        expect(overflow.scroll, 'horizontal scroll').toBeLessThanOrEqual(0);
        const beyondFooter = await page.evaluate(() => {
          const footer = document.querySelector('.site-footer')!.getBoundingClientRect();
          return document.documentElement.scrollHeight - (footer.bottom + scrollY);
        });
        expect(beyondFooter, 'scroll height past the footer').toBeLessThanOrEqual(1);
      });
    }
  });
}

/** Islands whose first screen is not the server's HTML: the quizzes fold their no-JavaScript form. */
const STARTING_ISLANDS = { 'knowledge quiz': '.knowledge-quiz', 'self-assessment': '.sa' } as const;

for (const [screen, viewport] of Object.entries(SCREENS)) {
  test.describe(`${screen} ${viewport.width}×${viewport.height}, scrolling`, () => {
    test.use({ viewport });
    for (const [type, island] of Object.entries(STARTING_ISLANDS)) {
      test(`${type}: scrolling down to it, nothing moves as it starts`, async ({ page }) => {
        await page.goto(PAGE_TYPES[type]!);
        await page.waitForLoadState('load');
        // A reader reading on: half a screen every quarter second until the quiz fills the screen
        // (scrolling is not input: a shift it brings into view counts).
        await page.evaluate(async (selector) => {
          const top = () => document.querySelector(selector)!.getBoundingClientRect().top;
          while (top() > 0 && scrollY + innerHeight < document.documentElement.scrollHeight) {
            scrollBy(0, innerHeight / 2);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }, island);
        await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
        expect(await layoutShift(page), 'cumulative layout shift while scrolling to the quiz').toBeLessThan(0.005);
      });
    }
  });
}

test.describe('phone navigation', () => {
  test.use({ viewport: SCREENS.phone });

  test('the menu button opens the navigation as a disclosure; Escape closes it and returns focus', async ({ page, openPage, tabTo }) => {
    await openPage(PAGE_TYPES['chapter']!);
    const button = page.locator('.site-menu > summary');
    await expect(page.locator('.main-nav')).toBeHidden();
    await expect(button).toHaveAccessibleName('Menu');
    await expect(page.locator('.menu-panel')).toBeHidden();
    await tabTo(button);
    await page.keyboard.press('Enter');
    const panel = page.locator('.menu-panel');
    await expect(panel.getByRole('link', { name: 'Find an ambassador' })).toBeVisible();
    // The book's chapters are there too, the current one marked.
    await expect(panel.locator('a[aria-current="page"]')).toHaveAttribute('href', PAGE_TYPES['chapter']!);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
    // Search and theme stay one tap away, in the header row.
    for (const control of ['[data-search-open]', '[data-theme-toggle]']) await expect(page.locator(control)).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the menu still opens, and the header keeps its height', async ({ page }) => {
      await page.goto(PAGE_TYPES['cover']!);
      expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
      await page.locator('.site-menu > summary').click();
      await page.locator('.menu-panel').getByRole('link', { name: 'Glossary' }).click();
      await expect(page).toHaveURL(/\/glossary\/$/);
    });
  });

  test('"On this page" comes before the chapter text, folded', async ({ page, openPage }) => {
    await openPage(PAGE_TYPES['chapter']!);
    const toc = page.locator('.chapter-toc-folded');
    await expect(toc).toBeVisible();
    await expect(toc.locator('a').first()).toBeHidden();
    const tocTop = (await toc.boundingBox())!.y;
    const textTop = (await page.locator('[data-pagefind-body] h2').first().boundingBox())!.y;
    expect(tocTop).toBeLessThan(textTop);
    await toc.locator('summary').click();
    await toc.locator('a').first().click();
    await expect(page).toHaveURL(/#/);
  });
});

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1366, height: 800 } });
  test('the book sidebar marks the current chapter, opens its part and folds the others', async ({ page, openPage }) => {
    await openPage(PAGE_TYPES['chapter']!);
    const sidebar = page.locator('.book-sidebar');
    await expect(sidebar).toBeVisible();
    const current = sidebar.locator('a[aria-current="page"]');
    await expect(current).toHaveAttribute('href', PAGE_TYPES['chapter']!);
    await expect(current).toBeVisible();
    const parts = sidebar.locator('details');
    const open = await parts.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
    expect(open.filter(Boolean)).toHaveLength(1);
    // A folded part opens on a click and shows its chapters.
    const closed = parts.nth(open.indexOf(false));
    await closed.locator('summary').click();
    await expect(closed.locator('a').first()).toBeVisible();
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`axe finds nothing on the ${type} page in the dark theme`, async ({ page, openPage, axe }) => {
      await openPage(path);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await axe();
    });
  }
});
