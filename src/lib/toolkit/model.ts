/**
 * Turns a validated deck into what both outputs draw: numbered slides with
 * stable ids, and the catalogue facts (slide count, length, links). The slide
 * viewer, the handout and the .pptx builder all read this one model so they
 * cannot disagree about what is on slide 7.
 */
import type { Deck, SlideDiagram, SlideFigure, SlideLayout, SlideQuote } from './schema.ts';
import { deckPicture, PICTURES_DIR } from './pictures.ts';

export interface SlideModel {
  /** 1-based position. */
  number: number;
  /** Anchor id in the viewer, e.g. "slide-3". */
  anchor: string;
  layout: SlideLayout;
  title: string;
  bullets: string[];
  /** For `two-column`: the bullets split in two halves. */
  columns: [string[], string[]] | null;
  /** For `big-number`: the number and what it counts. */
  figure: SlideFigure | null;
  /** For `quote`. */
  quote: SlideQuote | null;
  /** For `diagram`: the boxes drawn beside or above the bullets. */
  diagram: SlideDiagram | null;
  /** For `picture`: a chapter's diagram as an image, with the bullets beside it. */
  picture: SlidePicture | null;
  notes: string;
}

export interface SlidePicture {
  /** The PNG's address on the site (public/toolkit/pictures/). */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export interface DeckModel {
  id: string;
  title: string;
  subtitle: string | undefined;
  audience: string;
  durationLabel: string;
  licence: string;
  summary: string;
  nextSteps: string[];
  slides: SlideModel[];
  links: DeckLinks;
}

export interface DeckLinks {
  viewer: string;
  handout: string;
  pptx: string;
  fileName: string;
}

const DECK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function deckLinks(id: string): DeckLinks {
  if (!DECK_ID.test(id))
    throw new Error(`Toolkit deck id "${id}" must be lower-case words joined by hyphens (it is the file name in content/toolkit/)`);
  return {
    viewer: `/toolkit/${id}/`,
    handout: `/toolkit/${id}/handout/`,
    pptx: `/toolkit/${id}.pptx`,
    fileName: `${id}.pptx`,
  };
}

export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  return m ? `${hours} ${m} minutes` : hours;
}

/** Splits a list in two, the first half taking the odd one out. */
export function splitInTwo<T>(items: readonly T[]): [T[], T[]] {
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)];
}

export function toDeckModel(id: string, deck: Deck): DeckModel {
  return {
    id,
    title: deck.title,
    subtitle: deck.subtitle,
    audience: deck.audience,
    durationLabel: durationLabel(deck.duration),
    licence: deck.licence,
    summary: deck.summary,
    nextSteps: deck.nextSteps,
    links: deckLinks(id),
    slides: deck.slides.map((s, i) => ({
      number: i + 1,
      anchor: `slide-${i + 1}`,
      layout: s.layout,
      title: s.title,
      bullets: s.bullets,
      columns: s.layout === 'two-column' ? splitInTwo(s.bullets) : null,
      figure: s.figure ?? null,
      quote: s.quote ?? null,
      diagram: s.diagram ?? null,
      picture: s.picture ? pictureOf(s.picture.diagram, s.picture.alt) : null,
      notes: s.notes.trim(),
    })),
  };
}

/** A drawn picture, or (while `npm run deck-pictures` has not drawn it yet) a square placeholder. */
function pictureOf(diagram: string, alt: string): SlidePicture {
  const drawn = deckPicture(diagram);
  return drawn
    ? { src: drawn.src, width: drawn.width, height: drawn.height, alt }
    : { src: `${PICTURES_DIR}${diagram}.png`, width: 800, height: 800, alt };
}

/** "12.3 KB" from a byte count: the catalogue shows sizes like this. */
export function formatKilobytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  const kb = bytes / 1024;
  return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
}
