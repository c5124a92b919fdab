import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkKnowledgeFile, QUESTION_KINDS, selfAssessmentSchema } from '../../src/lib/quiz/schema.ts';
import { findMissingLinks, describeMissingLinks } from '../../src/lib/quiz/links.ts';
import { knowledgeQuestions, selfAssessment } from './quiz-load.ts';

describe('knowledge quiz data', () => {
  // The book promises a twenty-question quiz scored out of 20 (its chapter, the quizzes page, the certificate):
  // this one number is a promise to readers, not a count to derive.
  it('holds the twenty questions the book promises', () => {
    expect(knowledgeQuestions()).toHaveLength(20);
  });

  it('numbers its questions from 1 without gaps, each with a correct answer, an explanation and a link to a chapter', () => {
    const questions = knowledgeQuestions();
    expect(questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(
        q.options.some((o) => o.correct),
        q.id,
      ).toBe(true);
      expect(q.explanation.trim(), q.id).not.toBe('');
      const slug = /^\/book\/([a-z0-9-]+)\//.exec(q.link)?.[1];
      expect(existsSync(`content/chapters/${slug}.mdx`), `${q.id}: ${q.link}`).toBe(true);
    }
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
  });

  it('does not give the answer away by position: without JavaScript the options show in stored order', () => {
    // A reader who always picks the first option should score no better than chance would give.
    const questions = knowledgeQuestions().filter((q) => q.kind !== 'true-false');
    const firstIsCorrect = questions.filter((q) => q.options[0]!.correct).length;
    expect(firstIsCorrect, 'questions whose first stored option is correct').toBeLessThanOrEqual(Math.ceil(questions.length / 4));
    // …and the correct option is not always in one other place either.
    const positions = new Set(questions.map((q) => q.options.findIndex((o) => o.correct)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('refuses a broken question file, naming each question and what is wrong', () => {
    const file = 'tests/unit/fixtures/quiz-broken.yaml';
    const { questions, errors } = checkKnowledgeFile(
      parse(readFileSync(new URL('fixtures/quiz-broken.yaml', import.meta.url), 'utf8')),
      file,
    );
    expect(questions).toHaveLength(0);
    expect(errors).toContainEqual(
      expect.stringMatching(/quiz-broken\.yaml: question 1 \(no-correct-option\): options: .*no option is marked correct/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/question 2 \(three-way-true-false\): options: .*true-false question needs exactly 2 options, found 3/),
    );
    expect(errors).toContainEqual(expect.stringMatching(/question 3 \(no-explanation\): explanation:/));
  });

  it('refuses a single-choice question with two correct options', () => {
    const q = {
      id: 'x',
      number: 1,
      kind: 'single',
      question: 'Which one is right?',
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
      ],
      explanation: 'Only one option may be right here.',
      link: '/book/welcome/',
      sources: ['ebook'],
    };
    const { errors } = checkKnowledgeFile([q], 'f.yaml');
    expect(errors.join('\n')).toMatch(/single question has exactly one correct option, found 2/);
  });

  it('refuses question numbers with a gap or a repeat, and sorts by number', () => {
    const q = (id: string, number: number) => ({
      id,
      number,
      kind: 'true-false',
      question: 'True or false: numbers matter.',
      options: [
        { id: 'true', text: 'True', correct: true },
        { id: 'false', text: 'False' },
      ],
      explanation: 'The quiz keeps the order of the original.',
      link: '/book/welcome/',
      sources: ['ebook'],
    });
    expect(checkKnowledgeFile([q('a', 1), q('b', 3)], 'f.yaml').errors).toEqual([
      'f.yaml: question numbers must run 1, 2, 3… without gaps or repeats; found 1, 3',
    ]);
    expect(checkKnowledgeFile([q('b', 2), q('a', 1)], 'f.yaml').questions.map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('self-assessment data', () => {
  it('feeds every profile of the real file from some statement', () => {
    const data = selfAssessment();
    for (const profile of data.profiles)
      expect(
        data.statements.some((s) => (s.weights[profile.id] ?? 0) > 0),
        profile.id,
      ).toBe(true);
  });

  it('refuses a profile that no statement weighs, and too few statements or profiles', () => {
    const data = selfAssessment();
    const messages = (input: unknown) =>
      selfAssessmentSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    const unweighed = structuredClone(data);
    for (const s of unweighed.statements) delete s.weights[data.profiles[0]!.id];
    expect(messages(unweighed)).toContainEqual(`profiles: profile "${data.profiles[0]!.id}" gets no weight from any statement`);
    expect(messages({ ...data, statements: data.statements.slice(0, 3) })).toContainEqual(expect.stringMatching(/^statements: /));
    expect(messages({ ...data, profiles: data.profiles.slice(0, 1) })).toContainEqual(expect.stringMatching(/^profiles: /));
  });

  it('refuses a weight for a profile that does not exist', () => {
    const data = structuredClone(selfAssessment());
    data.statements[0]!.weights = { nobody: 2 };
    const result = selfAssessmentSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(/weighs unknown profile "nobody"/);
  });
});

describe('quiz links', () => {
  const chapters = [{ id: 'recognition', headings: ['the-national-quality-label', 'conditions'] }];

  it('finds links whose chapter or heading is missing and names the question', () => {
    const missing = findMissingLinks(
      [
        { id: 'ok', link: '/book/recognition/#conditions' },
        { id: 'chapter-top', link: '/book/recognition/' },
        { id: 'bad-heading', link: '/book/recognition/#prizes-2' },
        { id: 'bad-chapter', link: '/book/nowhere/#x' },
      ],
      chapters,
    );
    expect(missing.map((m) => m.questionId)).toEqual(['bad-heading', 'bad-chapter']);
    const message = describeMissingLinks('content/quizzes/knowledge.yaml', missing);
    expect(message).toContain('bad-heading: /book/recognition/#prizes-2 chapter "recognition" has no heading with id "prizes-2"');
    expect(message).toContain('bad-chapter: /book/nowhere/#x chapter "nowhere" does not exist');
  });
});
