/**
 * The shape of the two quizzes' data (content/quizzes/). The content
 * collections validate the files with these schemas, so a question without a
 * correct option or a true/false question with three options stops the build
 * naming the question. Unit tests use the same schemas on fixtures.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from '../book.ts';

export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The toolkit decks a self-assessment profile may point to (content/toolkit/<id>.yaml). */
export const DECK_IDS = [
  'introducing-etwinning',
  'getting-started',
  'partners-and-projects',
  'recognition',
  'running-a-training-session',
] as const;

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens');
/** A link into the book: /book/<slug>/ or /book/<slug>/#<heading-id>. */
export const bookLink = z
  .string()
  .regex(/^\/book\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'must look like /book/<slug>/ or /book/<slug>/#<heading-id>');

const optionSchema = z.object({ id: slug, text: z.string().min(1), correct: z.boolean().default(false) }).strict();

export const knowledgeQuestionSchema = z
  .object({
    id: slug,
    /** Place in the quiz, from 1 (the collection itself does not keep the file's order). */
    number: z.number().int().positive(),
    kind: z.enum(QUESTION_KINDS),
    question: z.string().min(10),
    options: z.array(optionSchema).min(2).max(6),
    explanation: z.string().min(20),
    /** The chapter section that teaches the answer; the build checks it exists. */
    link: bookLink,
    sources: z.array(z.enum(SOURCE_IDS)).min(1),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `question "${q.id}": two options share an id` });
    if (correct === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `question "${q.id}": no option is marked correct: true` });
    if (q.kind === 'true-false' && q.options.length !== 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}": a true-false question needs exactly 2 options, found ${q.options.length}`,
      });
    if (q.kind !== 'multiple' && correct > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}": a ${q.kind} question has exactly one correct option, found ${correct} (use kind: multiple)`,
      });
  });

export type KnowledgeQuestion = z.infer<typeof knowledgeQuestionSchema>;

const profileSchema = z
  .object({
    id: slug,
    name: z.string().min(3),
    /** One sentence that names the profile on the result. */
    summary: z.string().min(20),
    /** A short portrait for the result: two or three sentences about how this ambassador works. */
    portrait: z.string().min(60).max(400),
    /** The text alternative of the profile's illustration (src/assets/illustrations/profiles/<id>.svg). */
    illustration: z.string().min(20).max(250),
    strengths: z.array(z.string().min(10)).min(2).max(5),
    /** Concrete next steps, each one thing to do. */
    nextSteps: z.array(z.string().min(20)).min(2).max(4),
    chapters: z.array(z.object({ href: bookLink, title: z.string().min(3) }).strict()).min(1),
    decks: z.array(z.enum(DECK_IDS)).min(1),
  })
  .strict();

const statementSchema = z
  .object({
    id: slug,
    text: z.string().min(15),
    /** How much agreeing with the statement counts towards each profile. */
    weights: z.record(z.string(), z.number().int().min(1).max(3)),
  })
  .strict();

export const selfAssessmentSchema = z
  .object({
    title: z.string().min(3),
    /** The answer scale, from "not like me" (value 0) upwards. */
    scale: z.array(z.string().min(2)).min(3).max(5),
    profiles: z.array(profileSchema).min(4).max(6),
    statements: z.array(statementSchema).min(12).max(16),
  })
  .strict()
  .superRefine((data, ctx) => {
    const profileIds = new Set(data.profiles.map((p) => p.id));
    const reached = new Set<string>();
    for (const [i, s] of data.statements.entries()) {
      const keys = Object.keys(s.weights);
      if (keys.length === 0)
        ctx.addIssue({ code: 'custom', path: ['statements', i, 'weights'], message: `statement "${s.id}" has no weights` });
      for (const key of keys) {
        if (!profileIds.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['statements', i, 'weights', key],
            message: `statement "${s.id}" weighs unknown profile "${key}"`,
          });
        reached.add(key);
      }
    }
    for (const id of profileIds) {
      if (!reached.has(id))
        ctx.addIssue({ code: 'custom', path: ['profiles'], message: `profile "${id}" gets no weight from any statement` });
    }
    const ids = data.statements.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['statements'], message: 'two statements share an id' });
  });

export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type Profile = SelfAssessment['profiles'][number];
export type Statement = SelfAssessment['statements'][number];

/** "file: question 3 (id): options: message" lines for a list of raw question entries. */
export function checkKnowledgeFile(entries: unknown, file: string): { questions: KnowledgeQuestion[]; errors: string[] } {
  if (!Array.isArray(entries)) return { questions: [], errors: [`${file}: expected a list of questions`] };
  const questions: KnowledgeQuestion[] = [];
  const errors: string[] = [];
  for (const [i, raw] of entries.entries()) {
    const result = knowledgeQuestionSchema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id;
    if (result.success) questions.push(result.data);
    else
      for (const issue of result.error.issues)
        errors.push(
          `${file}: question ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}: ${issue.path.join('.') || 'question'}: ${issue.message}`,
        );
  }
  const numbers = questions.map((q) => q.number).sort((a, b) => a - b);
  if (errors.length === 0 && numbers.some((n, i) => n !== i + 1))
    errors.push(`${file}: question numbers must run 1, 2, 3… without gaps or repeats; found ${numbers.join(', ')}`);
  return { questions: [...questions].sort((a, b) => a.number - b.number), errors };
}
