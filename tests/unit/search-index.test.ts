import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageKind, pathOfFile, prepareForIndex } from '../../src/lib/search-index.ts';
import { cspHash, THEME_INIT_SCRIPT } from '../../src/lib/csp.ts';

describe('search index preparation', () => {
  it('names each page by its kind from its URL', () => {
    expect(pageKind(pathOfFile('book/recognition/index.html'))).toBe('chapter');
    expect(pageKind(pathOfFile('faq/index.html'))).toBe('faq');
    expect(pageKind(pathOfFile('glossary/index.html'))).toBe('glossary');
    expect(pageKind(pathOfFile('toolkit/recognition/index.html'))).toBe('slides');
    expect(pageKind(pathOfFile('toolkit/recognition/handout/index.html'))).toBe('handout');
    expect(pageKind(pathOfFile('index.html'))).toBe('page');
    expect(pageKind(pathOfFile('toolkit/index.html'))).toBe('page');
  });

  const page =
    '<html><head><title>x</title></head><body><article data-pagefind-body><p class="handout-kicker">Toolkit · handout</p><h1>Deck</h1><h2 id="a">Part</h2><p>Text</p></article></body></html>';

  it('adds the kind as metadata and as a filter', () => {
    const out = prepareForIndex(page, 'chapter', 'Chapter');
    expect(out).toContain('<meta data-pagefind-meta="kind[content]" content="Chapter">');
    expect(out).toContain('<meta data-pagefind-filter="kind[content]" content="Chapter">');
    expect(out).not.toContain('data-pagefind-weight');
  });

  it("weighs a deck's text and headings below a chapter's and leaves its kicker out of excerpts", () => {
    const out = prepareForIndex(page, 'handout', 'Handout');
    expect(out).toMatch(/<article data-pagefind-weight="0\.\d+" data-pagefind-body>/);
    expect(out).toMatch(/<h1 data-pagefind-weight="0\.\d+">/);
    expect(out).toMatch(/<h2 data-pagefind-weight="0\.\d+" id="a">/);
    expect(out).toContain('<p data-pagefind-ignore class="handout-kicker">');
  });
});

describe('CSP', () => {
  it('hashes the inline head script as the browser does (sha256 of its exact text)', async () => {
    const expected = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
    expect(await cspHash(THEME_INIT_SCRIPT)).toBe(expected);
  });
});
