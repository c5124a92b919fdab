/**
 * The map specs' fixture and probes: `openMap(query)` opens /map/ and waits
 * until the markers for the current filters are drawn on the basemap.
 */
import { expect, test as base, type Page } from './fixtures.ts';

export const map = (page: Page) => page.locator('.amb-leaflet');
export const countLine = (page: Page) => page.locator('.amb-count[aria-live="polite"]');

/** How many ambassadors the markers in view stand for (a cluster shows its count). */
export async function ambassadorsOnMarkers(page: Page): Promise<number> {
  return page
    .locator('.amb-marker')
    .evaluateAll((els) => els.reduce((sum, el) => sum + (el.classList.contains('amb-marker-point') ? 1 : Number(el.textContent)), 0));
}

export const test = base.extend<{ openMap: (query?: string) => Promise<void> }>({
  openMap: async ({ page, openPage }, use) => {
    await use(async (query = '') => {
      await openPage(`/map/${query}`);
      await expect(page.locator('.amb-app[data-map-state="ready"]')).toBeVisible();
      await expect(map(page)).toHaveAttribute('data-drawn', query || '?');
      await expect(map(page)).toHaveAttribute('data-basemap', 'ready');
    });
  },
});

export { expect };
