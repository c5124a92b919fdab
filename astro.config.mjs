// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import search from './src/integrations/search.ts';
import offline from './src/integrations/offline.ts';

// Where the book will be served; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://etwinning-ambassadors.example.org';
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
  // offline() comes after search(): the search index is among the files it lists.
  integrations: [mdx(), preact(), sitemap(), search(), offline()],
  // The book has no code listings; Shiki's inline styles would also fight the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // Small CSS goes inline; it saves a request per page.
    inlineStylesheets: 'auto',
  },
  security: {
    // Astro writes a CSP <meta> with hashes for every script it renders, so no
    // 'unsafe-inline' is needed for scripts. Pagefind runs WebAssembly, hence
    // 'wasm-unsafe-eval'. Inline style attributes (SVG, Leaflet) stay allowed.
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
