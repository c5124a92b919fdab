/**
 * The shape of every content collection's entries (src/content.config.ts
 * wires them to their files). Kept apart from the config, which imports
 * `astro:content`, so unit tests can validate entries with zod directly:
 * Astro reports a failure as `**<field>**: <message>` from each issue's path.
 */
import { z } from 'astro/zod';
import { AUDIENCE_IDS, PART_IDS, SOURCE_IDS } from './book.ts';
import { platformUrlProblem } from './link-check.ts';

export { deckSchema } from './toolkit/schema.ts';
export { knowledgeQuestionSchema, selfAssessmentSchema } from './quiz/schema.ts';
export { mediaSchema } from './media-schema.ts';

/** Ids that become anchors and URLs. */
const slug = z.string().regex(/^[a-z0-9-]+$/);
const source = z.enum(SOURCE_IDS);
/** An entry of a YAML list file: an `id` that can be an anchor, and no key the schema does not know. */
const listEntry = <T extends z.ZodRawShape>(shape: T) => z.object({ id: slug, ...shape }).strict();

/** Whether `text` is a YYYY-MM-DD day that exists (JavaScript's Date would roll 2026-02-30 over to 2 March). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * A review date. From the `yaml` package it arrives as text and is checked strictly; Astro's
 * frontmatter parser has already made it a Date, rolling impossible days over, so
 * src/lib/chapter-checks.ts checks the file's own text before the build.
 */
const calendarDate = z.union([
  z.date(),
  z
    .string()
    .refine(isCalendarDate, { message: 'must be a real date, written YYYY-MM-DD' })
    .transform((text) => new Date(`${text}T00:00:00Z`)),
]);

/** Chapter frontmatter (content/chapters/<slug>.mdx). */
export const chapterSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(20).max(220),
    part: z.enum(PART_IDS),
    order: z.number().int().positive(),
    audience: z.array(z.enum(AUDIENCE_IDS)).min(1),
    sources: z.array(source).min(1),
    reviewed: calendarDate,
    /**
     * Interactive chapters (quizzes, charts) take the full content width.
     * (Not named `layout`: MDX treats a `layout` frontmatter key as a layout component to import.)
     */
    wide: z.boolean().default(false),
  })
  .strict();

/** A figure quoted in several places: one value, its source and its year. */
export const factSchema = listEntry({
  label: z.string().min(1),
  value: z.number(),
  /** How the figure reads in running text, e.g. "more than 335,000". */
  display: z.string().min(1),
  source,
  /** The year the figure describes, or the source's approximate date. */
  year: z.union([z.number().int(), z.string()]),
  note: z.string().optional(),
});

/** A glossary term, anchored at /glossary/#id. */
export const glossarySchema = listEntry({
  term: z.string().min(1),
  expansion: z.string().optional(),
  definition: z.string().min(20),
  /** A chapter slug that explains the term at more length. */
  chapter: z.string().optional(),
  seeAlso: z.array(z.string()).default([]),
});

/** A group of FAQ questions (content/faq/<group>.yaml); answers are short Markdown. */
export const faqSchema = z
  .object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    questions: z
      .array(
        z
          .object({
            /** The anchor: /faq/#<id>. */
            id: slug,
            question: z.string().min(10),
            answer: z.string().min(20),
            /** The chapter (and section) that explains more: /book/<slug>/ or /book/<slug>/#<heading>. */
            chapter: z.string().regex(/^\/book\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'must look like /book/<slug>/ or /book/<slug>/#<heading>'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** One of the five editorial sources and how the book uses it. */
export const sourceSchema = z
  .object({
    id: source,
    title: z.string().min(1),
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    /** Approximate date, e.g. "about 2014" or "2019–2021". */
    date: z.string().min(1),
    what: z.string().min(20),
    usedFor: z.string().min(20),
    caveats: z.string().optional(),
  })
  .strict();

/** A point where the sources disagree, and what the book follows. */
export const disagreementSchema = listEntry({
  topic: z.string().min(1),
  positions: z.array(z.object({ source, says: z.string().min(5) }).strict()).min(1),
  decision: z.string().min(10),
  why: z.string().min(10),
});

/** A link to the real platform (content/links/platform.yaml), printed by PlatformLink.astro. */
export const platformLinkSchema = listEntry({
  url: z.string().superRefine((value, ctx) => {
    const problem = platformUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `the address ${problem}` });
  }),
  /** The link text, written to read inside a sentence ("create an EU Login account"). */
  label: z.string().min(3).max(80),
  /** What the reader finds there; shown on the sources page. */
  purpose: z.string().min(20),
  /** The day the address was last compared with the platform's public pages. */
  checked: z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')])
    .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
});
