import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { bookDocs, EPUB_FILE, makeEpub } from '../../src/integrations/epub.ts';
import { expect, test } from './fixtures.ts';
import { CHAPTER_SLUGS } from './data.ts';
import { distDir } from './helpers.ts';

/**
 * The EPUB 3 the build writes (src/integrations/epub.ts): the whole book in
 * reading order, checked by a real EPUB checker (Debian's epubcheck, a Java
 * program: `apt-get install epubcheck`), and linked from /print/.
 */
const file = join(distDir, EPUB_FILE);
const EPUBCHECK = '/usr/bin/epubcheck';

test('the book as an EPUB holds every chapter in reading order, then the glossary and the FAQ', async ({ page }) => {
  const zip = await JSZip.loadAsync(readFileSync(file));
  expect(Object.keys(zip.files)[0], 'mimetype comes first, as EPUB requires').toBe('mimetype');
  const opf = await zip.file('OEBPS/book.opf')!.async('string');
  const spine = [...opf.matchAll(/<itemref idref="d-([^"]+)"/g)].map((m) => m[1]);
  await page.goto('/print/');
  const printed = await page.locator('.print-chapter').evaluateAll((sections) => sections.map((s) => s.id.replace(/^chapter-/, '')));
  expect(printed.sort()).toEqual([...CHAPTER_SLUGS].sort());
  expect(spine).toEqual([...(await page.locator('.print-chapter').evaluateAll((s) => s.map((e) => e.id.slice(8)))), 'glossary', 'faq']);
  const welcome = await zip.file('OEBPS/welcome.xhtml')!.async('string');
  expect(welcome).toMatch(/<h1[^>]*>Welcome/);
  expect(welcome).not.toMatch(/<script|<button|astro-island/);
  // Diagrams come as SVG with their text alternative.
  const withSvg = [...opf.matchAll(/href="([^"]+)"[^>]*properties="svg"/g)].length;
  expect(withSvg).toBeGreaterThan(3);
  await expect(page.getByRole('link', { name: 'EPUB, for e-book apps' })).toHaveAttribute('href', `/${EPUB_FILE}`);
  expect((await page.request.get(`/${EPUB_FILE}`)).status()).toBe(200);
});

test('the same pages and date give the same EPUB, byte for byte (a rebuild changes nothing)', async () => {
  const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
  const make = () =>
    makeEpub(bookDocs(read, 'https://example.org/'), { site: 'https://example.org/', date: new Date('2026-12-01T00:00:00Z'), css: '' });
  expect((await make()).equals(await make())).toBe(true);
});

test('the EPUB passes epubcheck', () => {
  test.skip(!existsSync(EPUBCHECK), 'epubcheck is not installed (apt-get install epubcheck)');
  test.setTimeout(180_000);
  let output = '';
  try {
    output = execFileSync('java', ['-jar', EPUBCHECK, '--quiet', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    expect(output, 'epubcheck found problems').toBe('');
  }
  expect(output.trim()).toBe('');
});
