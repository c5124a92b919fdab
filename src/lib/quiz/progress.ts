/**
 * What the quizzes keep in localStorage (through stored-state.ts) and the
 * validators that decide whether a stored value can be trusted. Anything that
 * fails them is ignored and the reader starts afresh.
 */
import { readState, writeState, type StorageLike } from '../stored-state.ts';

export const KNOWLEDGE_KEY = 'etw:quiz:knowledge';
export const KNOWLEDGE_VERSION = 1;
export const SELF_KEY = 'etw:quiz:self';
export const SELF_VERSION = 1;

/** The certificate's name field holds at most this many characters (a longer stored name is cut). */
export const NAME_MAX_LENGTH = 80;

export type QuizMode = 'one' | 'all';
export type FeedbackTiming = 'each' | 'end';

export interface KnowledgeProgress {
  mode: QuizMode;
  feedback: FeedbackTiming;
  /** Option ids chosen, by question id. */
  answers: Record<string, string[]>;
  /** Questions whose answer has been checked (feedback "each"). */
  checked: string[];
  /** Option order shown for each question (shuffled on a retake). */
  optionOrder: Record<string, string[]>;
  /** Index of the question on screen in one-at-a-time mode. */
  current: number;
  finished: boolean;
  best: number | null;
  name: string;
}

export interface SelfProgress {
  answers: Record<string, number>;
  current: number;
  finished: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isKnowledgeProgress(data: unknown): data is KnowledgeProgress {
  if (!isRecord(data)) return false;
  const { mode, feedback, answers, checked, optionOrder, current, finished, best, name } = data;
  return (
    (mode === 'one' || mode === 'all') &&
    (feedback === 'each' || feedback === 'end') &&
    isRecord(answers) &&
    Object.values(answers).every(isStringArray) &&
    isStringArray(checked) &&
    isRecord(optionOrder) &&
    Object.values(optionOrder).every(isStringArray) &&
    isIndex(current) &&
    typeof finished === 'boolean' &&
    (best === null || isIndex(best)) &&
    typeof name === 'string'
  );
}

export function isSelfProgress(data: unknown): data is SelfProgress {
  if (!isRecord(data)) return false;
  const { answers, current, finished } = data;
  return isRecord(answers) && Object.values(answers).every(isIndex) && isIndex(current) && typeof finished === 'boolean';
}

/**
 * Saved knowledge-quiz progress that still fits the current questions: answers
 * to questions that no longer exist, or option ids that are gone, are dropped,
 * and an option order that no longer matches the question falls back to data order.
 */
export function loadKnowledgeProgress(
  questions: readonly { id: string; options: readonly { id: string }[] }[],
  storage?: StorageLike,
): KnowledgeProgress | undefined {
  const saved = readState(KNOWLEDGE_KEY, KNOWLEDGE_VERSION, isKnowledgeProgress, storage);
  if (!saved) return undefined;
  const answers: Record<string, string[]> = {};
  const optionOrder: Record<string, string[]> = {};
  for (const q of questions) {
    const ids = q.options.map((o) => o.id);
    const chosen = saved.answers[q.id]?.filter((id) => ids.includes(id));
    if (chosen?.length) answers[q.id] = chosen;
    const order = saved.optionOrder[q.id];
    optionOrder[q.id] = order && order.length === ids.length && ids.every((id) => order.includes(id)) ? order : ids;
  }
  return {
    ...saved,
    answers,
    optionOrder,
    // A question counts as checked only with an answer: a stray id must not lock an empty question.
    checked: saved.checked.filter((id) => answers[id] !== undefined),
    current: Math.min(saved.current, Math.max(0, questions.length - 1)),
    // A result with no answer at all is not a result a reader reached: open the quiz instead of "0 out of 20".
    finished: saved.finished && Object.keys(answers).length > 0,
    best: saved.best === null ? null : Math.min(saved.best, questions.length),
    name: saved.name.slice(0, NAME_MAX_LENGTH),
  };
}

/**
 * Answers the reader ticked in the server-rendered form before the island
 * started, laid over the saved progress: they are newer. Unknown ids are
 * dropped; a question answered there is no longer "checked" (its feedback was
 * for another answer); over a finished result they start a new attempt.
 */
export function withStaticAnswers(
  progress: KnowledgeProgress,
  ticked: Readonly<Record<string, readonly string[]>>,
  questions: readonly { id: string; options: readonly { id: string }[] }[],
): KnowledgeProgress {
  const fresh: Record<string, string[]> = {};
  for (const q of questions) {
    const chosen = ticked[q.id]?.filter((id) => q.options.some((o) => o.id === id));
    if (chosen?.length) fresh[q.id] = [...new Set(chosen)];
  }
  if (Object.keys(fresh).length === 0) return progress;
  if (progress.finished) return { ...progress, answers: fresh, checked: [], current: 0, finished: false };
  return { ...progress, answers: { ...progress.answers, ...fresh }, checked: progress.checked.filter((id) => !(id in fresh)) };
}

export function saveKnowledgeProgress(progress: KnowledgeProgress, storage?: StorageLike): boolean {
  return writeState(KNOWLEDGE_KEY, KNOWLEDGE_VERSION, progress, storage);
}

export function loadSelfProgress(statementIds: readonly string[], scaleLength: number, storage?: StorageLike): SelfProgress | undefined {
  const saved = readState(SELF_KEY, SELF_VERSION, isSelfProgress, storage);
  if (!saved) return undefined;
  const answers = Object.fromEntries(Object.entries(saved.answers).filter(([id, v]) => statementIds.includes(id) && v < scaleLength));
  return {
    answers,
    current: Math.min(saved.current, Math.max(0, statementIds.length - 1)),
    finished: saved.finished && Object.keys(answers).length === statementIds.length,
  };
}

export function saveSelfProgress(progress: SelfProgress, storage?: StorageLike): boolean {
  return writeState(SELF_KEY, SELF_VERSION, progress, storage);
}
