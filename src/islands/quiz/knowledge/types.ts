import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';

/** A knowledge-quiz question as the island receives it (serialisable props). */
export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true-false';
  question: string;
  options: QuizOption[];
  explanation: string;
  link: string;
  /** "Chapter: Section", the text of the link. */
  linkLabel: string;
}

/** What the reader is told a question asks for, so a multi-select is never a surprise. */
export function kindHint(kind: QuizQuestion['kind']): string {
  return kind === 'multiple' ? t.hintMultiple : kind === 'true-false' ? t.hintTrueFalse : t.hintSingle;
}

/** The correct options in a sentence: "Two schools" or "Armenia; Ukraine; Moldova". */
export function correctAnswerText(q: QuizQuestion): string {
  return q.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .join('; ');
}
