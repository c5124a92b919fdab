import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkKnowledgeFile, selfAssessmentSchema } from '../../src/lib/quiz/schema.ts';
import { findMissingLinks, describeMissingLinks } from '../../src/lib/quiz/links.ts';
import { knowledgeQuestions, selfAssessment } from './quiz-load.ts';

describe('knowledge quiz data', () => {
  it('has the 20 questions of the original quiz, each with a correct answer, explanation and link', () => {
    const questions = knowledgeQuestions();
    expect(questions).toHaveLength(20);
    expect(new Set(questions.map((q) => q.id)).size).toBe(20);
    const kinds = new Set(questions.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['single', 'multiple', 'true-false']));
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
  it('has 12–16 statements and 4–6 profiles, each profile fed by some statement', () => {
    const data = selfAssessment();
    expect(data.statements.length).toBeGreaterThanOrEqual(12);
    expect(data.statements.length).toBeLessThanOrEqual(16);
    expect(data.profiles.length).toBeGreaterThanOrEqual(4);
    expect(data.profiles.length).toBeLessThanOrEqual(6);
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
