/**
 * `node scripts/map-bench.ts` (called by `npm run bench` after its build):
 * the ambassador map with 10,000 and 50,000 generated ambassadors in headless
 * Chromium, beside a plain reference page (Leaflet + Leaflet.markercluster,
 * the same people and the same country shapes: scripts/map-bench-reference.ts).
 *
 * For each size it generates the people (scripts/map-generate.ts), builds the
 * whole site with them (AMBASSADORS_FILE), serves the build locally and
 * measures, over several fresh page loads:
 * - first view painted: the server-drawn map (HTML and SVG) on screen (first contentful paint);
 * - Leaflet interactive: from navigation start to the frame with Leaflet's markers and basemap, the
 *   pointer put over the map just after the island hydrates (it loads Leaflet only then), and from that moment;
 * - filter: from changing a filter to the frame showing the new list and markers painted;
 * - the same "ready" and "country = Spain" on the reference page, and ours divided by it;
 * - data transfer: the bytes the page fetches, gzip-compressed.
 * Timings depend on the machine's load: the load average is printed beside them.
 * A benchmark, not a test: it prints figures beside the budgets and says which are over.
 * MAP_BENCH_COUNTS=10000 runs one size; --reuse measures the previous builds again.
 */
import { median } from '../src/lib/median.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';
import { TYPING_PAUSE_MS } from '../src/lib/map/filters.ts';
import { encodeAmbassadors } from '../src/lib/map/compact.ts';
import { parseAmbassadorFile } from '../src/collections/ambassadors.ts';
import { writeReferencePage } from './map-bench-reference.ts';

const COUNTS = (process.env.MAP_BENCH_COUNTS ?? '10000,50000').split(',').map(Number);
const RUNS = Number(process.env.MAP_BENCH_RUNS ?? 5);
const BUDGET = { readyMs: 1000, filterMs: 100, textMs: 150, dataKb: 400, readyRatio: 0.3, filterRatio: 0.5 };
const port = Number(process.env.MAP_BENCH_PORT ?? 4391);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
const reuseAsked = process.argv.includes('--reuse');
const ok = (value: number, budget: number) => (value < budget ? 'within' : 'OVER');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
let over = false;
for (const COUNT of COUNTS) await benchOne(COUNT);
console.log(over ? '\nSome map budgets are OVER (see above).' : '\nAll map budgets met.');

