/**
 * The shape of a toolkit deck (content/toolkit/<deck-id>.yaml). The content
 * collection validates every file with this schema, so a deck with a missing
 * title or too few slides stops the build naming the file and the field.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from '../book.ts';
import { deckPicture } from './pictures.ts';

export const SLIDE_LAYOUTS = ['title', 'section', 'bullets', 'two-column', 'big-number', 'quote', 'diagram', 'picture', 'closing'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

/** How a diagram slide draws its items: a row of steps, a loop of steps, or stacked levels. */
export const DIAGRAM_KINDS = ['steps', 'cycle', 'levels'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** The licence every deck is shared under; the catalogue and the files say so. */
export const DECK_LICENCE = 'CC BY 4.0';
export const DECK_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export const MIN_SLIDES = 8;
export const MAX_SLIDES = 15;

const figureSchema = z
  .object({
    /** The number as it is printed: "335,000". */
    value: z.string().min(1).max(12),
    /** What it counts, with its year: "teachers in eTwinning in 2016". */
    label: z.string().min(5).max(90),
  })
  .strict();

const quoteSchema = z
  .object({
    text: z.string().min(10).max(220),
    /** Who says it; people are fictional and the line says so. */
    by: z.string().min(3).max(80),
  })
  .strict();

const diagramSchema = z
  .object({
    kind: z.enum(DIAGRAM_KINDS),
    /** Box labels, in order: short, they are drawn at slide size. */
    items: z.array(z.string().min(1).max(40)).min(2).max(5),
    /** The diagram in one sentence, for screen readers and the PowerPoint alt text. */
    alt: z.string().min(20).max(300),
  })
  .strict();

const pictureSchema = z
  .object({
    /**
     * A chapter's diagram, by its component's name in kebab case ("registration-steps" for
     * src/components/diagrams/RegistrationSteps.astro), drawn as a picture by `npm run deck-pictures`.
     */
    diagram: z
      .string()
      .regex(/^[a-z]+(-[a-z]+)*$/, 'a diagram component name in kebab case, e.g. registration-steps')
      .refine((id) => deckPicture(id) !== undefined || process.env['DECK_PICTURES_DRAFT'] === '1', {
        message: 'has no picture yet: run npm run deck-pictures (it draws it from the chapter)',
      }),
    /** What the picture shows, for screen readers and the PowerPoint alt text. */
    alt: z.string().min(20).max(300),
  })
  .strict();

/** Which extra field each layout needs. */
const NEEDS = { 'big-number': 'figure', quote: 'quote', diagram: 'diagram', picture: 'picture' } as const;

export const slideSchema = z
  .object({
    title: z.string().min(1).max(100),
    /** Short points; more than seven will not fit a slide at a readable size. */
    bullets: z.array(z.string().min(1).max(140)).max(7).default([]),
    layout: z.enum(SLIDE_LAYOUTS).default('bullets'),
    figure: figureSchema.optional(),
    quote: quoteSchema.optional(),
    diagram: diagramSchema.optional(),
    picture: pictureSchema.optional(),
    /** What the presenter says: every slide has notes. */
    notes: z.string().min(10),
  })
  .strict()
  .superRefine((slide, ctx) => {
    for (const layout of Object.keys(NEEDS) as (keyof typeof NEEDS)[]) {
      const field = NEEDS[layout];
      const has = slide[field] !== undefined;
      if (slide.layout === layout && !has) ctx.addIssue({ code: 'custom', path: [field], message: `A "${layout}" slide needs a ${field}` });
      if (slide.layout !== layout && has)
        ctx.addIssue({ code: 'custom', path: [field], message: `Only a "${layout}" slide has a ${field} (this one is "${slide.layout}")` });
    }
    // A numbered list is drawn by the layout (or a diagram), never typed into the text.
    slide.bullets.forEach((b, i) => {
      if (/^\d+[.)]\s/.test(b))
        ctx.addIssue({ code: 'custom', path: ['bullets', i], message: 'Starts with a number: use a "diagram" slide for steps' });
    });
  });

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
export type SlideFigure = z.output<typeof figureSchema>;
export type SlideQuote = z.output<typeof quoteSchema>;
export type SlideDiagram = z.output<typeof diagramSchema>;
export type SlidePictureInput = z.output<typeof pictureSchema>;
