/**
 * The book's service worker. src/integrations/offline.ts transpiles it and
 * writes it to dist/sw.js after this line: `const BOOK = { version, files, shell, bytes }`
 * (src/lib/offline.ts).
 *
 * - Pages and data: from the network when there is one (always the newest
 *   text), kept as they arrive; from that copy when offline.
 * - /_astro/ files have hashed names and never change: from the copy first.
 * - "Save the book" (a message from /offline/) stores every file at once,
 *   reporting progress to the page that asked.
 * - Offline, a page that was never stored gets the /offline/ page, which says so.
 * Nothing is fetched from another site; requests elsewhere are left alone.
 */
import type { OfflineManifest } from '../../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;
declare const BOOK: OfflineManifest;

/** What the worker tells the page that asked (the /offline/ page's OfflineSaver island). */
type Report =
  | { type: 'status'; saved: number; total: number; bytes: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; version: string; total: number; bytes: number }
  | { type: 'failed'; message: string; done: number; total: number };
type Asker = { postMessage(report: Report): void } | null;

const CACHE = `book-${BOOK.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BOOK.shell))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('book-') && key !== CACHE) await caches.delete(key);
      // No clients.claim(): the page that registered the worker keeps loading straight from the
      // network (its map data are not copied into storage while it starts); the next page is kept.
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(url.pathname.startsWith('/_astro/') ? storedFirst(request) : networkFirst(request));
});

/**
 * The site is static, so a query string never changes the file: each file is stored once, under
 * its path. /map/?country=ES is the stored /map/ (the map reads its filters from the address),
 * and Pagefind's ?ts= cache-busters do not pile up copies of its index.
 */
function keyOf(request: Request): string {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function storedFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const stored = await cache.match(keyOf(request));
  if (stored) return stored;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(keyOf(request), response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Keep only whole, plain answers (not 404s, not partial ranges, not redirects).
    if (response.status === 200 && response.type === 'basic') await cache.put(keyOf(request), response.clone());
    return response;
  } catch (error) {
    const stored = await cache.match(keyOf(request));
    if (stored) return stored;
    if (request.mode === 'navigate') {
      const offline = await cache.match('/offline/');
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener('message', (event) => {
  const { type } = (event.data ?? {}) as { type?: unknown };
  if (type === 'save-book') event.waitUntil(saveBook(event.source));
  if (type === 'status') event.waitUntil(reportStatus(event.source));
});

/** How many of the book's files this device holds. */
async function reportStatus(asker: Asker): Promise<void> {
  const cache = await caches.open(CACHE);
  let saved = 0;
  for (const url of BOOK.files) if (await cache.match(url)) saved++;
  asker?.postMessage({ type: 'status', saved, total: BOOK.files.length, bytes: BOOK.bytes });
}

/** Stores every file of the book, a few at a time, telling the page how far it has got. */
async function saveBook(asker: Asker): Promise<void> {
  const cache = await caches.open(CACHE);
  const total = BOOK.files.length;
  let done = 0;
  try {
    for (let i = 0; i < total; i += 6) {
      await Promise.all(
        BOOK.files.slice(i, i + 6).map(async (url) => {
          if (!(await cache.match(url))) {
            const response = await fetch(url, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${url} answered ${response.status}`);
            await cache.put(url, response);
          }
          done++;
        }),
      );
      asker?.postMessage({ type: 'progress', done, total });
    }
    asker?.postMessage({ type: 'saved', version: BOOK.version, total, bytes: BOOK.bytes });
  } catch (error) {
    asker?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), done, total });
  }
}
