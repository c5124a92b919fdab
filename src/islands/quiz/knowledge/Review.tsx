/** The result: score, best score, and every question with the reader's answer, the right one and why. */
import type { RefObject } from 'preact';
import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';
import { isRight } from './QuestionCard.tsx';
import type { QuizQuestion } from './types.ts';
import { correctAnswerText } from './types.ts';

interface Props {
  questions: QuizQuestion[];
  answers: Record<string, string[]>;
  score: number;
  best: number | null;
  headingRef: RefObject<HTMLHeadingElement>;
  onRetake: () => void;
}

export function Review({ questions, answers, score, best, headingRef, onRetake }: Props) {
  const textOf = (q: QuizQuestion, ids: readonly string[]) =>
    q.options
      .filter((o) => ids.includes(o.id))
      .map((o) => o.text)
      .join('; ');
  return (
    <section class="quiz-result" aria-labelledby="kq-result-heading">
      <h3 id="kq-result-heading" tabIndex={-1} ref={headingRef}>
        {t.yourScore} <span data-testid="kq-score">{score}</span> {t.outOf(questions.length)}
      </h3>
      {best !== null && (
        <p>
          {t.bestScore} <strong data-testid="kq-best">{best}</strong> {t.outOf(questions.length)}.
        </p>
      )}
      <p>
        <button type="button" class="button primary" onClick={onRetake}>
          {t.retake}
        </button>{' '}
        <span class="quiz-hint">{t.retakeHint}</span>
      </p>
      <h3>{t.reviewHeading}</h3>
      <ol class="quiz-review">
        {questions.map((q) => {
          const chosen = answers[q.id] ?? [];
          const right = isRight(q, chosen);
          return (
            <li key={q.id} class={right ? 'is-right' : 'is-wrong'}>
              <p class="quiz-review-question">
                <strong>{q.question}</strong>
              </p>
              <p>
                <span class="quiz-verdict">{right ? t.reviewRight : t.reviewWrong}:</span>{' '}
                {t.yourAnswer(chosen.length ? textOf(q, chosen) : t.notAnsweredLower)}
              </p>
              {!right && <p>{t.correctAnswer(correctAnswerText(q))}</p>}
              <p>
                {q.explanation} <a href={q.link}>{t.readMore(q.linkLabel)}</a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
