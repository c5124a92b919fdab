import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  chapterSchema,
  deckSchema,
  disagreementSchema,
  factSchema,
  faqSchema,
  glossarySchema,
  knowledgeQuestionSchema,
  platformLinkSchema,
  selfAssessmentSchema,
  sourceSchema,
} from './lib/content-schemas.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { mediaSchema } from './lib/media-schema.ts';

/** A collection of one YAML list file (a syntax error stops the build with file:line:col). */
const yamlList = <S extends z.ZodType>(path: string, schema: S) => defineCollection({ loader: yamlListLoader(path), schema });

/** One file per entry under content/<dir>; the file name (without extension) is the entry id. */
const files = <S extends z.ZodType>(dir: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `./content/${dir}` }), schema });

export const collections = {
  /** One MDX file per chapter; the file name is the URL slug. */
  chapters: files('chapters', '**/*.mdx', chapterSchema),
  /** Figures quoted in several places. */
  facts: yamlList('content/facts/figures.yaml', factSchema),
  /** The glossary: each term gets an anchor at /glossary/#id. */
  glossary: yamlList('content/glossary/terms.yaml', glossarySchema),
  /** Toolkit presentations: the file name is the deck id used in /toolkit/<id>/. */
  toolkit: files('toolkit', '*.yaml', deckSchema),
  /** FAQ: one file per group of questions. */
  faq: files('faq', '*.yaml', faqSchema),
  /** The five editorial sources (ids as in SOURCE_IDS) and how the book uses each. */
  sources: yamlList('content/sources/sources.yaml', sourceSchema),
  /** Where the sources disagree and what the book follows. */
  disagreements: yamlList('content/sources/disagreements.yaml', disagreementSchema),
  /** Addresses on the real platform, each with the day it was checked (printed by PlatformLink.astro). */
  platformLinks: yamlList('content/links/platform.yaml', platformLinkSchema),
  /** The knowledge quiz: one entry per question; one without a correct option stops the build naming it. */
  quizKnowledge: yamlList('content/quizzes/knowledge.yaml', knowledgeQuestionSchema),
  /** The self-assessment: one entry, id "self-assessment" (scale, profiles, statements and their weights). */
  quizSelf: files('quizzes', 'self-assessment.yaml', selfAssessmentSchema),
  /** Self-hosted video and audio (content/media/<id>.yaml): captions and transcript required; shown by MediaPlayer.astro. */
  media: files('media', '*.yaml', mediaSchema),
};
