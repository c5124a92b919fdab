import { describe, expect, it } from 'vitest';
import { toDeckModel, type DeckModel } from '../../src/lib/toolkit/model.ts';
import { deckSchema, type DeckInput } from '../../src/lib/toolkit/schema.ts';
import {
  builderProblems,
  editSlide,
  emptyBuilder,
  insertSlide,
  moveSlide,
  refFor,
  removeSlide,
  resetSlide,
  resolveBuilderDeck,
  startFromDeck,
} from '../../src/lib/toolkit/builder.ts';
import { checkLogo } from '../../src/lib/toolkit/logo.ts';

/** A small deck in the book's own shape, validated by the real schema (so a schema change shows up here). */
function deck(id: string, titles: string[]): DeckModel {
  const slide = (title: string, i: number) => ({
    title,
    layout: i === 0 ? 'title' : i === titles.length - 1 ? 'closing' : 'bullets',
    bullets:
      i === 0
        ? ['A first look', 'Presented by: your name, eTwinning Ambassador']
        : i === titles.length - 1
          ? ['Contact me on the platform: your name']
          : [`${title}: a point`],
    notes: `What to say about ${title}, in a sentence or two.`,
  });
  const input = {
    title: `Deck ${id}`,
    order: 1,
    licence: 'CC BY 4.0',
    audience: 'Teachers new to eTwinning',
    duration: 45,
    summary: 'A short deck used by the builder tests, long enough for the schema.',
    sources: ['ebook'],
    nextSteps: ['Register on the platform'],
    slides: titles.map(slide),
  } as unknown as DeckInput;
  const parsed = deckSchema.safeParse(input);
  if (!parsed.success) throw new Error(`fixture deck is invalid: ${parsed.error.message}`);
  return toDeckModel(id, parsed.data);
}

const titles = (prefix: string) => Array.from({ length: 9 }, (_, i) => `${prefix} slide ${i + 1}`);
const A = deck('alpha', titles('Alpha'));
const B = deck('beta', titles('Beta'));
const DECKS = new Map([
  [A.id, A],
  [B.id, B],
]);

describe('the deck builder model', () => {
  it('starts from a deck with every slide, in order', () => {
    const { deck: built, missing } = resolveBuilderDeck(startFromDeck(A), DECKS);
    expect(missing).toEqual([]);
    expect(built.slides.map((s) => s.title)).toEqual(A.slides.map((s) => s.title));
  });

  it('mixes slides from two decks, reorders them and renumbers the result', () => {
    let state = insertSlide(emptyBuilder(), refFor(A, A.slides[0]!));
    state = insertSlide(state, refFor(B, B.slides[3]!));
    state = insertSlide(state, refFor(A, A.slides[5]!));
    state = moveSlide(state, 2, 1);
    const { deck: built } = resolveBuilderDeck(state, DECKS);
    expect(built.slides.map((s) => [s.number, s.title])).toEqual([
      [1, 'Alpha slide 1'],
      [2, 'Alpha slide 6'],
      [3, 'Beta slide 4'],
    ]);
    expect(built.slides.map((s) => s.anchor)).toEqual(['slide-1', 'slide-2', 'slide-3']);
    // A move past either end stops there, as a keyboard move at the top does.
    expect(moveSlide(state, 0, -5).slides[0]).toEqual(state.slides[0]);
    expect(moveSlide(state, 0, 99).slides.at(-1)).toEqual(state.slides[0]);
    expect(removeSlide(state, 0).slides).toHaveLength(2);
  });

  it('puts the event details in place of the placeholders on the title and closing slides', () => {
    const state = {
      ...startFromDeck(A),
      event: {
        presenter: 'Ana Example',
        role: 'eTwinning Ambassador',
        organisation: 'Escola Fictícia',
        eventTitle: 'eTwinning for beginners',
        date: '3 March 2027',
        place: 'Braga',
        contact: 'ana@example.org',
      },
    };
    const { deck: built } = resolveBuilderDeck(state, DECKS);
    const first = built.slides[0]!;
    expect(first.title).toBe('eTwinning for beginners');
    expect(first.bullets).toEqual([
      'A first look',
      'Presented by Ana Example, eTwinning Ambassador, Escola Fictícia',
      '3 March 2027 · Braga',
    ]);
    expect(built.slides.at(-1)!.bullets).toEqual(['ana@example.org']);
    expect(JSON.stringify(built.slides)).not.toMatch(/your name/i);
  });

  it('keeps the placeholders when no presenter is given, so the deck still says what to fill in', () => {
    const { deck: built } = resolveBuilderDeck(startFromDeck(A), DECKS);
    expect(built.slides[0]!.bullets.join(' ')).toMatch(/your name/);
  });

  it('applies edits, and "reset" brings the book\'s version back', () => {
    let state = editSlide(startFromDeck(A), 2, { title: 'Our own title', bullets: ['One', 'Two'], notes: 'My own notes for this slide.' });
    let slide = resolveBuilderDeck(state, DECKS).deck.slides[2]!;
    expect([slide.title, slide.bullets, slide.notes]).toEqual(['Our own title', ['One', 'Two'], 'My own notes for this slide.']);
    state = resetSlide(state, 2);
    slide = resolveBuilderDeck(state, DECKS).deck.slides[2]!;
    expect(slide.title).toBe('Alpha slide 3');
  });

  it('finds a slide by its title when the book reorders its deck, and names what it cannot find', () => {
    const state = insertSlide(insertSlide(emptyBuilder(), refFor(A, A.slides[4]!)), { deck: 'gone', slide: 1, key: 'x' });
    const reordered = { ...A, slides: [...A.slides].reverse() };
    const { deck: built, missing } = resolveBuilderDeck(state, new Map([[A.id, reordered]]));
    expect(built.slides.map((s) => s.title)).toEqual(['Alpha slide 5']);
    expect(missing).toEqual([{ index: 1, ref: { deck: 'gone', slide: 1, key: 'x' }, reason: 'the toolkit has no deck "gone"' }]);
  });

  it('flags text that will not fit instead of cutting it', () => {
    const long = 'x'.repeat(130);
    const state = editSlide({ ...startFromDeck(A), event: { eventTitle: long } }, 1, { title: long });
    const { deck: built } = resolveBuilderDeck(state, DECKS);
    expect(built.slides[1]!.title).toBe(long);
    expect(builderProblems(state, built)).toEqual([
      { where: 'eventTitle', message: '130 characters; at most 100 fit the slide' },
      { where: 'slide 1', message: 'title is 130 characters; at most 100 fit' },
      { where: 'slide 2', message: 'title is 130 characters; at most 100 fit' },
    ]);
  });
});

describe('the builder logo', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('accepts PNG, JPEG and SVG by their content and refuses anything else with a reason', () => {
    expect(checkLogo('a.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toEqual({ type: 'image/png' });
    expect(checkLogo('a.jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ type: 'image/jpeg' });
    expect(checkLogo('a.svg', new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      type: 'image/svg+xml',
    });
    expect(checkLogo('report.png', new TextEncoder().encode('%PDF-1.7'))).toEqual({ error: 'report.png is not a PNG, JPEG or SVG image.' });
    expect(JSON.stringify(checkLogo('big.png', new Uint8Array(600 * 1024)))).toMatch(/big.png is 600 KB/);
  });
});
