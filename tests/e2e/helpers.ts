import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The built site under test: BUILD_DIR/dist when set, else dist. */
export const distDir = resolve(process.env.BUILD_DIR ? join(process.env.BUILD_DIR, 'dist') : 'dist');

/** Every HTML page of the built site as a URL path ("/book/welcome/"), Pagefind's files excluded. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(distDir, p).replaceAll('\\', '/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** The file in dist that serves a page's URL path. */
export const pageFile = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path.slice(1));

/** A built page's HTML, read from disk. */
export const readPage = (path: string) => readFileSync(pageFile(path), 'utf8');

/** Records every request the page makes to a host other than the local server. */
export function watchExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') external.push(req.url());
  });
  return external;
}

/** Collects Content-Security-Policy violations reported in the console. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeScope {
  /** Check only these parts of the page (what changed since the page was checked whole). */
  include?: string[];
  exclude?: string[];
}

// The minified build: the page parses 0.6 MB instead of 1.3 MB on every check (about 0.5 s each).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe with the WCAG 2.2 AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, { include = [], exclude = [] }: AxeScope = {}): Promise<void> {
  // What a reader sees once the page is still: a reveal that is fading in (the self-assessment's result)
  // would be measured half-transparent on a loaded machine. Finite animations only; spinners keep going.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  // Only violations are read: skipping the passes and incomplete lists makes axe much faster on long pages.
  // Legacy mode runs axe in the page itself; the default opens a second blank page per check to merge frame
  // results (about 1 s each), and the book has no frames to merge.
  let builder = new AxeBuilder({ page, axeSource })
    .setLegacyMode(true)
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] });
  for (const sel of include) builder = builder.include(sel);
  for (const sel of exclude) builder = builder.exclude(sel);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
