import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/static-server.ts';
import type { OfflineManifest } from '../../src/lib/offline.ts';
import { expect, hydrateIslands, test, type Page } from './fixtures.ts';
import { distDir } from './helpers.ts';

/**
 * The book across a deploy: a server of this spec's own serves the build
 * ("the old version"), then a copy changed as a deploy changes it, on the same
 * address. The reader who saved the book keeps a whole copy throughout, is
 * told of the new version, and an open tab keeps the files it was built with.
 */
test.use({ serviceWorkers: 'allow' });

/** A copy of the build as a deploy would leave it, changed by `change(dir, manifest)`. */
function deployed(change: (dir: string, book: OfflineManifest) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'etw-deploy-'));
  cpSync(distDir, dir, { recursive: true });
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const [first, ...rest] = sw.split('\n');
  const book = JSON.parse(first!.replace(/^const BOOK = /, '').replace(/;$/, '')) as OfflineManifest;
  change(dir, book);
  writeFileSync(join(dir, 'sw.js'), [`const BOOK = ${JSON.stringify(book)};`, ...rest].join('\n'));
  return dir;
}

/** Serves `root.dir`, which the test can point at another folder (a deploy). */
async function switchableHost() {
  const root = { dir: distDir };
  const servers = new Map<string, RequestListener>();
  const server: Server = createServer((req, res) => {
    if (!servers.has(root.dir)) servers.set(root.dir, createStaticServer(root.dir).listeners('request')[0] as RequestListener);
    servers.get(root.dir)!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { root, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function underServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

let host: Awaited<ReturnType<typeof switchableHost>>;
const copies: string[] = [];
test.beforeEach(async () => {
  host = await switchableHost();
});
test.afterEach(() => host.server.close());
test.afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('the first page a reader opens is kept for offline reading, without a second visit', async ({ page, context }) => {
  await page.goto(`${host.base}/book/getting-help/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Kept as the worker starts (it does not take the page over, so the page itself never asks again).
  await expect.poll(() => page.evaluate(async () => !!(await caches.match('/book/getting-help/'))), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/help/i);
});

test('a saved book stays whole across an update, which the reader is told of and chooses', async ({ page, context }) => {
  test.setTimeout(180_000);
  const marker = 'This text changed in the new version.';
  const next = deployed((dir, book) => {
    const file = join(dir, 'book/welcome/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p>${marker}</p>`));
    book.version = 'next-version';
    book.hashes[book.files.indexOf('/book/welcome/')] = 'changed';
  });
  copies.push(next);

  await page.goto(`${host.base}/offline/`);
  await underServiceWorker(page);
  await page.getByRole('button', { name: 'Save the whole book on this device' }).click();
  await expect(page.locator('.offline-status')).toHaveAttribute('data-offline-state', 'saved', { timeout: 90_000 });

  host.root.dir = next;
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the book is available.' });
  await expect(notice).toBeVisible({ timeout: 60_000 });

  // While the new version waits, the old one still serves the whole book offline.
  await context.setOffline(true);
  const other = await context.newPage();
  await other.goto(`${host.base}/book/recognition/`);
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.getByText(marker)).toHaveCount(0);
  await other.close();
  await context.setOffline(false);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()]);
  await expect(notice).toHaveCount(0);
  await context.setOffline(true);
  await page.goto(`${host.base}/book/welcome/`);
  await expect(page.getByText(marker)).toBeVisible();
  // A chapter never opened: still there, so the new copy is whole.
  await page.goto(`${host.base}/book/finding-partners/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('book-')))).toEqual(['book-next-version']);
});

test("a tab open across a deploy still loads its islands' modules, gone from the host", async ({ page }) => {
  // The quiz starts when scrolled into view: hold every "in view" report until the deploy has happened.
  await page.addInitScript(() => {
    const Real = window.IntersectionObserver;
    const held: [IntersectionObserverCallback, Element][] = [];
    Object.assign(window, {
      releaseVisibility: () => held.forEach(([callback, el]) => new Real(callback).observe(el)),
      IntersectionObserver: class {
        constructor(private callback: IntersectionObserverCallback) {}
        observe(el: Element) {
          held.push([this.callback, el]);
        }
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      },
    });
  });
  await page.goto(`${host.base}/book/knowledge-quiz/`);
  await underServiceWorker(page);
  const module = await page.locator('astro-island[component-url*="KnowledgeQuiz"]').first().getAttribute('component-url');
  expect(module).toBeTruthy();
  // The page's files are kept with it, before the island is ever scrolled into view.
  await expect.poll(() => page.evaluate(async (url) => !!(await caches.match(url)), module!), { timeout: 20_000 }).toBe(true);
  const next = deployed((dir) => rmSync(join(dir, module!.slice(1))));
  copies.push(next);
  host.root.dir = next;
  expect((await page.request.get(`${host.base}${module!}`)).status()).toBe(404);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  expect(await page.locator('astro-island[ssr]').count(), 'the quiz has not started yet').toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as { releaseVisibility: () => void }).releaseVisibility());
  await hydrateIslands(page);
  expect(errors).toEqual([]);
});
