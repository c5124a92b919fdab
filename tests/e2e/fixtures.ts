/**
 * The fixtures every spec shares (import `test` and `expect` from here, not
 * from @playwright/test):
 * - `openPage(path)` loads a page and waits until it is ready for a reader:
 *   each island hydrated (islands start when scrolled into view, so each is
 *   brought into view in turn) and the web fonts ready. Never a fixed sleep,
 *   never "network idle".
 * - `tabTo(locator)` moves focus with Tab only, as a keyboard user does.
 * - `axe()` runs axe with the WCAG 2.2 AA rules on the page (or a part of it).
 */
import { test as base, expect, type Locator, type Page, type Response } from '@playwright/test';
import { expectNoAxeViolations, type AxeScope } from './helpers.ts';

interface Fixtures {
  openPage: (path: string) => Promise<Response | null>;
  tabTo: (target: Locator, maxPresses?: number) => Promise<void>;
  axe: (scope?: AxeScope & { page?: Page }) => Promise<void>;
}

/** Brings every island into view, one at a time, and waits until it has hydrated (Astro then drops its `ssr` attribute). */
export async function hydrateIslands(page: Page): Promise<void> {
  const waiting = () => page.locator('astro-island[ssr]').count();
  for (let left = await waiting(); left > 0; left = await waiting()) {
    // An island is `display: contents`: scroll its first element, which is what client:visible watches.
    // (Found in the page, not through a locator: the island may hydrate in between.)
    await page.evaluate(() =>
      document.querySelector('astro-island[ssr]')?.firstElementChild?.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
    await expect.poll(waiting, { message: 'an island never hydrated', timeout: 15_000 }).toBeLessThan(left);
  }
}

export const test = base.extend<Fixtures>({
  openPage: async ({ page, javaScriptEnabled }, use) => {
    await use(async (path) => {
      const response = await page.goto(path);
      if (javaScriptEnabled) await hydrateIslands(page);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      return response;
    });
  },

  tabTo: async ({ page }, use) => {
    await use(async (target, maxPresses = 150) => {
      for (let i = 0; i < maxPresses; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target, `Tab never reached it in ${maxPresses} presses`).toBeFocused({ timeout: 1 });
    });
  },

  axe: async ({ page }, use) => {
    await use(({ page: other, ...scope } = {}) => expectNoAxeViolations(other ?? page, scope));
  },
});

export { expect };
export type { Locator, Page } from '@playwright/test';
