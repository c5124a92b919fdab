/**
 * Scoring of both quizzes. Pure functions: the islands, the tests and any
 * future page share exactly the same rules.
 */
import type { KnowledgeQuestion, SelfAssessment } from './schema.ts';

/** Option ids the reader chose, by question id. */
export type KnowledgeAnswers = Record<string, readonly string[]>;

export interface QuestionResult {
  id: string;
  chosen: string[];
  expected: string[];
  correct: boolean;
}

export function correctOptionIds(q: Pick<KnowledgeQuestion, 'options'>): string[] {
  return q.options.filter((o) => o.correct).map((o) => o.id);
}

/**
 * One point per question. A question with several correct options scores its
 * point only when the reader ticked exactly the correct ones: one missing or
 * one extra tick is a wrong answer, as in the original quiz (1 point each).
 */
export function scoreKnowledgeQuiz(questions: readonly Pick<KnowledgeQuestion, 'id' | 'options'>[], answers: KnowledgeAnswers) {
  const results: QuestionResult[] = questions.map((q) => {
    const expected = correctOptionIds(q);
    const chosen = [...new Set(answers[q.id] ?? [])];
    const correct = chosen.length === expected.length && expected.every((id) => chosen.includes(id));
    return { id: q.id, chosen, expected, correct };
  });
  return { score: results.filter((r) => r.correct).length, max: questions.length, results };
}

/** Answer values by statement id: 0 = "not like me" … scale.length - 1. */
export type SelfAnswers = Record<string, number>;

export interface ProfileScore {
  id: string;
  name: string;
  points: number;
  max: number;
  /** points / max as a whole percentage, for the chart and its text. */
  percent: number;
}

/**
 * Each answer value times the statement's weight for a profile, summed, and
 * compared with the most that profile could get, so a profile fed by more
 * statements does not win just by having more of them. Ranking: the higher
 * share first; on an exact tie, the higher points; then the profile listed
 * first in self-assessment.yaml. The same answers always give the same result.
 */
export function scoreSelfAssessment(data: Pick<SelfAssessment, 'profiles' | 'statements' | 'scale'>, answers: SelfAnswers) {
  const top = data.scale.length - 1;
  const scores = data.profiles.map((p, order) => {
    let points = 0;
    let max = 0;
    for (const s of data.statements) {
      const w = s.weights[p.id] ?? 0;
      const value = answers[s.id];
      max += w * top;
      if (typeof value === 'number' && value >= 0 && value <= top) points += w * value;
    }
    return { id: p.id, name: p.name, points, max, percent: max ? Math.round((100 * points) / max) : 0, order };
  });
  // Compare shares by cross-multiplying: no rounding can create or hide a tie.
  const ranked = [...scores].sort((a, b) => b.points * a.max - a.points * b.max || b.points - a.points || a.order - b.order);
  const main = ranked[0];
  if (!main) throw new Error('self-assessment has no profiles');
  return { main: main.id, ranked: ranked.map(({ order: _order, ...rest }): ProfileScore => rest) };
}

/**
 * The ranking as the reader sees it: profiles whose shown percentages are the
 * same belong together, so a result never calls one of two equal bars "next
 * strongest". `leaders` has more than one profile when the top is a tie;
 * `next` is the group after it (empty when nothing scored below the top, or it scored 0).
 */
export function readRanking(ranked: readonly ProfileScore[]): { leaders: ProfileScore[]; next: ProfileScore[] } {
  const groups: ProfileScore[][] = [];
  for (const s of ranked) {
    const last = groups.at(-1);
    if (last && last[0]!.percent === s.percent) last.push(s);
    else groups.push([s]);
  }
  const next = groups[1] ?? [];
  return { leaders: groups[0] ?? [], next: next[0] && next[0].percent > 0 ? next : [] };
}
