import { COUNTRIES, PEOPLE, peopleIn } from './data.ts';
import { ambassadorsOnMarkers, expect, map, mapTextContrasts, test, turnToMap } from './map-fixtures.ts';

/**
 * The ambassador map as the build leaves it: the first view drawn by the
 * server and Leaflet's take-over, the clusters made at build time and the
 * hand-over to the map's own index, the page without JavaScript, the layout
 * of the first screen, the contrast of every text on the map, and the size of
 * the page. (The map in use: map.spec.ts.)
 */
/** Holds back the page's idle-time work until the test releases it with window.__runIdle(). */
function holdIdleWork() {
  const queue: IdleRequestCallback[] = [];
  const w = window as unknown as {
    requestIdleCallback: (fn: IdleRequestCallback, options?: IdleRequestOptions) => number;
    __runIdle: () => void;
  };
  const original = w.requestIdleCallback.bind(window);
  // The island itself hydrates in idle time (client:idle): only what it asks for after that is held.
  w.requestIdleCallback = (fn, options) => (performance.getEntriesByName('amb-hydrated').length ? queue.push(fn) : original(fn, options));
  w.__runIdle = () => queue.splice(0).forEach((fn) => fn({ didTimeout: false, timeRemaining: () => 50 }));
}

test('the map opens on clusters made at build time, then its own index takes over without moving a marker', async ({ page, openMap }) => {
  await page.addInitScript(holdIdleWork);
  await openMap();
  await expect(map(page)).toHaveAttribute('data-clusters', 'build-time');
  const inView = await ambassadorsOnMarkers(page);
  // The first view frames Europe: people beyond it (outermost regions, the furthest countries) are listed outside it.
  expect(inView).toBeGreaterThan(PEOPLE.length * 0.85);
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

  test('the first view is a map whose clusters lead to country pages', async ({ page }) => {
    await page.goto('/map/');
    await expect(page.getByText('The filters and this list need JavaScript.')).toBeVisible();
    const markers = page.locator('.amb-fv-frame:visible .amb-fv-marker');
    expect(await markers.count()).toBeGreaterThan(20);
    // The markers stand for (nearly) everyone: all but the few outside the view, who have links of their own.
    const shown = await markers.evaluateAll((els) =>
      els.reduce((sum, el) => sum + (el.classList.contains('amb-fv-point') ? 1 : Number(el.textContent)), 0),
    );
    const outside = (await page.locator('.amb-outermost-count').allTextContents()).reduce((s, t) => s + parseInt(t, 10), 0);
    expect(shown + outside).toBeGreaterThan(PEOPLE.length * 0.95);
    // Their names begin with the words on screen (WCAG 2.5.3): "Azores (Portugal) 2 ambassadors".
    for (const link of await page.locator('.amb-outermost a').all())
      expect(await link.evaluate((a) => a.getAttribute('aria-label') ?? a.textContent.replace(/\s+/g, ' ').trim())).toMatch(
        /^\S.* \d+ ambassadors?$/,
      );
    // A cluster of one country is named "Spain: 58 ambassadors" and leads to that country's page.
    const labels = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    const single = labels.map((l) => /^([^:]+): (\d+) ambassadors$/.exec(l)).find((m) => m && Number(m[2]) > 1)!;
    expect(single, 'a cluster of one country').toBeTruthy();
    const [, name, count] = single;
    const code = COUNTRIES.find((c) => c.name === name)!.code;
    expect(Number(count)).toBeLessThanOrEqual(peopleIn(code).length);
    await page.getByRole('link', { name: single[0], exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/map/${code.toLowerCase()}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ambassadors in ${name}`);
  });

  test('the map page lists every country with its number of ambassadors and links to its page', async ({ page }) => {
    await page.goto('/map/');
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
    // Words either side of a link keep their space ("or go back", "The chapter Getting help").
    await expect(page.locator('main')).toContainText('on the map, or go back to all countries.');
    await expect(page.locator('main')).toContainText('The chapter Getting help explains');
  });
});

test('axe finds nothing in the first view as the server draws it', async ({ page, axe }) => {
  test.slow(); // axe over a hundred SVG links on a busy machine
  // The page's own code held back: the view a reader without JavaScript gets (axe itself needs
  // JavaScript, so the page cannot simply have it off). The whole page with the map live: map.spec.ts.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/map/');
  await expect(page.locator('.amb-fv-frame:visible .amb-fv-marker').first()).toBeVisible();
  await axe({ include: ['.amb-widget'] });
});

test('Leaflet takes over the first view in place: every marker where it was, and focus on the same cluster', async ({ page }) => {
  // Hold the basemap back, so that the server's view is still there to be focused.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/map/basemap.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/map/');
  const staticMarkers = page.locator('.amb-fv-frame:visible .amb-fv-marker');
  const centres = (els: Element[]) =>
    els.map((el) => {
      const r = (el.querySelector('.amb-fv-disc') ?? el).getBoundingClientRect();
      return { key: el.getAttribute('data-key')!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
  const before = await staticMarkers.evaluateAll(centres);
  // The biggest cluster, far from the edges, gets the focus.
  const focused = (
    await staticMarkers.evaluateAll((els) => els.map((el) => [el.getAttribute('data-key')!, Number(el.textContent)] as const))
  ).sort((a, b) => b[1] - a[1])[0]![0];
  await page.locator(`.amb-fv-marker[data-key="${focused}"]:visible`).focus();
  release();
  await expect(page.locator('.amb-stage[data-live]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator(`.amb-leaflet .amb-marker[data-key="${focused}"]`)).toBeFocused();
  const after = new Map((await page.locator('.amb-leaflet .amb-marker').evaluateAll(centres)).map((m) => [m.key, m]));
  const inView = before.filter((m) => after.has(m.key));
  expect(inView.length).toBeGreaterThan(before.length * 0.8);
  const moved = inView.filter((m) => Math.hypot(after.get(m.key)!.x - m.x, after.get(m.key)!.y - m.y) > 1.5);
  // Overlapping markers are pushed apart among those drawn: at the map's edge, neighbours just outside
  // the box (drawn by the server, not by Leaflet) can leave one or two a few pixels off.
  expect(moved.length).toBeLessThanOrEqual(Math.floor(inView.length * 0.05));
  expect(moved.map((m) => m.key)).not.toContain(focused);
});

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`at ${width}×${height} the map and the filters are in the first screen, and nothing stretches the page`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/map/');
    await turnToMap(page);
    await expect(page.locator('.amb-stage[data-live]')).toHaveCount(1, { timeout: 20_000 });
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    // Filters: on a phone the fold's summary, on a desktop the form itself.
    const filters = await box(width < 960 ? '.amb-fold-summary' : '.amb-filters');
    expect(filters.y + filters.height).toBeLessThanOrEqual(height);
    const mapBox = await box('.amb-leaflet');
    // At least 40 % of the first screen's height is map.
    expect(Math.min(mapBox.y + mapBox.height, height) - mapBox.y).toBeGreaterThan(height * 0.4);
    const { scroll, footer } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      footer: document.querySelector('footer')!.getBoundingClientRect().bottom + scrollY,
    }));
    expect(scroll).toBeLessThanOrEqual(Math.ceil(footer) + 1);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every text on the map meets 4.5:1 in the ${scheme} theme, before and after Leaflet takes over`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/map/basemap.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/map/');
    await expect(page.locator('.amb-fv-frame:visible text').first()).toBeVisible();
    const first = await mapTextContrasts(page);
    await turnToMap(page);
    release();
    await expect(page.locator('.amb-stage[data-live]')).toHaveCount(1, { timeout: 20_000 });
    await expect(map(page)).toHaveAttribute('data-basemap', 'ready');
    const live = await mapTextContrasts(page);
    expect(
      live.some((t) => t.text.includes('Natural Earth')),
      'the attribution is measured',
    ).toBe(true);
    expect(first.length).toBeGreaterThan(10);
    expect([...first, ...live].filter((t) => t.ratio < 4.5)).toEqual([]);
  });
}

test('the page does not inline the data: the HTML stays small', async ({ request }) => {
  const html = await (await request.get('/map/')).text();
  // The drawn first view (~60 KB of land) and the inline CSS are in the page; the data never is.
  expect(html.length).toBeLessThan(200_000);
  expect(html).not.toContain('"lat"');
});

test('on a phone the map loads nothing more until the reader turns to it: the list loads its data when reached, Leaflet when the map is touched', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const heavy = () => ({
    data: asked.some((p) => p === '/map/ambassadors.json'),
    leaflet: asked.some((p) => /\/leaflet-src\.[\w-]+\.js$/.test(p)),
    basemap: asked.some((p) => p === '/map/basemap.json'),
  });
  await page.goto('/map/');
  await expect(page.locator('.amb-app[data-map-state="idle"]')).toBeAttached({ timeout: 20_000 });
  // Let the island's idle-time work run: two idle callbacks and a frame.
  await page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => requestAnimationFrame(() => done())))),
  );
  expect(heavy()).toEqual({ data: false, leaflet: false, basemap: false });
  // The count is the server's, and right: every ambassador, as the first view shows them.
  await expect(page.locator('.amb-count')).toHaveText(`${PEOPLE.length.toLocaleString('en-GB')} ambassadors, all shown.`);

  await page.locator('.amb-results').scrollIntoViewIfNeeded();
  await expect(page.locator('.amb-app[data-map-state="ready"]')).toBeAttached();
  await expect(page.locator('.amb-list .amb-item').first()).toBeVisible();
  expect(heavy()).toEqual({ data: true, leaflet: false, basemap: false });

  await page.locator('.amb-stage').hover({ position: { x: 4, y: 4 } });
  await expect(page.locator('.amb-stage[data-live]')).toHaveCount(1, { timeout: 20_000 });
  expect(heavy()).toEqual({ data: true, leaflet: true, basemap: true });
});
