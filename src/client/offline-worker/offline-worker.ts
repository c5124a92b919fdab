/**
 * The book's service worker. src/integrations/offline.ts transpiles it and
 * writes it to dist/sw.js after this line:
 * `const BOOK = { version, files, hashes, shell, pages, bytes }` (src/lib/offline.ts).
 *
 * - Pages and data: from the network when there is one (always the newest
 *   text), kept as they arrive, each page with the files it loads; from that
 *   copy when offline.
 * - /_astro/ files have hashed names and never change: from the copy first.
 * - "Save the book" (a message from /offline/) stores every file at once.
 * - An update never leaves the reader without a book: the new version is
 *   stored in full (files that did not change are copied over, the rest
 *   downloaded) before it can take over, and it waits until the reader chooses
 *   to update (src/client/offline-update.ts) or closes the book's tabs, so an
 *   open tab keeps the files it was built with.
 * - Offline, a page that was never stored gets the /offline/ page, which says so.
 * - Search without the whole book: Pagefind's files are stored the first time the
 *   reader searches online, and each page's result fragment with the page, so
 *   offline search finds what was read; other results say they are not saved.
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
/** Entries the worker keeps beside the files, under paths the site never serves. */
const HASHES_KEY = '/__offline/hashes.json';
const SAVED_KEY = '/__offline/saved';
const hashOf = new Map(BOOK.files.map((url, i) => [url, BOOK.hashes[i]!]));
const pathOf = (request: Request | string) => new URL(typeof request === 'string' ? request : request.url, self.location.href).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

/** Stores this version before it may take over: the shell, and whatever the previous version held. */
async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const previous = await previousCache();
  let saved = false;
  if (previous) {
    const oldHashes = (await (await previous.match(HASHES_KEY))?.json()) as Record<string, string> | undefined;
    saved = !!(await previous.match(SAVED_KEY));
    for (const request of await previous.keys()) {
      const url = pathOf(request);
      if (!hashOf.has(url)) continue;
      const old = oldHashes?.[url] === hashOf.get(url) ? await previous.match(request) : undefined;
      if (old) await cache.put(url, old);
      else if (!saved) await store(cache, url).catch(() => undefined);
    }
  }
  await cache.put(HASHES_KEY, Response.json(Object.fromEntries(hashOf)));
  for (const url of BOOK.shell) if (!(await cache.match(url))) await store(cache, url);
  // A saved book stays whole: if any file cannot be fetched now, this install fails and the old version stays.
  if (saved) {
    await storeAll(cache, () => undefined);
    await cache.put(SAVED_KEY, new Response('1'));
  }
}

/** The newest other book-* cache (there is one unless this is the first version on this device). */
async function previousCache(): Promise<Cache | undefined> {
  const keys = (await caches.keys()).filter((k) => k.startsWith('book-') && k !== CACHE);
  return keys.length ? caches.open(keys.at(-1)!) : undefined;
}

async function store(cache: Cache, url: string): Promise<void> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await cache.put(url, response);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('book-') && key !== CACHE) await caches.delete(key);
      // The page that registered the worker loaded before it (and is not taken over: its map data would
      // not be stored while it starts), so keep it and its files now.
      const cache = await caches.open(CACHE);
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = pathOf(client.url);
        if (url in BOOK.pages) await storePage(cache, url).catch(() => undefined);
      }
    })(),
  );
});

/** A page and the files it loads (its styles, scripts, islands' modules), those not stored yet. */
async function storePage(cache: Cache, url: string, response?: Response): Promise<void> {
  if (response) await cache.put(url, response);
  else if (!(await cache.match(url))) await store(cache, url);
  const fragment = BOOK.search.fragments[url];
  for (const i of [...(BOOK.pages[url] ?? []), ...(fragment ? [fragment.file] : [])]) {
    const asset = BOOK.files[i]!;
    if (!(await cache.match(asset))) await store(cache, asset);
  }
}

/** Pagefind's UI, core and index (not the fragments): stored when the reader first searches online. */
async function storeSearch(cache: Cache): Promise<void> {
  for (const i of BOOK.search.files) {
    const url = BOOK.files[i]!;
    if (!(await cache.match(url))) await store(cache, url);
  }
}

const SEARCH_UI = '/pagefind/pagefind-ui.js';
const NOT_SAVED = 'not saved on this device';

/**
 * Offline, the result of a page that was not stored: its title marked "not saved", in Pagefind's
 * uncompressed fragment format (a signature, then JSON), so the result list still tells the
 * reader the page exists. undefined if the fragment is none of the book's.
 */
