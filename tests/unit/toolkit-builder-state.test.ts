import { describe, expect, it } from 'vitest';
import { editSlide, emptyBuilder, insertSlide, type BuilderState } from '../../src/lib/toolkit/builder.ts';
import {
  decodeShare,
  encodeShare,
  MAX_SHARE_URL,
  parseBuilderJson,
  parseBuilderState,
  serialiseBuilder,
  type ParsedBuilder,
} from '../../src/lib/toolkit/builder-state.ts';

function thirtySlides(): BuilderState {
  let state: BuilderState = {
    ...emptyBuilder(),
    title: 'Séance de formation · 2027',
    event: { presenter: 'Zoë Example', place: 'Lyon', contact: 'zoe@example.org' },
  };
  for (let i = 0; i < 30; i++)
    state = insertSlide(state, { deck: i % 2 ? 'recognition' : 'getting-started', slide: (i % 9) + 1, key: `slide-title-${i}` });
  return editSlide(state, 4, {
    title: 'Notre propre titre',
    bullets: ['Un', 'Deux', 'Trois'],
    notes: 'Ce que je dis ici, avec des accents: é, è, ü.',
  });
}

const errorOf = (parsed: ParsedBuilder | undefined) => (parsed && 'error' in parsed ? parsed.error : `no error: ${JSON.stringify(parsed)}`);

describe('saving and sharing the builder work', () => {
  it('a share link rebuilds exactly the same work, custom text and accents included', async () => {
    const state = thirtySlides();
    const hash = await encodeShare(state);
    expect(hash).toMatch(/^deck=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${hash}`)).toEqual({ state, notes: [] });
  });

  it('a 30-slide deck with edits fits in a link', async () => {
    expect((await encodeShare(thirtySlides())).length).toBeLessThan(MAX_SHARE_URL - 100);
  });

  it('a link cut short is reported as damaged, not a crash; a page without one has nothing to rebuild', async () => {
    const hash = await encodeShare(thirtySlides());
    expect(errorOf(await decodeShare(`#${hash.slice(0, hash.length / 2)}`))).toMatch(/damaged/);
    expect(await decodeShare('')).toBeUndefined();
  });

  it('the saved JSON reads back as the same work', () => {
    const state = thirtySlides();
    expect(parseBuilderJson(serialiseBuilder(state))).toEqual({ state, notes: [] });
  });

  it('opens work saved by the first builder (slides by position) and says so', () => {
    const parsed = parseBuilderState({
      v: 1,
      title: 'Old deck',
      event: { presenter: 'Ana' },
      slides: ['recognition:2', 'getting-started:5'],
    });
    expect(parsed).toEqual({
      state: {
        version: 2,
        title: 'Old deck',
        event: { presenter: 'Ana' },
        slides: [
          { deck: 'recognition', slide: 2, key: '' },
          { deck: 'getting-started', slide: 5, key: '' },
        ],
      },
      notes: ['This deck was saved by an older version of the builder: its slides were found by their position.'],
    });
  });

  it('recovers what it can from a broken save and names what it left out', () => {
    const parsed = parseBuilderState({
      v: 2,
      title: 'Mine',
      event: { presenter: 'Ana', date: 2027 },
      slides: [
        { deck: 'recognition', slide: 1, key: 'a' },
        { deck: 'recognition', slide: 'two' },
        null,
        { deck: 'x', slide: 3, key: 'b', edit: { bullets: 'not a list' } },
      ],
    });
    expect(parsed).toEqual({
      state: { version: 2, title: 'Mine', event: { presenter: 'Ana' }, slides: [{ deck: 'recognition', slide: 1, key: 'a' }] },
      notes: [
        'The event detail "date" was not text and was left empty.',
        'Slide 2 could not be read and was left out.',
        'Slide 3 could not be read and was left out.',
        'Slide 4 could not be read and was left out.',
      ],
    });
  });

  it('refuses what is not builder work, or is from a newer version, with a reason', () => {
    expect(errorOf(parseBuilderJson('{not json'))).toMatch(/not JSON/);
    expect(errorOf(parseBuilderState([1, 2]))).toMatch(/not a saved deck/);
    expect(errorOf(parseBuilderState({ v: 9, slides: [] }))).toMatch(/newer version/);
    expect(errorOf(parseBuilderState({ slides: [] }))).toMatch(/no version/);
  });
});