async function benchOne(COUNT: number) {
  const work = resolve(process.env.BUILD_DIR ?? '.build/bench', `bench-map-${COUNT}`);
  const site = join(work, 'dist');
  // --reuse: measure the previous run's build again (for comparing runs without rebuilding).
  const reuse = reuseAsked && existsSync(join(site, 'map', 'index.html'));
  const dataFile = join(work, `ambassadors-${COUNT}.json`);
  const buildStart = performance.now();
  if (!reuse) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const gen = spawnSync(process.execPath, ['scripts/map-generate.ts', '--count', String(COUNT), '--out', dataFile], {
      env,
      stdio: 'ignore',
    });
    if (gen.status !== 0) throw new Error('scripts/map-generate.ts failed');
    console.log(`Building the site with ${COUNT.toLocaleString('en-GB')} generated ambassadors…`);
    const build = spawnSync('node_modules/.bin/astro', ['build'], {
      env: { ...env, BUILD_DIR: work, AMBASSADORS_FILE: dataFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;

  /** The generated people alone, encoded as the map's data file encodes them (no clusters), gzip. */
  const people = parseAmbassadorFile(readFileSync(dataFile, 'utf8'), dataFile).ambassadors;
  if (people.length !== COUNT) throw new Error(`scripts/map-generate.ts made ${people.length} valid ambassadors, not ${COUNT}`);
  const peopleKb = gzipSync(JSON.stringify(encodeAmbassadors(people)), { level: 6 }).length / 1024;
  const referencePath = writeReferencePage(site, people);
  console.log(
    `${COUNT.toLocaleString('en-GB')} people in the compact format: ${peopleKb.toFixed(0)} KB gzip (< ${BUDGET.dataKb} KB, ${ok(peopleKb, BUDGET.dataKb)})`,
  );

  const { base, stop: stopServer } = await startStaticServer({ port, env, dir: site, gzip: true });

  function gzipBytes(pathname: string): number {
    let file = join(site, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
  }

  /** Records, relative to navigation start, when the map's markers and basemap have been painted. */
  function watchReady() {
    const w = window as unknown as { __mapReady?: number; __afterNextPaint: (then: () => void) => void };
    /**
     * Runs `then` just after the next frame is painted: rAF runs before the paint, and a message
     * posted from it is handled right after (a timer can wait behind idle-time work the page queued).
     * Kept on window for timeFilter too.
     */
    const afterNextPaint = (w.__afterNextPaint = (then) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => then();
        channel.port2.postMessage(null);
      }));
    // Watch the map element's attributes only once it exists, to add as little work as possible.
    let watched = false;
    const found = new MutationObserver(() => {
      const el = document.querySelector('.amb-leaflet');
      if (!el || watched) return;
      watched = true;
      found.disconnect();
      const ready = new MutationObserver(() => {
        if (el.getAttribute('data-drawn') && el.getAttribute('data-basemap') === 'ready') {
          ready.disconnect();
          // Ready means on screen: the time after the frame that shows it has been painted.
          afterNextPaint(() => (w.__mapReady = performance.now()));
        }
      });
      ready.observe(el, { attributes: true, attributeFilter: ['data-drawn', 'data-basemap'] });
    });
    found.observe(document, { subtree: true, childList: true });
  }

  /**
   * Changes one filter and resolves with the ms until the frame showing the new result set has been
   * painted. For the text field, the form's pause after typing is not counted: the filter runs after it.
   */
  async function timeFilter(page: Page, select: string, value: string): Promise<number> {
    return page.evaluate(
      ([sel, val, pause]) =>
        new Promise<number>((done) => {
          const map = document.querySelector('.amb-leaflet')!;
          const el = document.querySelector<HTMLSelectElement | HTMLInputElement>(sel)!;
          const typed = el instanceof HTMLInputElement;
          const before = map.getAttribute('data-drawn');
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (map.getAttribute('data-drawn') === before) return;
            observer.disconnect();
            // The frame that shows the new markers and list (see watchReady).
            (window as unknown as { __afterNextPaint: (then: () => void) => void }).__afterNextPaint(() =>
              done(performance.now() - t0 - (typed ? pause : 0)),
            );
          });
          observer.observe(map, { attributes: true, attributeFilter: ['data-drawn'] });
          el.value = val;
          el.dispatchEvent(new Event(typed ? 'input' : 'change', { bubbles: true }));
        }),
      [select, value, TYPING_PAUSE_MS] as const,
    );
  }

  const loadBefore = load();
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const ready: number[] = [];
  /** From the reader turning to the map (a pointer over it) to Leaflet interactive. */
  const afterTurn: number[] = [];
  /** The first view as the server drew it, on screen (first contentful paint). */
  const painted: number[] = [];
  const reference = { ready: [] as number[], filter: [] as number[] };
  /** The island's performance marks (ms from navigation), to see where the time goes. */
  const stages: Record<string, number[]> = {};
  const filters: Record<string, number[]> = {};
  let transfer = { all: 0, data: 0, html: 0, requests: 0 };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const paths: string[] = [];
      page.on('request', (r) => paths.push(new URL(r.url()).pathname));
      await page.addInitScript(watchReady);
      await page.goto(`${base}/map/`);
      // The island loads the data and Leaflet when the reader turns to the map: as early as it can, here.
      await page.waitForFunction(() => performance.getEntriesByName('amb-hydrated').length > 0, undefined, { timeout: 30_000 });
      const turnedAt = await page.evaluate(() => performance.now());
      await page.hover('.amb-stage', { position: { x: 4, y: 4 } });
      await page.waitForFunction(() => (window as unknown as { __mapReady?: number }).__mapReady, undefined, { timeout: 30_000 });
      ready.push(await page.evaluate(() => (window as unknown as { __mapReady: number }).__mapReady));
      afterTurn.push(ready.at(-1)! - turnedAt);
      painted.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      const marks = await page.evaluate(() => [
        [
          'HTML parsed (DOMContentLoaded)',
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        ] as const,
        ...performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('amb-'))
          .map((m) => [m.name, m.startTime] as const),
      ]);
      for (const [name, t] of marks) (stages[name] ??= []).push(t);
      if (run === 0) {
        const count = await page.locator('.amb-count').textContent();
        if (!count?.includes(COUNT.toLocaleString('en-GB'))) throw new Error(`the map does not show ${COUNT} ambassadors: "${count}"`);
        transfer = {
          all: paths.reduce((s, p) => s + gzipBytes(p), 0),
          data: gzipBytes('/map/ambassadors.json'),
          html: gzipBytes('/map/'),
          requests: paths.length,
        };
      }
      for (const [label, sel, value] of [
        ['country = Spain', '#amb-country', 'ES'],
        ['+ language = Catalan', '#amb-language', 'ca'],
        ['+ support = visits', '#amb-support', 'visits'],
        ['back to all countries', '#amb-country', ''],
        ['any language', '#amb-language', ''],
        ['any support', '#amb-support', ''],
        ['text = "sevilla" (after the typing pause)', '#amb-q', 'sevilla'],
        ['text cleared (after the typing pause)', '#amb-q', ''],
      ] as const) {
        (filters[label] ??= []).push(await timeFilter(page, sel, value));
      }
      await context.close();
      // The reference page, in a fresh context too.
      const refContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const ref = await refContext.newPage();
      await ref.goto(`${base}${referencePath}`);
      await ref.waitForFunction(() => (window as unknown as { __mapReady?: number }).__mapReady, undefined, { timeout: 60_000 });
      reference.ready.push(await ref.evaluate(() => (window as unknown as { __mapReady: number }).__mapReady));
      reference.filter.push(await ref.evaluate(() => (window as unknown as { __filter: (c: string) => Promise<number> }).__filter('ES')));
      await refContext.close();
    }
  } finally {
    await browser.close();
    stopServer();
  }

  const readyMs = median(ready);
  const paintMs = median(painted);
  const spainMs = median(filters['country = Spain']!);
  const textMs = median(filters['text = "sevilla" (after the typing pause)']!);
  const filterMs = Math.max(...Object.values(filters).map(median));
  const refReady = median(reference.ready);
  const refFilter = median(reference.filter);
  const n = COUNT.toLocaleString('en-GB');
  console.log(`\nAmbassador map with ${n} generated ambassadors (median of ${RUNS} fresh loads, headless Chromium)`);
  // Timings depend on what else the machine is doing: say so beside them.
  console.log(`Load average before / after: ${loadBefore} / ${load()} on ${cpus().length} cores\n`);
  console.log('| measure | value | budget |');
  console.log('| --- | --- | --- |');
  const runs = (list: number[]) => `(runs: ${list.map((r) => r.toFixed(0)).join(', ')})`;
  console.log(`| navigation → first view painted (server-drawn map) | ${paintMs.toFixed(0)} ms ${runs(painted)} | — |`);
  console.log(
    `| navigation → Leaflet interactive | ${readyMs.toFixed(0)} ms ${runs(ready)} | < ${BUDGET.readyMs} ms, ${ok(readyMs, BUDGET.readyMs)} |`,
  );
  console.log(
    `| · from turning to the map (pointer over it, just after hydration) | ${median(afterTurn).toFixed(0)} ms ${runs(afterTurn)} | — |`,
  );
  console.log(`| reference (Leaflet + markercluster): navigation → ready | ${refReady.toFixed(0)} ms ${runs(reference.ready)} | — |`);
  const readyRatio = paintMs / refReady;
  console.log(
    `| ready ratio: ours (first view) / reference | ${readyRatio.toFixed(2)} | < ${BUDGET.readyRatio}, ${ok(readyRatio, BUDGET.readyRatio)} |`,
  );
  console.log(`| · Leaflet interactive / reference | ${(readyMs / refReady).toFixed(2)} | — |`);
  for (const [name, times] of Object.entries(stages).sort((a, b) => median(a[1]) - median(b[1]))) {
    console.log(`| · stage: ${name} | ${median(times).toFixed(0)} ms | — |`);
  }
  for (const [label, times] of Object.entries(filters))
    console.log(`| filter: ${label} | ${median(times).toFixed(0)} ms | < ${BUDGET.filterMs} ms, ${ok(median(times), BUDGET.filterMs)} |`);
  console.log(`| reference: filter country = Spain | ${refFilter.toFixed(0)} ms ${runs(reference.filter)} | — |`);
  const filterRatio = spainMs / refFilter;
  console.log(
    `| filter ratio: ours / reference (country = Spain) | ${filterRatio.toFixed(2)} | < ${BUDGET.filterRatio}, ${ok(filterRatio, BUDGET.filterRatio)} |`,
  );
  console.log(`| text query | ${textMs.toFixed(0)} ms | < ${BUDGET.textMs} ms, ${ok(textMs, BUDGET.textMs)} |`);
  console.log(
    `| ambassador data, gzip | ${(transfer.data / 1024).toFixed(0)} KB | < ${BUDGET.dataKb} KB${COUNT <= 10_000 ? `, ${ok(transfer.data / 1024, BUDGET.dataKb)}` : ' (at 10,000)'} |`,
  );
  console.log(`| /map/ HTML, gzip | ${(transfer.html / 1024).toFixed(0)} KB | — |`);
  console.log(`| whole page transfer, gzip (${transfer.requests} requests) | ${(transfer.all / 1024).toFixed(0)} KB | — |`);
  over ||=
    readyMs >= BUDGET.readyMs ||
    filterMs >= BUDGET.filterMs ||
    textMs >= BUDGET.textMs ||
    readyRatio >= BUDGET.readyRatio ||
    filterRatio >= BUDGET.filterRatio ||
    (COUNT <= 10_000 && Math.max(transfer.data / 1024, peopleKb) >= BUDGET.dataKb);
  // The build stays in BUILD_DIR/bench-map-<n> for a closer look (the next run replaces it).
  console.log(
    reuse
      ? `(The build of the previous run, in ${site}.)`
      : `(The site with ${n} ambassadors built in ${buildSeconds.toFixed(1)} s, in ${site}.)`,
  );
}