function notSavedFragment(path: string): Response | undefined {
  const entry = Object.entries(BOOK.search.fragments).find(([, f]) => BOOK.files[f.file] === path);
  if (!entry) return undefined;
  const [url, { kind }] = entry;
  const title = `${BOOK.titles[url] ?? url} (${NOT_SAVED})`;
  const fragment = { url, content: '', word_count: 0, filters: kind ? { kind: [kind] } : {}, meta: { title, kind }, anchors: [] };
  return new Response(`pagefind_dcd${JSON.stringify(fragment)}`, { headers: { 'Content-Type': 'application/octet-stream' } });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(url.pathname.startsWith('/_astro/') ? storedFirst(request) : networkFirst(event));
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

async function networkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Keep only whole, plain answers (not 404s, not partial ranges, not redirects).
    if (response.status === 200 && response.type === 'basic') {
      const url = pathOf(request);
      if (url in BOOK.pages) event.waitUntil(storePage(cache, url, response.clone()).catch(() => undefined));
      else await cache.put(keyOf(request), response.clone());
      if (url === SEARCH_UI) event.waitUntil(storeSearch(cache).catch(() => undefined));
      if (url === '/offline/' && request.mode === 'navigate') return withSavedPages(response);
    }
    return response;
  } catch (error) {
    const stored = await cache.match(keyOf(request));
    const path = pathOf(request);
    if (stored) return path === '/offline/' && request.mode === 'navigate' ? withSavedPages(stored) : stored;
    if (path.startsWith('/pagefind/fragment/')) {
      const placeholder = notSavedFragment(path);
      if (placeholder) return placeholder;
    }
    if (request.mode === 'navigate') {
      const offline = await cache.match('/offline/');
      if (offline) return notSavedPage(offline, path);
    }
    throw error;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The /offline/ page with its "this page has not been saved" message shown, naming the page (as text, escaped). */
async function notSavedPage(offline: Response, path: string): Promise<Response> {
  const html = (await offline.text())
    .replace('<p hidden data-offline-missing', '<p data-offline-missing')
    .replace(/(<code data-offline-missing-path[^>]*>)(<\/code>)/, `$1${escapeHtml(path)}$2`);
  return withSavedPages(new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
}

/**
 * The /offline/ page with the list of pages this device holds written into it (titles escaped), so
 * a reader offline sees what they can open, with no script: the island's files may not be stored.
 */
async function withSavedPages(page: Response): Promise<Response> {
  const cache = await caches.open(CACHE);
  const items: string[] = [];
  for (const url of Object.keys(BOOK.pages)) {
    if (url === '/offline/' || !(await cache.match(url))) continue;
    items.push(`<li><a href="${escapeHtml(url)}">${escapeHtml(BOOK.titles[url] ?? url)}</a></li>`);
  }
  const list = items.length
    ? `<details id="saved-pages" class="offline-saved" open><summary>${items.length === 1 ? 'The page' : `The ${items.length} pages`} saved on this device</summary><ul>${items.join('')}</ul></details>`
    : '<p id="saved-pages">No page is saved on this device yet: the pages you open from now on are kept.</p>';
  const html = (await page.text()).replace(/<div hidden data-offline-saved[^>]*><\/div>/, list);
  return new Response(html, { status: page.status, headers: page.headers });
}

self.addEventListener('message', (event) => {
  const { type } = (event.data ?? {}) as { type?: unknown };
  if (type === 'save-book') event.waitUntil(saveBook(event.source));
  if (type === 'status') event.waitUntil(reportStatus(event.source));
  // The reader chose "Update now" (src/client/offline-update.ts): the new version, already stored, takes over.
  if (type === 'skip-waiting') event.waitUntil(self.skipWaiting());
});

/** How many of the book's files this device holds. */
async function reportStatus(asker: Asker): Promise<void> {
  const cache = await caches.open(CACHE);
  let saved = 0;
  for (const url of BOOK.files) if (await cache.match(url)) saved++;
  asker?.postMessage({ type: 'status', saved, total: BOOK.files.length, bytes: BOOK.bytes });
}

/** Stores every file not stored yet, a few at a time; rejects on the first that fails. */
async function storeAll(cache: Cache, onProgress: (done: number) => void): Promise<void> {
  let done = 0;
  for (let i = 0; i < BOOK.files.length; i += 6) {
    await Promise.all(
      BOOK.files.slice(i, i + 6).map(async (url) => {
        if (!(await cache.match(url))) await store(cache, url);
        done++;
      }),
    );
    onProgress(done);
  }
}

/** Stores every file of the book, telling the page how far it has got; a saved book is kept whole across updates. */
async function saveBook(asker: Asker): Promise<void> {
  const cache = await caches.open(CACHE);
  const total = BOOK.files.length;
  let done = 0;
  try {
    await storeAll(cache, (n) => {
      done = n;
      asker?.postMessage({ type: 'progress', done, total });
    });
    await cache.put(SAVED_KEY, new Response('1'));
    asker?.postMessage({ type: 'saved', version: BOOK.version, total, bytes: BOOK.bytes });
  } catch (error) {
    asker?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), done, total });
  }
}
