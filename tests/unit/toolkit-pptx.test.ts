import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { toDeckModel, type DeckModel } from '../../src/lib/toolkit/model.ts';
import { buildPptx } from '../../src/lib/toolkit/pptx.ts';
import { MAX_SLIDES, MIN_SLIDES } from '../../src/lib/toolkit/schema.ts';
import { DECK_IDS } from '../../src/lib/quiz/schema.ts';
import { contentDecks, picturesFor, readDeck } from './toolkit-load.ts';

/**
 * Opens every deck's .pptx as the build makes it (a zip of XML parts) and
 * checks a presenter would find each slide's title, bullets and speaker
 * notes where PowerPoint, Impress and Google Slides look for them.
 */
const decode = (s: string) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** The text of a slide or notes part, one line per paragraph. */
function textOf(xml: string): string {
  return xml
    .split('</a:p>')
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .filter(Boolean)
    .join('\n');
}

/** Each deck is built once and shared by the tests that open it. */
const built = new Map<DeckModel, ReturnType<typeof buildAndOpen>>();
const openDeck = (model: DeckModel) => built.get(model) ?? built.set(model, buildAndOpen(model)).get(model)!;

async function buildAndOpen(model: DeckModel) {
  const bytes = await buildPptx(model, { date: new Date('2026-01-01T00:00:00Z'), pictures: picturesFor(model) });
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${model.id}.pptx has no ${path}`);
    return file.async('string');
  };
  return { bytes, zip, read };
}

/** The notes part a slide points to through its relationships. */
async function notesPathFor(read: (p: string) => Promise<string>, n: number): Promise<string> {
  const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
  const target = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
  if (!target) throw new Error(`slide ${n} has no notes relationship`);
  return `ppt/notesSlides/${target}`;
}

const decks = contentDecks();

describe('the toolkit decks as .pptx files', () => {
  it('has every deck a self-assessment profile may point to', () => {
    expect(DECK_IDS.filter((id) => !decks.some((d) => d.id === id))).toEqual([]);
  });

  for (const { id, deck } of decks) {
    describe(id, () => {
      const model = toDeckModel(id, deck);

      it('is a zip with as many slides as the content, in order', async () => {
        const { bytes, zip, read } = await openDeck(model);
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
        const slideParts = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
        expect(slideParts).toHaveLength(deck.slides.length);
        const presentation = await read('ppt/presentation.xml');
        expect(presentation.match(/<p:sldId /g)).toHaveLength(deck.slides.length);
        expect(deck.slides.length).toBeGreaterThanOrEqual(MIN_SLIDES);
        expect(deck.slides.length).toBeLessThanOrEqual(MAX_SLIDES);
        expect(await read('docProps/core.xml')).toContain(`<dc:title>${model.title.replaceAll('&', '&amp;')}</dc:title>`);
      });

      it("puts each slide's title and bullets in that slide's text and its notes in the notes", async () => {
        const { read } = await openDeck(model);
        for (const slide of model.slides) {
          const text = textOf(await read(`ppt/slides/slide${slide.number}.xml`));
          expect(text, `slide ${slide.number} title`).toContain(slide.title);
          for (const bullet of slide.bullets) expect(text.split('\n'), `slide ${slide.number}`).toContain(bullet);
          const notes = textOf(await read(await notesPathFor(read, slide.number)));
          expect(notes, `slide ${slide.number} notes`).toContain(slide.notes);
        }
      });

      it('uses real text (title placeholders); the only images are the picture slides’ diagrams', async () => {
        const { zip, read } = await openDeck(model);
        const media = Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'));
        expect(media).toHaveLength(model.slides.filter((s) => s.picture).length);
        for (const slide of model.slides.filter((s) => !s.picture))
          expect(await read(`ppt/slides/slide${slide.number}.xml`), `slide ${slide.number}`).not.toContain('<p:pic>');
        const first = await read('ppt/slides/slide1.xml');
        expect(first).toMatch(/<p:ph\s[^>]*type="(title|ctrTitle)"/);
      });
    });
  }
});

describe('a deck with two columns and awkward characters', () => {
  const model = toDeckModel('fixture', readDeck(join(import.meta.dirname, 'fixtures/toolkit-two-column.yaml')));

  it('splits two-column bullets into two text boxes, keeping every bullet and escaping <, > and &', async () => {
    const { read } = await openDeck(model);
    const slide = model.slides.find((s) => s.layout === 'two-column');
    expect(slide?.columns?.[0]).toHaveLength(3);
    expect(slide?.columns?.[1]).toHaveLength(2);
    const xml = await read(`ppt/slides/slide${slide?.number}.xml`);
    expect(xml.match(/<p:sp>/g)?.length).toBeGreaterThanOrEqual(3); // title + two columns
    for (const b of slide?.bullets ?? []) expect(textOf(xml)).toContain(b);
    expect(xml).toContain('Q&amp;A &lt;15 min&gt;');
  });
});
