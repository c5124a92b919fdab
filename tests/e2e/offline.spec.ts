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
