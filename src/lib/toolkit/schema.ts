/**
 * The shape of a toolkit deck (content/toolkit/<deck-id>.yaml). The content
 * collection validates every file with this schema, so a deck with a missing
 * title or too few slides stops the build naming the file and the field.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from '../book.ts';

export const SLIDE_LAYOUTS = ['title', 'section', 'bullets', 'two-column', 'closing'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

/** The licence every deck is shared under; the catalogue and the files say so. */
export const DECK_LICENCE = 'CC BY 4.0';
export const DECK_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export const MIN_SLIDES = 8;
export const MAX_SLIDES = 15;

export const slideSchema = z
  .object({
    title: z.string().min(1).max(100),
    /** Short points; more than seven will not fit a slide at a readable size. */
    bullets: z.array(z.string().min(1).max(140)).max(7).default([]),
    layout: z.enum(SLIDE_LAYOUTS).default('bullets'),
    /** What the presenter says: every slide has notes. */
    notes: z.string().min(10),
  })
  .strict();

export const deckSchema = z
  .object({
    title: z.string().min(1).max(100),
    subtitle: z.string().min(1).optional(),
    /** Position in the catalogue. */
    order: z.number().int().positive(),
    /** Who the deck is for, in a phrase. */
    audience: z.string().min(5),
    /** Presenting time in minutes. */
    duration: z.number().int().min(5).max(240),
    licence: z.literal(DECK_LICENCE),
    sources: z.array(z.enum(SOURCE_IDS)).min(1),
    summary: z.string().min(20).max(400),
    /** Printed on the handout: what to do after the session. */
    nextSteps: z.array(z.string().min(5)).min(1).max(5),
    slides: z.array(slideSchema).min(MIN_SLIDES).max(MAX_SLIDES),
  })
  .strict();

export type DeckInput = z.input<typeof deckSchema>;
export type Deck = z.output<typeof deckSchema>;
export type Slide = z.output<typeof slideSchema>;
