/**
 * `node scripts/toolkit-bench.ts` (run by `npm run bench` after its build; BUILD_DIR as there):
 * the deck builder's figures. Prints its first-load JavaScript (gzip, what the
 * page fetches before the reader does anything: pptxgenjs must not be in it),
 * the time from pressing "Download" to the file for a 30-slide deck in
 * Chromium, and whether LibreOffice Impress opens that file (when installed).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const buildDir = process.env.BUILD_DIR ?? '.build/bench';
const dist = resolve(buildDir, 'dist');
const PAGE = '/toolkit/build/';
/** Budget: the builder before any download, gzip (Preact, the island and its model; not pptxgenjs). */
const FIRST_LOAD_BUDGET_KB = 30;
const DOWNLOAD_BUDGET_MS = 3000;

if (!existsSync(join(dist, 'toolkit/build/index.html'))) {
  console.error(`No ${PAGE} in ${dist}: build first (npm run build, or npm run bench).`);
  process.exit(2);
}
const env = { ...process.env, BUILD_DIR: buildDir, PORT: process.env.TOOLKIT_BENCH_PORT ?? '4391' };
const { base, stop } = await startStaticServer({ port: Number(env.PORT), env });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const work = mkdtempSync(join(tmpdir(), 'toolkit-bench-'));
try {
  const page = await browser.newPage({ acceptDownloads: true });
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(base + PAGE);
  await page.locator('.deck-builder').scrollIntoViewIfNeeded();
  await page.locator('[data-builder-ready]').waitFor();
  const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
  const firstLoad = [...scripts].reduce((sum, s) => sum + gz(s), 0);

  // 30 slides: every deck's slides in turn until there are 30, through the builder's own "Add" buttons.
  const add = page.locator('.builder-library button');
  await page.locator('.builder-library details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const count = await add.count();
  for (let i = 0; i < 30; i++) await add.nth(i % count).click();
  await page.getByLabel('Your name').fill('Bench Presenter (fictional)');
  const before = new Set(scripts);
  const startedAt = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click(),
  ]);
  const file = join(work, 'deck.pptx');
  await download.saveAs(file);
  const ms = Date.now() - startedAt;
  const lazy = [...scripts].filter((s) => !before.has(s)).reduce((sum, s) => sum + gz(s), 0);

  console.log('\nDeck builder (/toolkit/build/)');
  console.log(
    `- first-load JavaScript: ${(firstLoad / 1024).toFixed(1)} KB gzip in ${before.size} files (budget ${FIRST_LOAD_BUDGET_KB} KB: ${firstLoad / 1024 <= FIRST_LOAD_BUDGET_KB ? 'within' : 'OVER'})`,
  );
  console.log(`- loaded on "Download" only: ${(lazy / 1024).toFixed(1)} KB gzip (pptxgenjs and the deck code)`);
  console.log(
    `- "Download" to file, 30 slides: ${ms} ms (budget ${DOWNLOAD_BUDGET_MS} ms: ${ms <= DOWNLOAD_BUDGET_MS ? 'within' : 'OVER'}), ${(readFileSync(file).length / 1024).toFixed(0)} KB`,
  );

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status === 0) {
    copyFileSync(file, join(work, 'in.pptx'));
    const convert = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'in.pptx')], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    const info = spawnSync('pdfinfo', [join(work, 'in.pdf')], { encoding: 'utf8' });
    const pages = /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1];
    console.log(
      `- LibreOffice Impress opens it: ${convert.status === 0 && pages ? `yes, ${pages} pages in the PDF it prints` : `NO (${(convert.stderr || info.stderr || '').trim()})`}`,
    );
  } else console.log('- LibreOffice Impress: not installed here, not checked');
} finally {
  await browser.close();
  stop();
  rmSync(work, { recursive: true, force: true });
}
