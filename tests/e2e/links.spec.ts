import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { builtPages, distDir, readPage } from './helpers.ts';
import { COUNTRIES, peopleIn } from './data.ts';
import { candidateFiles, extractIds, extractLinks, resolveLink } from '../../src/lib/link-check.ts';
import { entryAnchor } from '../../src/lib/map/anchors.ts';

/**
 * Read straight from dist on disk (no browser): every internal link and
 * anchor in the built site resolves, so a missing page, file or heading id is
 * reported with the page it is on; and every country page (one template,
 * 44 pages: the browser checks visit a sample) has its heading, its people
 * and its links.
 */
// The configured site, as written in the canonical link of the home page.
const siteOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readPage('/'))?.[1] ?? 'https://site.invalid/').origin;

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

/** The broken internal links of one page's HTML, and how many internal links it has. */
function brokenLinks(page: string, html: string): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  for (const link of extractLinks(html)) {
    // Canonical and Open Graph URLs name the public host, not a page to follow here.
    if (/^<link\b[^>]*\brel="(canonical|alternate)"/.test(link.tag)) continue;
    const target = resolveLink(page, link.value, siteOrigin);
    if (!target) continue;
    checked++;
    const file = fileFor(target.path);
    if (!file) {
      broken.push(`${page}: ${link.attribute}="${link.value}" → no file for ${target.path}`);
    } else if (target.fragment && target.fragment !== 'top' && file.endsWith('.html') && !idsOf(file).has(target.fragment)) {
      broken.push(`${page}: ${link.attribute}="${link.value}" → ${target.path} has no id "${target.fragment}"`);
    }
  }
  return { broken, checked };
}

test('every internal link, asset and #fragment in the built site resolves', () => {
  const broken = new Set<string>();
  let checked = 0;
  for (const page of builtPages()) {
    const result = brokenLinks(page, readPage(page));
    result.broken.forEach((b) => broken.add(b));
    checked += result.checked;
  }
  expect(checked, 'links found in the built site').toBeGreaterThan(100);
  expect([...broken], `${broken.size} broken internal link(s)`).toEqual([]);
});

test('the checker reports a link to a missing page and to a missing #fragment, and passes good ones', () => {
  const html = `<main>
    <a href="/book/no-such-chapter/">gone</a>
    <a href="/glossary/#no-such-term">no anchor</a>
    <a href="/glossary/#twinspace">good anchor</a>
    <a href="../../glossary/">good relative</a>
    <img src="/favicon.svg" alt="">
    <a href="https://example.org/elsewhere">other host</a>
  </main>`;
  const { broken, checked } = brokenLinks('/book/test/', html);
  expect(checked).toBe(5);
  expect(broken).toEqual([
    '/book/test/: href="/book/no-such-chapter/" → no file for /book/no-such-chapter/',
    '/book/test/: href="/glossary/#no-such-term" → /glossary/ has no id "no-such-term"',
  ]);
});

test('every country page has its heading, every ambassador of the country, and its links', () => {
  const problems: string[] = [];
  for (const country of COUNTRIES) {
    const path = `/map/${country.code.toLowerCase()}/`;
    if (!fileFor(path)) {
      problems.push(`${path}: not built`);
      continue;
    }
    const html = readPage(path);
    const h1 = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
    if (h1.join('|') !== `Ambassadors in ${country.name}`) problems.push(`${path}: h1 ${JSON.stringify(h1)}`);
    const hrefs = new Set(extractLinks(html).map((l) => l.value));
    for (const href of [`/map/?country=${country.code}`, '/map/', '/book/getting-help/'])
      if (!hrefs.has(href)) problems.push(`${path}: no link to ${href}`);
    const entries = html.match(/<li\b[^>]*\sclass="[^"]*\bamb-entry\b/g)?.length ?? 0;
    if (entries !== peopleIn(country.code).length)
      problems.push(`${path}: ${entries} entries, the data has ${peopleIn(country.code).length}`);
    for (const person of peopleIn(country.code))
      if (!idsOf(fileFor(path)!).has(entryAnchor(person.id))) problems.push(`${path}: no entry #${entryAnchor(person.id)}`);
  }
  expect(problems).toEqual([]);
});
