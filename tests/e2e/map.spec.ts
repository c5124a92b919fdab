import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nearest } from '../../src/lib/map/geo.ts';
import { expectNoAxeViolations, watchCspViolations, watchExternalRequests } from './helpers.ts';

/**
 * The ambassador map (/map/) and the country pages, against the built site.
 * The expectations are computed from the committed data file, so the tests
 * follow the data rather than a hand-copied list.
 */
interface Person {
  id: string;
  name: string;
  country: string;
  town: string;
  lat: number;
  lon: number;
}
const DATA = JSON.parse(readFileSync('content/ambassadors/ambassadors.json', 'utf8')) as { ambassadors: Person[] };
const PEOPLE = DATA.ambassadors;
const HOSTILE = PEOPLE.find((p) => p.name.includes('<'))!;

const map = (page: Page) => page.locator('.amb-leaflet');
/** How many results the list shows before "Show more" (LIST_PAGE in ResultList.tsx). */
const LIST_PAGE = 20;

/** Opens /map/ (with an optional query) and waits until the clustered markers for the current filters are drawn. */
async function openMap(page: Page, query = '') {
  await page.goto(`/map/${query}`);
  await expect(page.locator('.amb-app[data-map-state="ready"]')).toBeVisible();
  await expect(map(page)).toHaveAttribute('data-drawn', query || '?');
  await expect(map(page)).toHaveAttribute('data-basemap', 'ready');
}

/** How many ambassadors the markers in view stand for (a cluster shows its count). */
async function ambassadorsOnMarkers(page: Page): Promise<number> {
  return page
    .locator('.amb-marker')
    .evaluateAll((els) => els.reduce((sum, el) => sum + (el.classList.contains('amb-marker-point') ? 1 : Number(el.textContent)), 0));
}

const countLine = (page: Page) => page.locator('.amb-count[aria-live="polite"]');

test('markers, clusters and country shapes render with no request leaving the site', async ({ page }) => {
  const external = watchExternalRequests(page);
  const csp = watchCspViolations(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const dataRequest = page.waitForRequest((r) => new URL(r.url()).pathname === '/map/ambassadors.json');
  await openMap(page);
  await dataRequest;
  await expect(page.locator('.amb-marker-cluster').first()).toBeVisible();
  // Country shapes are painted on a canvas (faster than SVG paths): the map reports how many it drew.
  await expect(page.locator('.amb-leaflet canvas')).toHaveCount(1);
  expect(Number(await map(page).getAttribute('data-shapes'))).toBeGreaterThan(150);
  // The whole of Europe is in view at first: the markers account for everyone in it.
  expect(await ambassadorsOnMarkers(page)).toBeGreaterThan(PEOPLE.length * 0.9);
  await expect(countLine(page)).toHaveText(`${PEOPLE.length.toLocaleString('en-GB')} ambassadors, all shown.`);
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  await expect(page.getByText('The people listed here are fictional.')).toBeVisible();
  expect(external).toEqual([]);
  expect(csp).toEqual([]);
  expect(failed).toEqual([]);
});

test('a filter narrows the list and the map, and the address keeps it', async ({ page }) => {
  await openMap(page);
  const malta = PEOPLE.filter((p) => p.country === 'MT');
  await page.getByLabel('Country', { exact: true }).selectOption('MT');
  await expect(countLine(page)).toHaveText(`${malta.length} of ${PEOPLE.length.toLocaleString('en-GB')} ambassadors match the filters.`);
  await expect(map(page)).toHaveAttribute('data-drawn', '?country=MT');
  await expect(page.locator('.amb-list > li')).toHaveCount(Math.min(malta.length, LIST_PAGE));
  for (const place of await page.locator('.amb-list .amb-place').allInnerTexts()) expect(place).toMatch(/, Malta$/);
  expect(await ambassadorsOnMarkers(page)).toBe(malta.length);
  expect(new URL(page.url()).search).toBe('?country=MT');

  // A shared link restores the filters.
  const town = malta[0]!.town;
  await openMap(page, `?country=MT&q=${encodeURIComponent(town)}`);
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('MT');
  await expect(page.getByLabel('Town, region, subject or name')).toHaveValue(town);
  const inTown = malta.filter((p) => p.town === town).length;
  await expect(page.locator('.amb-list > li')).toHaveCount(inTown);
});

test('filters and list work with the keyboard alone', async ({ page }) => {
  await openMap(page);
  const country = page.getByLabel('Country', { exact: true });
  for (let i = 0; i < 40 && !(await country.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(country).toBeFocused();
  // One letter picks the first country starting with it (typing a whole word races the re-render on a busy machine).
  await page.keyboard.press('i');
  await expect(country).toHaveValue('IS');
  const iceland = PEOPLE.filter((p) => p.country === 'IS');
  await expect(countLine(page)).toContainText(`${iceland.length} of`);

  // Tab on to the list and pick the first ambassador: their card opens on the map.
  const first = page.locator('.amb-item-select').first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const name = await first.locator('.amb-name').innerText();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.leaflet-popup .amb-card-name')).toContainText(name);

  // The map itself takes the keyboard: focus it and zoom in with "+".
  await map(page).focus();
  const zoomBefore = await page.locator('.leaflet-control-zoom-in').count();
  expect(zoomBefore).toBe(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup')).toHaveCount(0);
});

test('a marker opened with the keyboard highlights its ambassador in the list, and + zooms the map', async ({ page }) => {
  await openMap(page, '?country=IS');
  const marker = page.locator('.amb-marker-point').first();
  const label = (await marker.getAttribute('aria-label'))!;
  await marker.focus();
  await page.keyboard.press('Enter');
  const name = label.slice(0, label.lastIndexOf(','));
  await expect(page.locator('.leaflet-popup .amb-card-name strong')).toHaveText(name);
  await expect(page.locator('.amb-item.is-selected .amb-name')).toHaveText(name);
  await expect(page.locator('.amb-item.is-selected .amb-item-select')).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  await map(page).focus();
  const before = await map(page).getAttribute('data-zoom');
  await page.keyboard.press('+');
  await expect(map(page)).not.toHaveAttribute('data-zoom', before!);
});

test('an ambassador picked in the list while the map is still zooming or panning gets their card', async ({ page }) => {
  await openMap(page);
  const first = page.locator('.amb-item-select').first();
  const name = await first.locator('.amb-name').innerText();
  // Start a zoom, and pick the ambassador while its animation runs (it starts on the next frame and lasts 250 ms).
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        document.querySelector<HTMLElement>('.leaflet-control-zoom-in')!.click();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            document.querySelector<HTMLElement>('.amb-item-select')!.click();
            done();
          }),
        );
      }),
  );
  // A town's popup lists the picked ambassador first.
  await expect(page.locator('.leaflet-popup .amb-card-name').first()).toContainText(name);
  await expect(first).toHaveAttribute('aria-pressed', 'true');
});

