import { describe, expect, it } from 'vitest';
import { deckLinks, durationLabel, formatKilobytes, splitInTwo, toDeckModel } from '../../src/lib/toolkit/model.ts';
import { deckSchema, MAX_SLIDES, MIN_SLIDES } from '../../src/lib/toolkit/schema.ts';
import { contentDecks } from './toolkit-load.ts';

describe('deck model', () => {
  it('numbers slides from 1 and gives each an anchor for the viewer', () => {
    const { id, deck } = contentDecks()[0]!;
    const model = toDeckModel(id, deck);
    expect(model.slides.map((s) => s.number)).toEqual(deck.slides.map((_, i) => i + 1));
    expect(model.slides[2]?.anchor).toBe('slide-3');
    expect(model.links).toEqual({
      viewer: `/toolkit/${id}/`,
      handout: `/toolkit/${id}/handout/`,
      pptx: `/toolkit/${id}.pptx`,
      fileName: `${id}.pptx`,
    });
  });

  it('refuses a deck id that cannot be a URL', () => {
    expect(() => deckLinks('My Deck')).toThrow(/content\/toolkit/);
  });

  it('says lengths and sizes the way the catalogue prints them', () => {
    expect(durationLabel(20)).toBe('20 minutes');
    expect(durationLabel(60)).toBe('1 hour');
    expect(durationLabel(90)).toBe('1 hour 30 minutes');
    expect(formatKilobytes(1536)).toBe('1.5 KB');
    expect(formatKilobytes(60_000)).toBe('59 KB');
    expect(() => formatKilobytes(Number.NaN)).toThrow();
  });

  it('splits a list in two with the longer half first', () => {
    expect(splitInTwo([1, 2, 3, 4, 5])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(splitInTwo([])).toEqual([[], []]);
  });
});

describe('deck schema', () => {
  const slide = { title: 'A slide', bullets: ['A point'], notes: 'What to say here.' };
  const slides = (n: number) => Array.from({ length: n }, () => slide);
  const deck = {
    title: 'A deck',
    order: 1,
    audience: 'Teachers',
    duration: 30,
    licence: 'CC BY 4.0',
    sources: ['overview'],
    summary: 'A deck for testing the schema rules.',
    nextSteps: ['Do something.'],
    slides: slides(MIN_SLIDES),
  };

  it('accepts a well-formed deck', () => {
    expect(deckSchema.safeParse(deck).success).toBe(true);
  });

  it('rejects too few or too many slides, naming the field', () => {
    expect(deckSchema.safeParse({ ...deck, slides: slides(MAX_SLIDES) }).success).toBe(true);
    for (const n of [MIN_SLIDES - 1, MAX_SLIDES + 1]) {
      const r = deckSchema.safeParse({ ...deck, slides: slides(n) });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['slides']);
    }
  });

  it('rejects a slide without speaker notes and a licence other than CC BY 4.0', () => {
    const noNotes = deckSchema.safeParse({ ...deck, slides: [...deck.slides.slice(1), { title: 'x', bullets: [] }] });
    expect(noNotes.error?.issues[0]?.path).toEqual(['slides', MIN_SLIDES - 1, 'notes']);
    expect(deckSchema.safeParse({ ...deck, licence: 'All rights reserved' }).success).toBe(false);
  });

  it('asks each layout for its own content, naming the field, and refuses typed step numbers', () => {
    const withSlide = (extra: object) => deckSchema.safeParse({ ...deck, slides: [...deck.slides.slice(1), { ...slide, ...extra }] });
    const last = ['slides', MIN_SLIDES - 1];
    expect(withSlide({ layout: 'big-number' }).error?.issues[0]?.path).toEqual([...last, 'figure']);
    expect(withSlide({ layout: 'quote', figure: { value: '4', label: 'a label here' } }).error?.issues.map((i) => i.path.at(-1))).toEqual([
      'figure',
      'quote',
    ]);
    const diagram = { kind: 'steps', items: ['One', 'Two'], alt: 'Two steps from left to right.' };
    expect(withSlide({ layout: 'diagram', diagram }).success).toBe(true);
    expect(withSlide({ bullets: ['1. Select your school'] }).error?.issues[0]?.path).toEqual([...last, 'bullets', 0]);
  });
});
