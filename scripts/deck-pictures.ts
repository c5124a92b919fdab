/**
 * `npm run deck-pictures`: draws each chapter diagram a deck shows on a
 * "picture" slide (content/toolkit/*.yaml, `picture: { diagram: … }`) as a PNG,
 * from the built book in headless Chromium (light theme, twice the CSS size),
 * into public/toolkit/pictures/<id>.png, and lists them in pictures.json with
 * the digest of each diagram's source. Builds first unless `--no-build` (with
 * DECK_PICTURES_DRAFT=1, so a deck may name a picture not drawn yet).
 * Run it after changing a diagram a deck uses: tests/unit/toolkit-pictures.test.ts
 * fails while a picture is older than its diagram.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { parse } from 'yaml';
import { componentOf } from '../src/lib/toolkit/pictures.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const buildDir = process.env.BUILD_DIR ?? '.build/pictures';
const dist = resolve(buildDir, 'dist');
const out = join(root, 'public/toolkit/pictures');
const port = Number(process.env.PORT ?? 4393);

/** The diagrams the decks ask for (or those named on the command line, to try one out). */
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = new Set<string>(named);
for (const name of named.length ? [] : readdirSync(join(root, 'content/toolkit')).filter((f) => f.endsWith('.yaml'))) {
  const deck = parse(readFileSync(join(root, 'content/toolkit', name), 'utf8')) as { slides?: { picture?: { diagram?: string } }[] };
  for (const slide of deck.slides ?? []) if (slide.picture?.diagram) wanted.add(slide.picture.diagram);
}

/** The id prefix a diagram gives its SVG's title (`id="reg"` or `id = 'erasmus'` in its source). */
function svgIdOf(source: string, file: string): string {
  const id = /\bid\s*=\s*["']([\w-]+)["']/.exec(source)?.[1];
  if (!id) throw new Error(`${file}: no id prefix found for its SVG`);
  return id;
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, BUILD_DIR: buildDir, DECK_PICTURES_DRAFT: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const chapters = readdirSync(join(dist, 'book')).map((slug) => `/book/${slug}/`);
const { base, stop } = await startStaticServer({ port, dir: dist });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const list: Record<string, { width: number; height: number; source: string }> = {};
try {
  const page = await browser.newPage({ viewport: { width: 600, height: 1600 }, deviceScaleFactor: 2, colorScheme: 'light' });
  for (const id of [...wanted].sort()) {
    const file = join(root, 'src/components/diagrams', `${componentOf(id)}.astro`);
    const source = readFileSync(file, 'utf8');
    const svgId = svgIdOf(source, file);
    const selector = `svg[aria-labelledby^="${svgId}-title"]`;
    const chapter = chapters.find((path) =>
      readFileSync(join(dist, path, 'index.html'), 'utf8').includes(`aria-labelledby="${svgId}-title`),
    );
    if (!chapter) throw new Error(`${id}: no chapter shows ${componentOf(id)} (looked for ${selector})`);
    await page.goto(base + chapter);
    await page.evaluate(async () => document.fonts.ready);
    // The diagram alone, on white (a slide is white, the page's paper is not), with a margin, so no
    // stroke at its edge is cut.
    await page.evaluate((sel) => {
      const svg = document.querySelector(sel);
      if (!svg) throw new Error(`no ${sel}`);
      const frame = document.createElement('div');
      frame.id = 'deck-picture';
      Object.assign(frame.style, {
        position: 'fixed',
        left: '0',
        top: '0',
        width: '480px',
        padding: '16px',
        background: '#fff',
        zIndex: '2147483647',
      });
      const clone = svg.cloneNode(true) as SVGElement;
      clone.style.display = 'block';
      frame.append(clone);
      // The page's own fixed and sticky parts (header, notices) must not show through: only the frame stays.
      document.body.replaceChildren(frame);
    }, selector);
    const frame = page.locator('#deck-picture');
    // A diagram has few colours: a palette PNG is a third of the size and looks the same on a projector.
    const png = await sharp(await frame.screenshot({ animations: 'disabled' }))
      .png({ palette: true, quality: 95, compressionLevel: 9 })
      .toBuffer();
    writeFileSync(join(named.length ? (process.env['OUT'] ?? out) : out, `${id}.png`), png);
    const { width = 0, height = 0 } = await sharp(png).metadata();
    list[id] = {
      width,
      height,
      source: createHash('sha256').update(source).digest('hex'),
    };
    console.log(`${id}: from ${chapter}, ${list[id].width}×${list[id].height}, ${(png.length / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  stop();
}
if (!named.length) writeFileSync(join(out, 'pictures.json'), `${JSON.stringify(list, null, 2)}\n`);
