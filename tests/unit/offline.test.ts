import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../../src/integrations/offline.ts';
import { assetsOf, offlineManifest as manifestOf, urlOf, type BuiltFile, type Digest } from '../../src/lib/offline.ts';

const sha256: Digest = (chunks) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};
const offlineManifest = (files: readonly BuiltFile[]) => manifestOf(files, sha256);

const file = (path: string, text = path): BuiltFile => {
  const content = new TextEncoder().encode(text);
  return { path, bytes: content.length, content };
};

const OFFLINE_PAGE = `<html><head><link rel="stylesheet" href="/_astro/base.1.css"><script src="/theme-init.js"></script>
<link rel="icon" href="/favicon.svg"></head><body><astro-island component-url="/_astro/OfflineSaver.2.js" renderer-url="/_astro/client.3.js">
</astro-island><a href="/book/welcome/">not an asset</a><img src="https://example.org/x.png"></body></html>`;

const SITE = [
  file('index.html'),
  file('404.html'),
  file('book/welcome/index.html'),
  file('offline/index.html', OFFLINE_PAGE),
  file('_astro/base.1.css'),
  file('_astro/OfflineSaver.2.js', 'import{h as e}from"./preact.4.js";import"./hooks.5.js";'),
  file('_astro/client.3.js', 'import{r}from"./preact.4.js";'),
  file('_astro/preact.4.js', 'export const h=1'),
  file('_astro/hooks.5.js', 'const x=()=>import("./lazy.6.js")'),
  file('_astro/lazy.6.js'),
  file('_astro/unrelated.7.js'),
  file('theme-init.js'),
  file('favicon.svg'),
  file('pagefind/pagefind-entry.json'),
  file('toolkit/first-steps/first-steps.pptx'),
  file('sw.js'),
  file('offline.json'),
  file('robots.txt'),
  file('sitemap-index.xml'),
  file('_headers'),
  file('book.epub'),
];

describe('urlOf', () => {
  it('gives the address a reader asks for', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('book/welcome/index.html')).toBe('/book/welcome/');
    expect(urlOf('_astro/a.js')).toBe('/_astro/a.js');
  });
});

describe('assetsOf', () => {
  it("lists a page's styles, scripts, icons and its islands' modules with everything they import", () => {
    const read = (url: string) =>
      SITE.find((f) => urlOf(f.path) === url) && new TextDecoder().decode(SITE.find((f) => urlOf(f.path) === url)!.content);
    expect(assetsOf(OFFLINE_PAGE, read)).toEqual([
      '/_astro/OfflineSaver.2.js',
      '/_astro/base.1.css',
      '/_astro/client.3.js',
      '/_astro/hooks.5.js',
      '/_astro/lazy.6.js',
      '/_astro/preact.4.js',
      '/favicon.svg',
      '/theme-init.js',
    ]);
  });
});

const text = (url: string) => {
  const f = SITE.find((s) => urlOf(s.path) === url);
  return f && new TextDecoder().decode(f.content);
};

describe('offlineManifest', () => {
  const manifest = offlineManifest(SITE);

  it('stores every page and file a reader can ask for, downloads included', () => {
    expect(manifest.files).toContain('/');
    expect(manifest.files).toContain('/book/welcome/');
    expect(manifest.files).toContain('/pagefind/pagefind-entry.json');
    expect(manifest.files).toContain('/toolkit/first-steps/first-steps.pptx');
  });

  it('leaves out the 404 page, the service worker itself and files only crawlers read', () => {
    for (const url of ['/404.html', '/sw.js', '/offline.json', '/robots.txt', '/sitemap-index.xml', '/_headers', '/book.epub'])
      expect(manifest.files).not.toContain(url);
    expect(manifest.bytes).toBe(SITE.filter((f) => manifest.files.includes(urlOf(f.path))).reduce((n, f) => n + f.bytes, 0));
  });

  it('installs with the offline page, its styles, icons and theme script only: no island scripts, not the whole book', () => {
    expect(manifest.shell).toEqual(['/offline/', '/_astro/base.1.css', '/favicon.svg', '/theme-init.js']);
  });

  it("lists each page's files, islands' modules and their imports included, for keeping with the page", () => {
    const of = (page: string) => manifest.pages[page]!.map((i) => manifest.files[i]).sort();
    expect(of('/offline/')).toEqual(assetsOf(OFFLINE_PAGE, (url) => text(url)));
    expect(of('/offline/')).toContain('/_astro/lazy.6.js');
    expect(of('/book/welcome/')).toEqual([]);
  });

  it('gives each file its own digest, so an update copies over the files that did not change', () => {
    expect(manifest.hashes).toHaveLength(manifest.files.length);
    const edited = offlineManifest(SITE.map((f) => (f.path === 'book/welcome/index.html' ? file(f.path, 'new text') : f)));
    const changed = manifest.files.filter((url, i) => edited.hashes[edited.files.indexOf(url)] !== manifest.hashes[i]);
    expect(changed).toEqual(['/book/welcome/']);
  });

  it("lists search's own files apart from the fragments, and each page's fragment with its kind", () => {
    const site = [
      ...SITE,
      file('book/welcome/index.html', '<title>Welcome · eTwinning Handbook</title>'),
      file('pagefind/pagefind-ui.js'),
      file('pagefind/index/en_1.pf_index'),
      file('pagefind/fragment/en_a.pf_fragment', 'welcome'),
      file('pagefind/fragment/en_b.pf_fragment', 'broken'),
      file('pagefind/pagefind-highlight.js'),
    ];
    const read = (f: BuiltFile) =>
      new TextDecoder().decode(f.content) === 'welcome' ? { url: '/book/welcome/', kind: 'Chapter' } : undefined;
    const m = manifestOf(site, sha256, read);
    expect(m.search.files.map((i) => m.files[i])).toEqual([
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-ui.js',
    ]);
    expect(m.search.fragments).toEqual({
      '/book/welcome/': { file: m.files.indexOf('/pagefind/fragment/en_a.pf_fragment'), kind: 'Chapter' },
    });
    expect(m.titles['/book/welcome/']).toBe('Welcome');
  });

  it('orders files by code point, not by the locale of the machine that builds', () => {
    const files = offlineManifest([file('b.txt'), file('B.txt'), file('a.txt'), file('_x.txt')]).files;
    expect(files).toEqual(['/B.txt', '/_x.txt', '/a.txt', '/b.txt']);
  });

  it('changes version when any stored file changes, and only then', () => {
    const same = offlineManifest([...SITE].reverse());
    expect(same.version).toBe(manifest.version);
    const edited = offlineManifest(SITE.map((f) => (f.path === 'book/welcome/index.html' ? file(f.path, 'new text') : f)));
    expect(edited.version).not.toBe(manifest.version);
    const robots = offlineManifest(SITE.map((f) => (f.path === 'robots.txt' ? file(f.path, 'Disallow: /') : f)));
    expect(robots.version).toBe(manifest.version);
  });
});

describe('the service worker as the build writes it (dist/sw.js)', () => {
  const script = workerScript(readFileSync(new URL('../../src/client/offline-worker/offline-worker.ts', import.meta.url), 'utf8'));

  it('is a classic script, as navigator.serviceWorker.register() without a type loads it', () => {
    expect(() => new Script(`const BOOK = {};\n${script}`)).not.toThrow();
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('keeps its handlers and loses only the types', () => {
    for (const event of ['install', 'activate', 'fetch', 'message']) expect(script).toContain(`self.addEventListener('${event}'`);
    expect(script).not.toMatch(/: (Request|Response|Asker|Promise<)/);
  });
});
