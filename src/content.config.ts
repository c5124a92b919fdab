import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCE_IDS, PART_IDS, SOURCE_IDS } from './lib/book.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { deckSchema } from './lib/toolkit/schema.ts';
import { knowledgeQuestionSchema, selfAssessmentSchema } from './lib/quiz/schema.ts';

/** One MDX file per chapter in content/chapters; the file name is the URL slug. */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: z
    .object({
      title: z.string().min(1),
      description: z.string().min(20).max(220),
      part: z.enum(PART_IDS),
      order: z.number().int().positive(),
      audience: z.array(z.enum(AUDIENCE_IDS)).min(1),
      sources: z.array(z.enum(SOURCE_IDS)).min(1),
      reviewed: z.coerce.date(),
      /**
       * Interactive chapters (quizzes, charts) take the full content width.
       * (Not named `layout`: MDX treats a `layout` frontmatter key as a layout component to import.)
       */
      wide: z.boolean().default(false),
    })
    .strict(),
});

/** Figures quoted in several places: one value, its source and its year. */
const facts = defineCollection({
  loader: yamlListLoader('content/facts/figures.yaml'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      label: z.string().min(1),
      value: z.number(),
      /** How the figure reads in running text, e.g. "more than 335,000". */
      display: z.string().min(1),
      source: z.enum(SOURCE_IDS),
      /** The year the figure describes, or the source's approximate date. */
      year: z.union([z.number().int(), z.string()]),
      note: z.string().optional(),
    })
    .strict(),
});

/** The glossary: each term gets an anchor at /glossary/#id. */
const glossary = defineCollection({
  loader: yamlListLoader('content/glossary/terms.yaml'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      term: z.string().min(1),
      expansion: z.string().optional(),
      definition: z.string().min(20),
      /** A chapter slug that explains the term at more length. */
      chapter: z.string().optional(),
      seeAlso: z.array(z.string()).default([]),
    })
    .strict(),
});

/** Toolkit presentations: one YAML file per deck; the file name is the deck id used in /toolkit/<id>/. */
const toolkit = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/toolkit' }),
  schema: deckSchema,
});

/** FAQ: one YAML file per group of questions (content/faq/<group>.yaml); answers are short Markdown. */
const faq = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/faq' }),
  schema: z
    .object({
      title: z.string().min(1),
      order: z.number().int().positive(),
      questions: z
        .array(
          z
            .object({
              /** The anchor: /faq/#<id>. */
              id: z.string().regex(/^[a-z0-9-]+$/),
              question: z.string().min(10),
              answer: z.string().min(20),
              /** The chapter (and section) that explains more: /book/<slug>/ or /book/<slug>/#<heading>. */
              chapter: z.string().regex(/^\/book\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'must look like /book/<slug>/ or /book/<slug>/#<heading>'),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
});

/** The five editorial sources (ids as in SOURCE_IDS) and how the book uses each. */
const sources = defineCollection({
  loader: yamlListLoader('content/sources/sources.yaml'),
  schema: z
    .object({
      id: z.enum(SOURCE_IDS),
      title: z.string().min(1),
      file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
      /** Approximate date, e.g. "about 2014" or "2019–2021". */
      date: z.string().min(1),
      what: z.string().min(20),
      usedFor: z.string().min(20),
      caveats: z.string().optional(),
    })
    .strict(),
});

/** Where the sources disagree and what the book follows. */
const disagreements = defineCollection({
  loader: yamlListLoader('content/sources/disagreements.yaml'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      topic: z.string().min(1),
      positions: z.array(z.object({ source: z.enum(SOURCE_IDS), says: z.string().min(5) }).strict()).min(1),
      decision: z.string().min(10),
      why: z.string().min(10),
    })
    .strict(),
});

/**
 * The knowledge quiz: one entry per question of content/quizzes/knowledge.yaml
 * (a YAML error stops the build with file:line:col; a question without a
 * correct option, or a true/false with three options, stops it naming the question).
 */
const quizKnowledge = defineCollection({
  loader: yamlListLoader('content/quizzes/knowledge.yaml'),
  schema: knowledgeQuestionSchema,
});

/** The self-assessment: one entry, id "self-assessment" (scale, profiles, statements and their weights). */
const quizSelf = defineCollection({
  loader: glob({ pattern: 'self-assessment.yaml', base: './content/quizzes' }),
  schema: selfAssessmentSchema,
});

export const collections = { chapters, facts, glossary, toolkit, faq, sources, disagreements, quizKnowledge, quizSelf };
