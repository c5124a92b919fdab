// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import search from './src/integrations/search.ts';
import offline from './src/integrations/offline.ts';
import { astroCsp } from './src/lib/csp.ts';
import chapterChecks from './src/integrations/chapter-checks.ts';
import headers from './src/integrations/headers.ts';
import epub from './src/integrations/epub.ts';
import { getEdition } from './src/collections/edition.ts';

// Where the book will be served; canonical URLs, Open Graph and the sitemap use it.
// The edition config (content/edition.yaml, or EDITION_FILE) is read here first, so a wrong field or an accent
// colour that fails WCAG AA stops the build before any page is made.
const edition = getEdition();
const site = process.env.SITE_URL ?? edition.siteUrl;
// BUILD_DIR lets several builds run side by side (tests, bench) without clobbering dist/.
const buildDir = process.env.BUILD_DIR;
// The map draws bundled country shapes; raster tiles are opt-in (PUBLIC_MAP_TILE_URL). When they are
// switched on, their host — "{s}." subdomains as a wildcard — is the one extra origin images may come from.
const tileUrl = process.env.PUBLIC_MAP_TILE_URL;
const tileOrigin = tileUrl ? (tileUrl.replace(/^(https?:\/\/)\{s\}\./, '$1*.').match(/^https?:\/\/[^/]+/)?.[0] ?? '') : '';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: buildDir ? `${buildDir}/dist` : './dist',
  cacheDir: buildDir ? `${buildDir}/cache` : './node_modules/.astro',
  // chapterChecks() first: wrong chapter sources stop the build before any page is made.
  // offline() comes after search(): the search index is among the files it lists.
  integrations: [chapterChecks(), mdx(), preact(), sitemap(), search(), epub(), headers(), offline()],
  // The book has no code listings; Shiki's inline styles would also fight the CSP.
  markdown: { syntaxHighlight: false },
  // NO_MINIFY=1: readable bundles, so a CPU profile names the functions that cost time.
  vite: process.env.NO_MINIFY ? { build: { minify: false } } : {},
  build: {
    // All CSS goes inline: no render-blocking request before the first paint (about 4 KB gzip a page).
    inlineStylesheets: 'always',
  },
  security: {
    // One CSP for the pages and for host header files (src/lib/csp.ts). Astro adds the hashes of
    // every script it renders, so no 'unsafe-inline' is needed for scripts.
    csp: await astroCsp(tileOrigin),
  },
});
