import { describe, expect, it } from 'vitest';
import { correctOptionIds, readRanking, scoreKnowledgeQuiz, scoreSelfAssessment } from '../../src/lib/quiz/scoring.ts';
import { seededRng, shuffle, shuffleOptionOrders } from '../../src/lib/quiz/shuffle.ts';
import { knowledgeQuestions, selfAssessment } from './quiz-load.ts';

const questions = knowledgeQuestions();
const allRight = Object.fromEntries(questions.map((q) => [q.id, correctOptionIds(q)]));
const allWrong = Object.fromEntries(questions.map((q) => [q.id, [q.options.find((o) => !o.correct)!.id]]));

describe('knowledge quiz scoring', () => {
  it('gives full marks when every answer is right', () => {
    expect(scoreKnowledgeQuiz(questions, allRight)).toMatchObject({ score: questions.length, max: questions.length });
  });

  it('gives 0 when every answer is wrong, and 0 when nothing is answered', () => {
    expect(scoreKnowledgeQuiz(questions, allWrong).score).toBe(0);
    expect(scoreKnowledgeQuiz(questions, {}).score).toBe(0);
  });

  it('scores a several-correct question only when exactly the right options are ticked', () => {
    const multi = questions.find((q) => q.kind === 'multiple' && correctOptionIds(q).length >= 2)!;
    const right = correctOptionIds(multi);
    const wrongOne = multi.options.find((o) => !o.correct)!.id;
    const score = (chosen: string[]) => scoreKnowledgeQuiz([multi], { [multi.id]: chosen }).score;
    expect(score(right)).toBe(1);
    expect(score([...right].reverse())).toBe(1); // order does not matter
    expect(score(right.slice(1))).toBe(0); // one correct option missing
    expect(score([...right, wrongOne])).toBe(0); // one wrong option too many
    expect(score(multi.options.map((o) => o.id))).toBe(0); // ticking everything is not a strategy
  });

  it('counts the rest of the quiz correctly around a partly right answer', () => {
    const multi = questions.find((q) => q.kind === 'multiple')!;
    const answers = { ...allRight, [multi.id]: correctOptionIds(multi).slice(0, 1) };
    const result = scoreKnowledgeQuiz(questions, answers);
    expect(result.score).toBe(questions.length - 1);
    expect(result.results.find((r) => r.id === multi.id)?.correct).toBe(false);
  });
});

describe('self-assessment scoring', () => {
  const data = {
    scale: ['No', 'Somewhat', 'Yes'],
    profiles: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
    statements: [
      { id: 's1', text: '', weights: { a: 2 } },
      { id: 's2', text: '', weights: { b: 2 } },
      { id: 's3', text: '', weights: { b: 1, c: 2 } },
    ],
  } as unknown as Parameters<typeof scoreSelfAssessment>[0];

  it('names the profile the answers point to, with every profile in the ranking', () => {
    const result = scoreSelfAssessment(data, { s1: 0, s2: 2, s3: 0 });
    expect(result.main).toBe('b');
    expect(result.ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(result.ranked[0]).toMatchObject({ points: 4, max: 6, percent: 67 });
  });

  it('breaks an equal share by points, then by the order of the data file', () => {
    // a: 4 of 4 points, c: 4 of 4, b: 2 of 6. a and c tie on share and on points: a is listed first.
    expect(scoreSelfAssessment(data, { s1: 2, s2: 0, s3: 2 }).main).toBe('a');
    // All answers "No": every profile at 0%; the first listed wins, and always the same one.
    expect(scoreSelfAssessment(data, { s1: 0, s2: 0, s3: 0 }).main).toBe('a');
    // Same share (100%) but b has more points than a: b wins.
    expect(scoreSelfAssessment(data, { s1: 2, s2: 2, s3: 2 }).ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives each profile of the real data file as the main profile when the reader agrees only with its statements', () => {
    const sa = selfAssessment();
    const top = sa.scale.length - 1;
    for (const profile of sa.profiles) {
      // Full agreement with statements that weigh this profile most, none with the rest.
      const answers = Object.fromEntries(
        sa.statements.map((s) => [
          s.id,
          (s.weights[profile.id] ?? 0) === Math.max(...Object.values(s.weights)) && s.weights[profile.id] ? top : 0,
        ]),
      );
      expect(scoreSelfAssessment(sa, answers).main, profile.id).toBe(profile.id);
    }
  });
});

describe('shuffling', () => {
  it('is a permutation, and the same seed gives the same order', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const a = shuffle(items, seededRng(42));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle(items, seededRng(42))).toEqual(a);
    expect(shuffle(items, seededRng(7))).not.toEqual(a);
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i)); // input untouched
  });

  it('keeps True before False on a retake and shuffles the other questions', () => {
    const orders = shuffleOptionOrders(questions, seededRng(3));
    for (const q of questions) {
      expect([...orders[q.id]!].sort()).toEqual(q.options.map((o) => o.id).sort());
      if (q.kind === 'true-false') expect(orders[q.id]).toEqual(['true', 'false']);
    }
    expect(questions.some((q) => orders[q.id]!.join() !== q.options.map((o) => o.id).join())).toBe(true);
  });
});

describe('self-assessment result as the reader reads it', () => {
  const score = (id: string, percent: number) => ({ id, name: id, points: percent, max: 100, percent });

  it('names a tie for the top as a tie, whatever profile the ranking put first', () => {
    const { leaders, next } = readRanking([score('promoter', 72), score('trainer', 72), score('mentor', 40)]);
    expect(leaders.map((s) => s.id)).toEqual(['promoter', 'trainer']);
    expect(next.map((s) => s.id)).toEqual(['mentor']);
  });

  it('groups two equal runners-up instead of calling one of them the next strongest', () => {
    const { leaders, next } = readRanking([score('trainer', 80), score('innovator', 64), score('promoter', 64), score('mentor', 10)]);
    expect(leaders.map((s) => s.id)).toEqual(['trainer']);
    expect(next.map((s) => s.id)).toEqual(['innovator', 'promoter']);
  });

  it('names no runner-up when the rest scored nothing, and a five-way tie when every bar is equal', () => {
    expect(readRanking([score('trainer', 30), score('mentor', 0)]).next).toEqual([]);
    const data = selfAssessment();
    const middle = Object.fromEntries(data.statements.map((s) => [s.id, 2]));
    expect(readRanking(scoreSelfAssessment(data, middle).ranked).leaders).toHaveLength(data.profiles.length);
  });
});
