import { expect, test, type Page } from './fixtures.ts';

/**
 * Reading offline: the service worker (dist/sw.js, from src/integrations/offline.ts)
 * keeps the pages a reader opens, saves the whole book on request from
 * /offline/, and answers for a page it never stored with the /offline/ page.
 * The other specs block service workers; these need them.
 */
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the service worker is active. It does not take over the page that
 * registered it (that page loads straight from the network), so open it again.
 */
async function underServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** What the site's styles give the page (linked or inlined): their rule count and values only they define. */
const appliedStyles = (page: Page) =>
  page.evaluate(() => {
    const sheets = [...document.styleSheets];
    return {
      rules: sheets.reduce((n, s) => n + s.cssRules.length, 0) > 20,
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });

test('a chapter opened once reads again offline with its stylesheet; a page never saved says so', async ({ page, context, openPage }) => {
  await openPage('/book/getting-help/');
  // Opened again under the worker, the page is kept.
  await underServiceWorker(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const online = await appliedStyles(page);
  expect(online.rules).toBe(true);
  expect(online.accent).not.toBe('');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/help/i);
  expect(await appliedStyles(page), 'the styles, as applied online').toEqual(online);

  await page.goto('/glossary/');
  await expect(page.getByRole('alert')).toContainText('/glossary/ has not been saved on this device');
  await expect(page.getByRole('alert').getByRole('link', { name: 'contents' })).toHaveAttribute('href', '/contents/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Read the book offline');
});

test('offline search finds the pages already read, marks the rest as not saved, and says so when search was never used', async ({
  page,
  context,
  openPage,
}) => {
  await openPage('/book/getting-help/');
  await underServiceWorker(page);
  // Never searched online: offline, search says so and leads to the pages this device holds.
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-search-open]').click();
  const failed = page.locator('[data-search-failed]');
  await expect(failed).toContainText('search has not been saved on this device yet');
  const saved = failed.getByRole('link', { name: 'See the pages saved on this device' });
  await expect(saved).toBeFocused();
  await saved.click();
  await expect(page.locator('#saved-pages')).toHaveAttribute('open', '');
  await expect(page.locator('#saved-pages').getByRole('link', { name: 'Getting help' })).toHaveAttribute('href', '/book/getting-help/');

  // Searched once online: Pagefind's files are kept (not the whole book).
  await context.setOffline(false);
  await openPage('/book/getting-help/');
  await page.locator('[data-search-open]').click();
  await page.locator('#search-dialog input').first().fill('national support');
  await expect(page.locator('#search-dialog .pagefind-ui__result').first()).toBeVisible();
  // The worker stores search's own files in the background: wait until every one is in the cache.
  const searchFilesMissing = () =>
    page.evaluate(async () => {
      const line = (await (await fetch('/sw.js')).text()).split('\n', 1)[0]!;
      const book = JSON.parse(line.replace(/^const BOOK = /, '').replace(/;$/, '')) as { files: string[]; search: { files: number[] } };
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('book-'))!);
      const missing = [];
      for (const i of book.search.files) if (!(await cache.match(book.files[i]!))) missing.push(book.files[i]);
      return missing;
    });
  await expect.poll(searchFilesMissing, { timeout: 20_000 }).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-search-open]').click();
  const dialog = page.locator('#search-dialog');
  await dialog.locator('input').first().fill('Central Support Service');
  const titles = dialog.locator('.pagefind-ui__result-title');
  await expect(titles.filter({ hasText: /^Getting help$/ }).first()).toBeVisible();
  await expect(titles.filter({ hasText: /not saved on this device/ }).first()).toBeVisible();
  // The page read offline has its excerpt, with the words found marked.
  const read = dialog.locator('.pagefind-ui__result').filter({ has: page.getByRole('link', { name: 'Getting help', exact: true }) });
  await expect(read.locator('mark').first()).toHaveText(/Central/);
  // A page never read is listed, and opening it says it has not been saved.
  await titles
    .filter({ hasText: /not saved on this device/ })
    .first()
    .locator('a')
    .click();
  await expect(page.getByRole('alert')).toContainText('has not been saved on this device');
});

test('the whole book can be saved, then read, searched and used offline, and removed again', async ({ page, context, openPage }) => {
  test.setTimeout(150_000);
  await openPage('/offline/');
  await underServiceWorker(page);
  const status = page.locator('.offline-status');
  await expect(status).toHaveAttribute('data-offline-state', 'known');
  await expect(status).toContainText(/holds \d+ of the book's \d+ files/);
  await page.getByRole('button', { name: 'Save the whole book on this device' }).click();
  await expect(status).toHaveAttribute('data-offline-state', 'saved', { timeout: 90_000 });
  await expect(status).toContainText('can be read on this device without a connection');

  await context.setOffline(true);
  // A chapter never opened before.
  await page.goto('/book/creating-a-project/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Search runs on the saved index.
  await page.locator('[data-search-open]').click();
  const dialog = page.locator('#search-dialog');
  await dialog.locator('input').first().fill('TwinSpace');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // The map, with its data, shapes and filters from the address.
  await page.goto('/map/?country=MT');
  await expect(page.locator('.amb-leaflet')).toHaveAttribute('data-drawn', '?country=MT');
  await expect(page.locator('.amb-leaflet')).toHaveAttribute('data-basemap', 'ready');
  expect(Number(await page.locator('.amb-leaflet').getAttribute('data-shapes'))).toBeGreaterThan(150);
  // A toolkit download.
  const pptx = await page.evaluate(async () => {
    const response = await fetch('/toolkit/');
    const html = await response.text();
    const href = /href="([^"]+\.pptx)"/.exec(html)?.[1];
    if (!href) return 'no .pptx link';
    const file = await fetch(href);
    return `${file.status} ${file.headers.get('content-type')} ${(await file.arrayBuffer()).byteLength > 10_000}`;
  });
  expect(pptx).toMatch(/^200 application\/vnd\.openxmlformats-officedocument\.presentationml\.presentation true$/);

  // Back online, the saved copy can be removed to free the storage.
  await context.setOffline(false);
  await openPage('/offline/');
  await expect(status).toHaveAttribute('data-offline-state', 'saved');
  await page.getByRole('button', { name: 'Remove the saved copy from this device' }).click();
  await expect(status).toHaveAttribute('data-offline-state', 'known');
  await expect(status).toContainText("holds 0 of the book's");
  expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('book-')).length)).toBeLessThanOrEqual(1);
});
