import { COUNTRIES, PEOPLE, peopleIn } from './data.ts';
import { ambassadorsOnMarkers, expect, map, test } from './map-fixtures.ts';

/**
 * The ambassador map as the build leaves it: the clusters made at build time
 * and the hand-over to the map's own index, the directory read without
 * JavaScript, and the size of the page. (The map in use: map.spec.ts.)
 */
/** Holds back the page's idle-time work until the test releases it with window.__runIdle(). */
function holdIdleWork() {
  const queue: IdleRequestCallback[] = [];
  const w = window as unknown as { requestIdleCallback: (fn: IdleRequestCallback) => number; __runIdle: () => void };
  w.requestIdleCallback = (fn) => queue.push(fn);
  w.__runIdle = () => queue.splice(0).forEach((fn) => fn({ didTimeout: false, timeRemaining: () => 50 }));
}

test('the map opens on clusters made at build time, then its own index takes over without moving a marker', async ({ page, openMap }) => {
  await page.addInitScript(holdIdleWork);
  await openMap();
  await expect(map(page)).toHaveAttribute('data-clusters', 'build-time');
  const inView = await ambassadorsOnMarkers(page);
  expect(inView).toBeGreaterThan(PEOPLE.length * 0.9);
  const labels = await page.locator('.amb-marker').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort());
  const focused = page.locator('.amb-marker').first();
  const label = (await focused.getAttribute('aria-label'))!;
  await focused.focus();

  await page.evaluate(() => (window as unknown as { __runIdle: () => void }).__runIdle());
  await expect(map(page)).toHaveAttribute('data-clusters', 'index');
  expect(await page.locator('.amb-marker').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort())).toEqual(labels);
  expect(await ambassadorsOnMarkers(page)).toBe(inView);
  // The very same element, so keyboard focus stays where it was.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
});

test('zooming in before the index is built builds it at once', async ({ page, openMap }) => {
  await page.addInitScript(holdIdleWork);
  await openMap();
  await expect(map(page)).toHaveAttribute('data-clusters', 'build-time');
  await map(page).focus();
  // One step at a time: Leaflet ignores "+" while a zoom is still animating.
  for (let zoom = Number(await map(page).getAttribute('data-zoom')); zoom <= 5;) {
    await page.keyboard.press('+');
    await expect(map(page)).not.toHaveAttribute('data-zoom', String(zoom));
    zoom = Number(await map(page).getAttribute('data-zoom'));
  }
  await expect(map(page)).toHaveAttribute('data-clusters', 'index');
  expect(Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThan(5);
  await expect(page.locator('.amb-marker').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map page lists every country with its number of ambassadors and links to its page', async ({ page }) => {
    await page.goto('/map/');
    await expect(page.getByText('The interactive map and its filters need JavaScript.')).toBeVisible();
    const countries = page.locator('.amb-directory-list > li');
    await expect(countries).toHaveCount(COUNTRIES.length);
    const counts = await page.locator('.amb-dir-count').allTextContents();
    const listed = counts.reduce((sum, text) => sum + (Number(text.replace(/[^\d]/g, '')) || 0), 0);
    expect(listed).toBe(PEOPLE.length);
    await expect(countries.filter({ hasText: 'Spain' })).toContainText(`(${peopleIn('ES').length} ambassadors)`);
    await page.locator('.amb-directory').getByRole('link', { name: 'Spain', exact: true }).click();
    await expect(page).toHaveURL(/\/map\/es\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambassadors in Spain');
    await expect(page.locator('.amb-entry')).toHaveCount(peopleIn('ES').length);
    await expect(page.locator('.amb-entry').filter({ hasText: 'Canary Islands' }).first()).toBeVisible();
    await expect(page.getByText("the National Support Organisation appointed by Spain's education ministry")).toBeVisible();
    await expect(page.getByRole('link', { name: 'See Spain on the map' })).toHaveAttribute('href', '/map/?country=ES');
  });
});

test('the page does not inline the data: the HTML stays small', async ({ request }) => {
  const html = await (await request.get('/map/')).text();
  expect(html.length).toBeLessThan(150_000);
  expect(html).not.toContain('"lat"');
});