/** Holds back the page's idle-time work until the test releases it with window.__runIdle(). */
function holdIdleWork() {
  const queue: IdleRequestCallback[] = [];
  const w = window as unknown as { requestIdleCallback: (fn: IdleRequestCallback) => number; __runIdle: () => void };
  w.requestIdleCallback = (fn) => queue.push(fn);
  w.__runIdle = () => queue.splice(0).forEach((fn) => fn({ didTimeout: false, timeRemaining: () => 50 }));
}

test('the map opens on clusters made at build time, then its own index takes over without moving a marker', async ({ page }) => {
  await page.addInitScript(holdIdleWork);
  await openMap(page);
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

test('zooming in before the index is built builds it at once', async ({ page }) => {
  await page.addInitScript(holdIdleWork);
  await openMap(page, '');
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

test('near me with the browser position lists the nearest ambassador first', async ({ page, context }) => {
  const seville = { lat: 37.3891, lon: -5.9845 };
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: seville.lat, longitude: seville.lon });
  await openMap(page);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByRole('heading', { name: 'Nearest ambassadors to your location' })).toBeVisible();
  const [best] = nearest(PEOPLE, seville, 1, (p) => p);
  // Several people can share the nearest town: any of them is right.
  const tied = PEOPLE.filter((p) => p.lat === best!.item.lat && p.lon === best!.item.lon).map((p) => p.name);
  const firstName = await page.locator('.amb-list .amb-name').first().innerText();
  expect(tied).toContain(firstName);
  await expect(page.locator('.amb-list .amb-place').first()).toContainText(`${best!.item.town}, Spain · `);
});

test('near me from a picked country sorts by distance without asking for the position', async ({ page }) => {
  await openMap(page);
  await page.getByLabel('or a town or country').fill('Cyprus');
  await page.getByRole('button', { name: 'Sort by distance' }).click();
  await expect(page.getByRole('heading', { name: 'Nearest ambassadors to Cyprus' })).toBeVisible();
  await expect(page.locator('.amb-list .amb-place').first()).toContainText('Cyprus');
});

test('a record whose name is HTML is shown as text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openMap(page, `?country=${HOSTILE.country}`);
  await page.getByLabel('Town, region, subject or name').fill('onerror');
  await expect(page.locator('.amb-list > li')).toHaveCount(1);
  const button = page.locator('.amb-item-select').first();
  await expect(button.locator('.amb-name')).toHaveText(HOSTILE.name);
  await button.click();
  await expect(page.locator('.leaflet-popup .amb-card-name strong')).toHaveText(HOSTILE.name);
  await page.goto(`/map/${HOSTILE.country.toLowerCase()}/`);
  await expect(page.locator(`[id="${HOSTILE.id}"] h3`)).toContainText(HOSTILE.name);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('axe finds nothing on the map, with a popup open too', async ({ page }) => {
  test.setTimeout(180_000);
  await openMap(page);
  await expectNoAxeViolations(page);
  await page.locator('.amb-item-select').first().click();
  await expect(page.locator('.leaflet-popup')).toBeVisible();
  // Leaflet fades popups in: check contrast once the fade is over, as a reader sees it.
  await expect(page.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(page);
});

// The biggest country page, the one with the test record, and the smallest.
for (const code of ['es', 'lu', 'li']) {
  test(`axe finds nothing on the country page /map/${code}/`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/map/${code}/`);
    await expectNoAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map page lists every country with its number of ambassadors and links to its page', async ({ page }) => {
    await page.goto('/map/');
    await expect(page.getByText('The interactive map and its filters need JavaScript.')).toBeVisible();
    const countries = page.locator('.amb-directory-list > li');
    await expect(countries).toHaveCount(44);
    const counts = await page.locator('.amb-dir-count').allTextContents();
    const total = counts.reduce((sum, text) => sum + (Number(text.replace(/[^\d]/g, '')) || 0), 0);
    expect(total).toBe(PEOPLE.length);
    await expect(countries.filter({ hasText: 'Spain' })).toContainText(`(${PEOPLE.filter((p) => p.country === 'ES').length} ambassadors)`);
    await page.locator('.amb-directory').getByRole('link', { name: 'Spain', exact: true }).click();
    await expect(page).toHaveURL(/\/map\/es\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambassadors in Spain');
    await expect(page.locator('.amb-entry')).toHaveCount(PEOPLE.filter((p) => p.country === 'ES').length);
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
