/**
 * The decks' picture slides show the chapters' own diagrams (drawn by
 * `npm run deck-pictures`): each named picture exists at the size the list
 * says, is no older than its diagram, and lands in the .pptx as an image with
 * its alt text beside the slide's points.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BODY_BOTTOM, BODY_TOP, MARGIN, pictureFrame, SLIDE_W } from '../../src/lib/toolkit/diagram.ts';
import { toDeckModel } from '../../src/lib/toolkit/model.ts';
import { allDeckPictures, componentOf } from '../../src/lib/toolkit/pictures.ts';
import { buildPptx } from '../../src/lib/toolkit/pptx.ts';
import { contentDecks, picturesFor, publicDir } from './toolkit-load.ts';

const root = resolve(import.meta.dirname, '../..');
const decks = contentDecks().map(({ id, deck }) => toDeckModel(id, deck));
const pictureSlides = decks.flatMap((deck) => deck.slides.filter((s) => s.picture).map((slide) => ({ deck, slide })));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the decks' pictures of the chapters' diagrams", () => {
  it('are used by the decks', () => expect(pictureSlides.length).toBeGreaterThanOrEqual(3));

  it.each(allDeckPictures().map((p) => [p.id, p] as const))('%s is drawn at its listed size from the current diagram', (_, picture) => {
    expect(pngSize(readFileSync(join(publicDir, picture.src)))).toEqual({ width: picture.width, height: picture.height });
    const source = readFileSync(join(root, 'src/components/diagrams', `${componentOf(picture.id)}.astro`));
    expect(createHash('sha256').update(source).digest('hex'), `${picture.id} is older than its diagram: run npm run deck-pictures`).toBe(
      picture.source,
    );
  });

  it('sit beside the points, inside the slide body, at the picture’s own proportions', () => {
    const frame = pictureFrame(960, 1040, true);
    expect(frame.picture.y).toBeGreaterThanOrEqual(BODY_TOP);
    expect(frame.picture.y + frame.picture.h).toBeLessThanOrEqual(BODY_BOTTOM + 1e-9);
    expect(frame.picture.x + frame.picture.w).toBeCloseTo(SLIDE_W - MARGIN);
    expect(frame.picture.w / frame.picture.h).toBeCloseTo(960 / 1040);
    expect(frame.text!.x + frame.text!.w).toBeLessThan(frame.picture.x);
    expect(frame.text!.w).toBeGreaterThan(5);
    const alone = pictureFrame(960, 1040, false);
    expect(alone.text).toBeNull();
    expect(alone.picture.x + alone.picture.w / 2).toBeCloseTo(SLIDE_W / 2);
  });

  it.each(pictureSlides.map(({ deck, slide }) => [`${deck.id} slide ${slide.number}`, deck, slide] as const))(
    '%s is an image with its alt text in the .pptx, and its points are text',
    async (_, deck, slide) => {
      const zip = await JSZip.loadAsync(await buildPptx(deck, { date: new Date('2026-01-01T00:00:00Z'), pictures: picturesFor(deck) }));
      const xml = await zip.file(`ppt/slides/slide${slide.number}.xml`)!.async('string');
      expect(xml).toContain('<p:pic>');
      expect(xml).toContain(`descr="${slide.picture!.alt.replaceAll('&', '&amp;').replaceAll("'", '&apos;').replaceAll('"', '&quot;')}"`);
      for (const bullet of slide.bullets) expect(xml).toContain(bullet.replaceAll('&', '&amp;').replaceAll("'", '&apos;'));
      const rels = await zip.file(`ppt/slides/_rels/slide${slide.number}.xml.rels`)!.async('string');
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      expect(media).toBeTruthy();
      const embedded = Buffer.from(await zip.file(`ppt/media/${media}`)!.async('uint8array'));
      expect(embedded.equals(readFileSync(join(publicDir, slide.picture!.src)))).toBe(true);
    },
  );

  it('refuses to build a picture slide without its image, naming the slide', async () => {
    const { deck, slide } = pictureSlides[0]!;
    await expect(buildPptx(deck, { date: new Date('2026-01-01T00:00:00Z') })).rejects.toThrow(`slide ${slide.number}`);
  });
});
