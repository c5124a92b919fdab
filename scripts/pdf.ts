/**
 * `npm run pdf`: the whole book as a PDF, made by headless Chromium from the
 * built /print/ page (its print styles: running heads, page numbers, a chapter
 * per page). Builds first with BOOK_PDF=1, so /print/ links the PDF, then
 * writes <BUILD_DIR>/dist/etwinning-ambassadors.pdf beside the EPUB.
 * `--no-build` uses the build already there.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

export const PDF_FILE = 'etwinning-ambassadors.pdf';
const buildDir = process.env.BUILD_DIR ?? '.build/pdf';
const dist = resolve(buildDir, 'dist');
const port = Number(process.env.PORT ?? 4391);
const env = { ...process.env, BUILD_DIR: buildDir, BOOK_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1' };

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/astro', ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const started = Date.now();
const { base, stop } = await startStaticServer({ port, dir: dist, env });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(`${base}/print/`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const out = join(dist, PDF_FILE);
  // The page's own @page rules set the margins, running head and page numbers.
  await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true, printBackground: false, tagged: true, outline: true });
  console.log(`${out}: ${(statSync(out).size / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  stop();
}
