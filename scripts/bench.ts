/**
 * `npm run bench`: builds the book, then loads typical pages in headless
 * Chromium and prints what each costs — HTML, JS and CSS bytes (raw and
 * gzip, measured from the files in dist), request count — and the build time.
 * A benchmark, not a test: it prints figures and the budgets beside them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const buildDir = process.env.BUILD_DIR ?? '.build/bench';
const dist = resolve(buildDir, 'dist');
const port = Number(process.env.PORT ?? 4390);
const env = {
  ...process.env,
  BUILD_DIR: buildDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
};

const started = Date.now();
const build = spawnSync('node_modules/.bin/astro', ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (Date.now() - started) / 1000;

const { base, stop: stopServer } = await startStaticServer({ port, env, gzip: true });

interface Row {
  page: string;
  html: [number, number];
  js: [number, number];
  css: [number, number];
  requests: number;
}

function sizes(pathname: string): [number, number] {
  let file = join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return [0, 0];
  const bytes = readFileSync(file);
  return [bytes.length, gzipSync(bytes, { level: 9 }).length];
}

async function measure(page: Page, label: string, path: string, then?: (p: Page) => Promise<void>): Promise<Row> {
  const urls: { path: string; type: string }[] = [];
  const onRequest = (r: Request) => urls.push({ path: new URL(r.url()).pathname, type: r.resourceType() });
  page.on('request', onRequest);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (then) await then(page);
  page.off('request', onRequest);
  const row: Row = { page: label, html: [0, 0], js: [0, 0], css: [0, 0], requests: urls.length };
  for (const u of urls) {
    const [raw, gz] = sizes(u.path);
    const key =
      u.type === 'document' ? 'html' : u.type === 'script' || u.path.endsWith('.js') ? 'js' : u.type === 'stylesheet' ? 'css' : undefined;
    if (key) row[key] = [row[key][0] + raw, row[key][1] + gz];
  }
  // Inline scripts count against the JS budget too.
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((s) => s.map((x) => x.textContent ?? ''));
  for (const code of inline) row.js = [row.js[0] + Buffer.byteLength(code), row.js[1] + gzipSync(code, { level: 9 }).length];
  return row;
}

const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const rows: Row[] = [];
try {
  const page = await browser.newPage();
  rows.push(await measure(page, 'cover /', '/'));
  rows.push(await measure(await browser.newPage(), 'chapter /book/getting-help/', '/book/getting-help/'));
  rows.push(
    await measure(await browser.newPage(), 'chapter + search open', '/book/getting-help/', async (p) => {
      await p.keyboard.press('/');
      await p.locator('#search-dialog input').first().fill('ambassador');
      await p.locator('.pagefind-ui__result').first().waitFor();
      await p.waitForLoadState('networkidle');
    }),
  );
  for (const extra of ['/book/facts-and-figures/', '/map/', '/book/knowledge-quiz/']) {
    if (existsSync(join(dist, extra, 'index.html'))) rows.push(await measure(await browser.newPage(), extra, extra));
  }
} finally {
  await browser.close();
}

const kb = ([raw, gz]: [number, number]) => `${(raw / 1024).toFixed(1)} / ${(gz / 1024).toFixed(1)}`;
console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (astro build incl. Pagefind)\n`);
console.log('| page | HTML KB raw/gz | JS KB raw/gz | CSS KB raw/gz | requests |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} | ${r.requests} |`);
const chapter = rows[1]!;
console.log(
  `\nBudget: a chapter page's JavaScript ≤ 3 KB gzip — measured ${(chapter.js[1] / 1024).toFixed(2)} KB (${chapter.js[1] <= 3072 ? 'within' : 'OVER'} budget).`,
);

stopServer();
// Lighthouse (mobile preset) on the same build: scores, LCP, TBT and CLS per page against the budgets.
if (!process.argv.includes('--no-lighthouse')) {
  spawnSync('node_modules/.bin/node', ['scripts/bench-lighthouse.ts'], { env, stdio: 'inherit' });
}
if (existsSync('scripts/map-bench.ts')) {
  spawnSync('node_modules/.bin/node', ['scripts/map-bench.ts'], { env, stdio: 'inherit' });
}
// The deck builder (first-load JS, Download to file for 30 slides, LibreOffice) on the same build.
spawnSync('node_modules/.bin/node', ['scripts/toolkit-bench.ts'], { env, stdio: 'inherit' });
// The importer: 200,000 generated rows, time, peak memory, town lookup per row.
spawnSync('node_modules/.bin/node', ['scripts/import-bench.ts'], { env, stdio: 'inherit' });
