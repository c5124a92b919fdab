import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './helpers.ts';
import { candidateFiles, extractIds, extractLinks, resolveLink } from '../../src/lib/link-check.ts';

/**
 * Every internal link and anchor in the built site resolves: read straight
 * from dist on disk (no browser), so a missing page, file or heading id is
 * reported with the page it is on.
 */
const pageFile = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path.slice(1));
const homeHtml = readFileSync(pageFile('/'), 'utf8');
// The configured site, as written in the canonical link of the home page.
const siteOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1] ?? 'https://site.invalid/').origin;

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = extractIds(readFileSync(file, 'utf8'))));
  return ids;
}

function fileFor(path: string): string | undefined {
  return candidateFiles(path)
    .map((rel) => join(distDir, rel))
    .find((f) => existsSync(f) && statSync(f).isFile());
}

test('every internal link, asset and #fragment in the built site resolves', () => {
  const broken = new Set<string>();
  let checked = 0;
  for (const page of builtPages()) {
    const html = readFileSync(pageFile(page), 'utf8');
    for (const link of extractLinks(html)) {
      // Canonical and Open Graph URLs name the public host, not a page to follow here.
      if (/^<link\b[^>]*\brel="(canonical|alternate)"/.test(link.tag)) continue;
      const target = resolveLink(page, link.value, siteOrigin);
      if (!target) continue;
      checked++;
      const file = fileFor(target.path);
      if (!file) {
        broken.add(`${page}: ${link.attribute}="${link.value}" → no file for ${target.path}`);
      } else if (target.fragment && target.fragment !== 'top' && file.endsWith('.html') && !idsOf(file).has(target.fragment)) {
        broken.add(`${page}: ${link.attribute}="${link.value}" → ${target.path} has no id "${target.fragment}"`);
      }
    }
  }
  expect(checked, 'links found in the built site').toBeGreaterThan(100);
  expect([...broken], `${broken.size} broken internal link(s)`).toEqual([]);
});

test('the checker notices a link to a page or heading that does not exist', () => {
  expect(fileFor('/book/no-such-chapter/')).toBeUndefined();
  expect(fileFor('/glossary/')).toBeDefined();
  expect(idsOf(pageFile('/glossary/')).has('no-such-term')).toBe(false);
});
