/**
 * The deck builder's model: the reader's own deck as a list of references to
 * the book's slides (with their edits) plus the event details, and the
 * functions that turn it into a DeckModel that the viewer's drawing, the
 * handout and buildPptx() all read. Pure, so the browser and the tests run it.
 */
import { deckLinks, type DeckModel, type SlideModel } from './model.ts';

export const BUILDER_VERSION = 2;
export const BUILDER_DECK_ID = 'my-deck';

export const EVENT_FIELDS = ['presenter', 'role', 'organisation', 'eventTitle', 'date', 'place', 'audience', 'contact'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventDetails = Partial<Record<EventField, string>>;
/** What fits the title and closing slides at a readable size; longer text is flagged, never cut. */
export const FIELD_LIMITS: Record<EventField, number> = {
  presenter: 80,
  role: 80,
  organisation: 100,
  eventTitle: 100,
  date: 40,
  place: 80,
  audience: 100,
  contact: 140,
};
/** The same limits the book's decks are held to (lib/toolkit/schema.ts). */
export const SLIDE_LIMITS = { title: 100, bullet: 140, bullets: 7 } as const;

export interface SlideEdit {
  title?: string;
  bullets?: string[];
  notes?: string;
}
/** One slide of the reader's deck: which book slide it is, and what the reader changed. */
export interface SlideRef {
  deck: string;
  /** 1-based position in the book's deck when it was picked. */
  slide: number;
  /** The slide's title as a slug: finds the slide again if the book's deck is reordered. */
  key: string;
  edit?: SlideEdit;
}
export interface BuilderState {
  version: typeof BUILDER_VERSION;
  title: string;
  event: EventDetails;
  slides: SlideRef[];
}

export const slideKey = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

export const emptyBuilder = (): BuilderState => ({ version: BUILDER_VERSION, title: 'My presentation', event: {}, slides: [] });

export const refFor = (deck: DeckModel, slide: SlideModel): SlideRef => ({
  deck: deck.id,
  slide: slide.number,
  key: slideKey(slide.title),
});

export const startFromDeck = (deck: DeckModel): BuilderState => ({
  ...emptyBuilder(),
  title: deck.title,
  slides: deck.slides.map((s) => refFor(deck, s)),
});

const withSlides = (state: BuilderState, slides: SlideRef[]): BuilderState => ({ ...state, slides });

/** Moves one slide; out-of-range targets stop at the ends (as a keyboard move past the top does). */
export function moveSlide(state: BuilderState, from: number, to: number): BuilderState {
  if (from < 0 || from >= state.slides.length) return state;
  const target = Math.max(0, Math.min(state.slides.length - 1, to));
  const slides = [...state.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(target, 0, moved!);
  return withSlides(state, slides);
}

export function insertSlide(state: BuilderState, ref: SlideRef, at = state.slides.length): BuilderState {
  const slides = [...state.slides];
  slides.splice(Math.max(0, Math.min(slides.length, at)), 0, ref);
  return withSlides(state, slides);
}

export const removeSlide = (state: BuilderState, index: number): BuilderState =>
  withSlides(
    state,
    state.slides.filter((_, i) => i !== index),
  );

export function editSlide(state: BuilderState, index: number, edit: SlideEdit): BuilderState {
  return withSlides(
    state,
    state.slides.map((ref, i) => (i === index ? { ...ref, edit: { ...ref.edit, ...edit } } : ref)),
  );
}

/** "Reset to the book's version". */
export const resetSlide = (state: BuilderState, index: number): BuilderState =>
  withSlides(
    state,
    state.slides.map((ref, i) => (i === index ? { deck: ref.deck, slide: ref.slide, key: ref.key } : ref)),
  );

/** The book's slide a reference points at: by its title first (decks get reordered), else by position. */
export function findBookSlide(ref: SlideRef, decks: ReadonlyMap<string, DeckModel>): SlideModel | undefined {
  const deck = decks.get(ref.deck);
  if (!deck) return undefined;
  return (ref.key && deck.slides.find((s) => slideKey(s.title) === ref.key)) || (ref.key ? undefined : deck.slides[ref.slide - 1]);
}

export interface ResolvedDeck {
  deck: DeckModel;
  /** References the book no longer has, with the reason, so nothing vanishes silently. */
  missing: { index: number; ref: SlideRef; reason: string }[];
}

/** The reader's deck as a DeckModel: edits applied, event details on the title and closing slides, renumbered. */
export function resolveBuilderDeck(state: BuilderState, decks: ReadonlyMap<string, DeckModel>): ResolvedDeck {
  const missing: ResolvedDeck['missing'] = [];
  const slides: SlideModel[] = [];
  state.slides.forEach((ref, index) => {
    const book = findBookSlide(ref, decks);
    if (!book) {
      const reason = decks.has(ref.deck) ? `the deck "${ref.deck}" no longer has this slide` : `the toolkit has no deck "${ref.deck}"`;
      missing.push({ index, ref, reason });
      return;
    }
    const edited: SlideModel = {
      ...book,
      title: ref.edit?.title ?? book.title,
      bullets: ref.edit?.bullets ?? book.bullets,
      notes: ref.edit?.notes ?? book.notes,
    };
    if (ref.edit?.bullets && edited.columns) edited.columns = splitHalves(edited.bullets);
    const n = slides.length + 1;
    slides.push(withEvent({ ...edited, number: n, anchor: `slide-${n}` }, state.event));
  });
  const first = decks.values().next().value;
  const deck: DeckModel = {
    id: BUILDER_DECK_ID,
    title: state.title.trim() || 'My presentation',
    subtitle: state.event.eventTitle,
    audience: state.event.audience ?? first?.audience ?? '',
    durationLabel: '',
    licence: first?.licence ?? 'CC BY 4.0',
    summary: '',
    nextSteps: [],
    slides,
    links: deckLinks(BUILDER_DECK_ID),
  };
  return { deck, missing };
}

function splitHalves(items: string[]): [string[], string[]] {
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)];
}

