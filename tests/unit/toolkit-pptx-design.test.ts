import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { toDeckModel } from '../../src/lib/toolkit/model.ts';
import { buildPptx, FOOTER_PT } from '../../src/lib/toolkit/pptx.ts';
import { BRAND } from '../../src/lib/toolkit/pptx-theme.ts';
import { contentDecks, readDeck } from './toolkit-load.ts';

/**
 * What a presenter sees when they open a deck and add a slide of their own:
 * the brand in the theme (not on each run), a readable footer, diagrams as
 * editable shapes, and files that do not change from one build to the next.
 */
const DATE = new Date('2026-11-22T10:00:00Z');
const fixture = toDeckModel('fixture', readDeck(join(import.meta.dirname, 'fixtures/toolkit-two-column.yaml')));

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)!.async('string');
  const parts = (re: RegExp) => Object.keys(zip.files).filter((f) => re.test(f));
  return { zip, read, parts };
}

describe('the .pptx design', () => {
  it('carries the brand colours and fonts in its theme', async () => {
    const { read } = await open(await buildPptx(fixture, { date: DATE }));
    const theme = await read('ppt/theme/theme1.xml');
    expect(theme).toContain(`<a:accent1><a:srgbClr val="${BRAND.blue}"/></a:accent1>`);
    expect(theme).toContain(`<a:dk1><a:srgbClr val="${BRAND.ink}"/></a:dk1>`);
    expect(theme).not.toContain('4472C4'); // Office's default blue
    expect(theme).toMatch(new RegExp(`<a:majorFont><a:latin typeface="${BRAND.headFont}"`));
    expect(theme).toMatch(new RegExp(`<a:minorFont><a:latin typeface="${BRAND.bodyFont}"`));
  });

  it('names no font family on any slide or layout: text takes the theme fonts', async () => {
    const { read, parts } = await open(await buildPptx(fixture, { date: DATE }));
    for (const part of parts(/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/)) {
      const families = [...(await read(part)).matchAll(/<a:(latin|ea|cs) typeface="([^"+][^"]*)"/g)].map((m) => m[2]);
      expect(families, part).toEqual([]);
    }
  });

  it('sets the footer and slide number at 12 pt or more on every layout', async () => {
    const { read, parts } = await open(await buildPptx(fixture, { date: DATE }));
    expect(FOOTER_PT).toBeGreaterThanOrEqual(12);
    for (const part of parts(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/)) {
      const xml = await read(part);
      const footer = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*eTwinning Ambassadors: the open handbook(?:(?!<\/p:sp>)[\s\S])*<\/p:sp>/.exec(xml)?.[0];
      if (!footer) continue; // pptxgenjs's own default layout has no footer
      const sizes = [...footer.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length, part).toBeGreaterThan(0);
      expect(Math.min(...sizes), part).toBeGreaterThanOrEqual(1200);
    }
  });

  it('draws a diagram as shapes holding its labels as text, with arrows', async () => {
    const { read } = await open(await buildPptx(fixture, { date: DATE }));
    const slide = fixture.slides.find((s) => s.diagram?.kind === 'cycle')!;
    const xml = await read(`ppt/slides/slide${slide.number}.xml`);
    expect(xml.match(/prst="roundRect"/g)).toHaveLength(slide.diagram!.items.length);
    for (const item of slide.diagram!.items) expect(xml).toContain(`<a:t>${item.replaceAll('&', '&amp;')}</a:t>`);
    expect(xml).toContain('<a:tailEnd type="triangle"');
  });

  it('puts the big number and the quote on their slides as text', async () => {
    const { read } = await open(await buildPptx(fixture, { date: DATE }));
    const number = fixture.slides.find((s) => s.figure)!;
    expect(await read(`ppt/slides/slide${number.number}.xml`)).toContain(`<a:t>${number.figure!.value}</a:t>`);
    const quote = fixture.slides.find((s) => s.quote)!;
    expect(await read(`ppt/slides/slide${quote.number}.xml`)).toContain(quote.quote!.by);
  });
});

describe('reproducible files', () => {
  it('gives byte-identical files for the same deck and date, and different ones for another date', async () => {
    const a = await buildPptx(fixture, { date: DATE });
    const b = await buildPptx(fixture, { date: DATE });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await buildPptx(fixture, { date: new Date('2027-01-05T08:00:00Z') });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
  });

  it('writes the given date into the document properties and every zip entry', async () => {
    const { zip, read } = await open(await buildPptx(fixture, { date: DATE }));
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T10:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T10:00:00Z</dcterms:modified>');
    // Zip times have a two-second resolution.
    for (const f of Object.values(zip.files)) expect(Math.abs(f.date.getTime() - DATE.getTime()), f.name).toBeLessThan(2000);
  });

  it('refuses a date a zip cannot hold', async () => {
    await expect(buildPptx(fixture, { date: new Date('1970-01-01T00:00:00Z') })).rejects.toThrow(/1980/);
  });
});

describe('the content decks', () => {
  const decks = contentDecks();
  it('use more than bullets: every deck has a diagram, and the set has big numbers and quotes', () => {
    for (const { id, deck } of decks)
      expect(
        deck.slides.some((s) => s.layout === 'diagram'),
        id,
      ).toBe(true);
    const layouts = new Set(decks.flatMap(({ deck }) => deck.slides.map((s) => s.layout)));
    for (const layout of ['big-number', 'quote', 'two-column'] as const) expect(layouts).toContain(layout);
  });

  it('never refer the presenter to slides or appendices the deck does not have', () => {
    for (const { id, deck } of decks)
      for (const [i, s] of deck.slides.entries()) expect(s.notes, `${id} slide ${i + 1}`).not.toMatch(/\bappendix\b/i);
  });
});
