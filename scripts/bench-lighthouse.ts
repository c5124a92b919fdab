/**
 * The Lighthouse part of `npm run bench`: Lighthouse's default (mobile) run,
 * on the built site, for the pages a reader meets: the four scores, and LCP,
 * TBT and CLS per page, against the budgets (100 for accessibility, best
 * practices and SEO; 95 or more for performance), with FCP beside them. Expects a build in
 * BUILD_DIR (bench.ts makes one); prints the machine's load, since a busy
 * machine slows the simulated mobile CPU too. Each page is run
 * LIGHTHOUSE_RUNS times (3 by default) and the run with the median
 * performance score is printed, as Lighthouse advises for noisy machines;
 * LIGHTHOUSE_PAGES=map,cover runs only those pages.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const buildDir = process.env.BUILD_DIR ?? '.build/bench';
const dist = resolve(buildDir, 'dist');
const port = Number(process.env.PORT ?? 4392);

const PAGES = [
  ['cover', '/'],
  ['chapter', '/book/getting-help/'],
  ['map', '/map/'],
  ['knowledge quiz', '/book/knowledge-quiz/'],
  ['self-assessment', '/book/self-assessment-quiz/'],
  ['toolkit', '/book/toolkit/'],
  ['deck viewer', '/toolkit/getting-started/'],
  ['facts and figures', '/book/facts-and-figures/'],
  ['whole book', '/print/'],
] as const;

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',');
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run npm run build (with BUILD_DIR=${buildDir}) first.`);
  process.exit(1);
}
const { base, stop } = await startStaticServer({ port, dir: dist, gzip: true });
const chromePath = findChromium();
const over: string[] = [];
try {
  console.log(
    `\nLighthouse (mobile preset), load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} on ${navigator.hardwareConcurrency} cores\n`,
  );
  console.log(`Median of ${RUNS} runs per page (performance scores of every run in brackets)\n`);
  console.log('| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, path] of PAGES.filter(([label]) => !ONLY || ONLY.some((o) => label.startsWith(o)))) {
    const runs: Awaited<ReturnType<typeof lighthouse>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The last browser's shutdown (its processes exit for a second or two) would land in this run's trace.
      await new Promise((done) => setTimeout(done, 2000));
      // A fresh browser for each run, as Lighthouse's own CLI runs: one browser for all gave a page the
      // work left over from the one before (TBT 425 ms on a chapter that scores 60 ms alone).
      const chrome = await launchChrome({ ...(chromePath ? { chromePath } : {}), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
      runs.push(await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' }).finally(() => chrome.kill()));
    }
    const performance = (r: (typeof runs)[number]) => r?.lhr.categories['performance']?.score ?? 0;
    const result = [...runs].sort((a, b) => performance(a) - performance(b))[Math.floor(runs.length / 2)];
    if (!result) throw new Error(`lighthouse gave no result for ${path}`);
    const { categories, audits, runtimeError } = result.lhr;
    const every = runs.map((r) => Math.round(performance(r) * 100)).join(', ');
    if (runtimeError) {
      over.push(`${label}: Lighthouse failed (${runtimeError.code})`);
      console.log(`| ${label} ${path} | failed: ${runtimeError.code} ${runtimeError.message.slice(0, 80)} | | | | | | | |`);
      continue;
    }
    const score = (id: keyof typeof BUDGET) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    const scores = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).map((id) => {
      const value = score(id);
      if (value < BUDGET[id]) over.push(`${label}: ${id} ${value} < ${BUDGET[id]}`);
      return value;
    });
    const [fcp, lcp, tbt, cls] = [
      metric('first-contentful-paint'),
      metric('largest-contentful-paint'),
      metric('total-blocking-time'),
      metric('cumulative-layout-shift'),
    ];
    const cells = [`${scores[0]} (${every})`, ...scores.slice(1)];
    console.log(
      `| ${label} ${path} | ${cells.join(' | ')} | ${fcp.toFixed(0)} | ${lcp.toFixed(0)} | ${tbt.toFixed(0)} | ${cls.toFixed(3)} |`,
    );
  }
} finally {
  stop();
}
console.log(over.length ? `\nUnder budget:\n${over.join('\n')}` : '\nEvery page within the Lighthouse budgets.');