/** The words every book deck uses where the presenter's own details go. */
const PLACEHOLDER = /\byour name\b/gi;
const hasPlaceholder = (line: string) => /\byour name\b/i.test(line);

/** Puts the event's details where the book's title and closing slides leave room for them. */
export function withEvent(slide: SlideModel, event: EventDetails): SlideModel {
  const presenter = event.presenter?.trim();
  const fill = (line: string) => (presenter ? line.replace(PLACEHOLDER, presenter) : line);
  if (slide.layout === 'title') {
    const byline = presenter ? [`Presented by ${[presenter, event.role, event.organisation].filter((s) => s?.trim()).join(', ')}`] : [];
    const when = [event.date, event.place].filter((s) => s?.trim()).join(' · ');
    const kept = slide.bullets.filter((b) => !(presenter && hasPlaceholder(b)));
    return {
      ...slide,
      title: event.eventTitle?.trim() || slide.title,
      bullets: [...kept.map(fill), ...byline, ...(when ? [when] : [])],
    };
  }
  if (slide.layout === 'closing') {
    const contact = event.contact?.trim();
    const bullets = slide.bullets.map((b) => (contact && hasPlaceholder(b) ? contact : fill(b)));
    return { ...slide, bullets: contact && !bullets.includes(contact) ? [...bullets, contact] : bullets };
  }
  return { ...slide, bullets: slide.bullets.map(fill), notes: fill(slide.notes) };
}

export interface BuilderProblem {
  where: string;
  message: string;
}

/** Text that will not fit: flagged with where it is, never cut. */
export function builderProblems(state: BuilderState, deck: DeckModel): BuilderProblem[] {
  const problems: BuilderProblem[] = [];
  for (const field of EVENT_FIELDS) {
    const value = state.event[field] ?? '';
    if (value.length > FIELD_LIMITS[field])
      problems.push({ where: field, message: `${value.length} characters; at most ${FIELD_LIMITS[field]} fit the slide` });
  }
  for (const s of deck.slides) {
    const where = `slide ${s.number}`;
    if (!s.title.trim()) problems.push({ where, message: 'has no title' });
    if (s.title.length > SLIDE_LIMITS.title)
      problems.push({ where, message: `title is ${s.title.length} characters; at most ${SLIDE_LIMITS.title} fit` });
    if (s.bullets.length > SLIDE_LIMITS.bullets)
      problems.push({ where, message: `${s.bullets.length} points; at most ${SLIDE_LIMITS.bullets} fit` });
    s.bullets.forEach((b, i) => {
      if (b.length > SLIDE_LIMITS.bullet)
        problems.push({ where, message: `point ${i + 1} is ${b.length} characters; at most ${SLIDE_LIMITS.bullet} fit` });
    });
  }
  if (deck.slides.length === 0) problems.push({ where: 'deck', message: 'has no slides yet' });
  return problems;
}
