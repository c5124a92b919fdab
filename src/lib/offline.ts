/**
 * What "save the book for offline reading" stores: every file of the built
 * site as the URL a reader's browser asks for, the total size, and a version
 * that changes whenever any file does (so a new build replaces the old copy).
 * Pure: the build integration (src/integrations/offline.ts) lists the files
 * and hashes them.
 */

export interface BuiltFile {
  /** Path inside dist/, with forward slashes: "book/welcome/index.html". */
  path: string;
  bytes: number;
  /** The file's contents, for the version hash. */
  content: Uint8Array;
}

export interface OfflineManifest {
  /** Digest of every kept file's path and contents: the same commit built twice gives the same version. */
  version: string;
  /** URLs to store, e.g. "/book/welcome/" for book/welcome/index.html. */
  files: string[];
  /** Each file's own content digest, in the order of `files`: an update copies the unchanged ones over. */
  hashes: string[];
  /**
   * What the worker stores when it installs: the offline page and its styles and icons, not its
   * scripts (the worker writes the "not saved" message into the page, so it reads without them).
   */
  shell: string[];
  /** For each page, the files it loads (indices into `files`), stored with it so an open tab never loses a chunk. */
  pages: Record<string, number[]>;
  /** Each page's title as the browser tab shows it, without the site's name: for the list of saved pages. */
  titles: Record<string, string>;
  /**
   * Search without the whole book saved: Pagefind's own files (`files`, indices into `files`), stored the
   * first time the reader searches online, and each page's result fragment (`fragments`: its index and
   * the result's kind), stored with the page, so offline search finds the pages already read.
   */
  search: { files: number[]; fragments: Record<string, { file: number; kind: string }> };
  bytes: number;
}

/** What a Pagefind fragment says about its page (the integration decompresses it). */
export interface FragmentInfo {
  url: string;
  kind?: string | undefined;
}

/** Pagefind files a search needs, apart from the fragments: its UI, core, wasm, entry, metadata, index and filters. */
const SEARCH_FILE =
  /^\/pagefind\/(pagefind-ui\.(js|css)|pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+|[^/]+\.pf_meta|index\/.+|filter\/.+)$/;

/** Files a reader never asks for, or must never get from a stale copy. */
const SKIP = [
  /^404\.html$/,
  /^sw\.js$/,
  /^offline\.json$/,
  /^robots\.txt$/,
  /^sitemap.*\.xml$/,
  // Host configuration (src/integrations/headers.ts), and the whole book as files to download once.
  /^(_headers|\.htaccess|nginx-headers\.conf)$/,
  /\.(epub|pdf)$/,
];

export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/**
 * The files an HTML page needs to show as it should: its /_astro/ styles and
 * scripts (islands' modules too, with everything they import), icons and the
 * theme script. `readScript` gives a script's text, to follow its imports.
 */
export function assetsOf(html: string, readScript: (url: string) => string | undefined = () => undefined): string[] {
  const found = new Set<string>();
  const pattern = /(?:href|src|component-url|renderer-url)="(\/(?:_astro\/|favicon|theme-init)[^"?#]*)"/g;
  const queue = [...html.matchAll(pattern)].map((m) => m[1]!);
  while (queue.length) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    if (!url.endsWith('.js')) continue;
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of (readScript(url) ?? '').matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g)) queue.push(dir + m[1]!);
  }
  return [...found].sort();
}

/** A hex digest (e.g. SHA-256) of the chunks in order, as if they were one byte string. */
export type Digest = (chunks: Iterable<string | Uint8Array>) => string;

/** Each kept file's path and contents, in path order, for the version digest. */
function* versionChunks(kept: readonly BuiltFile[]): Generator<string | Uint8Array> {
  for (const f of kept) yield* [f.path, '\0', f.content, '\0'];
}

/** The page's <title>, without the " · site name" after it. */
export function titleOf(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return title
    ?.replace(/\s+·[^·]*$/, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

export function offlineManifest(
  files: readonly BuiltFile[],
  digest: Digest,
  readFragment: (file: BuiltFile) => FragmentInfo | undefined = () => undefined,
  offlinePagePath = 'offline/index.html',
): OfflineManifest {
  const kept = files.filter((f) => !SKIP.some((re) => re.test(f.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const text = (f: BuiltFile) => new TextDecoder().decode(f.content);
  const byUrl = new Map(files.map((f) => [urlOf(f.path), f]));
  const readScript = (url: string) => {
    const f = byUrl.get(url);
    return f ? text(f) : undefined;
  };
  const urls = kept.map((f) => urlOf(f.path));
  const index = new Map(urls.map((url, i) => [url, i]));
  const pages: Record<string, number[]> = {};
  const titles: Record<string, string> = {};
  const fragments: Record<string, { file: number; kind: string }> = {};
  for (const f of kept) {
    const url = urlOf(f.path);
    if (f.path.endsWith('.pf_fragment')) {
      const info = readFragment(f);
      if (info) fragments[info.url] = { file: index.get(url)!, kind: info.kind ?? '' };
    }
    if (!f.path.endsWith('.html')) continue;
    pages[url] = assetsOf(text(f), readScript).flatMap((asset) => index.get(asset) ?? []);
    const title = titleOf(text(f));
    if (title) titles[url] = title;
  }
  const page = files.find((f) => f.path === offlinePagePath);
  const shell = page ? [urlOf(page.path), ...assetsOf(text(page)).filter((url) => !url.endsWith('.js') || url === '/theme-init.js')] : [];
  return {
    version: digest(versionChunks(kept)).slice(0, 12),
    files: urls,
    hashes: kept.map((f) => digest([f.content]).slice(0, 10)),
    shell,
    pages,
    titles,
    search: { files: urls.flatMap((url, i) => (SEARCH_FILE.test(url) ? [i] : [])), fragments },
    bytes: kept.reduce((sum, f) => sum + f.bytes, 0),
  };
}
