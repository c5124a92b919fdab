/**
 * One question: a fieldset of real radios or checkboxes, an optional
 * "Check answer" button (feedback after each answer) and the feedback itself.
 */
import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';
import type { QuizQuestion } from './types.ts';
import { correctAnswerText, kindHint } from './types.ts';

interface Props {
  question: QuizQuestion;
  number: number;
  total: number;
  order: string[];
  chosen: string[];
  /** Feedback is showing and the answer is locked. */
  checked: boolean;
  showCheckButton: boolean;
  onChange: (chosen: string[]) => void;
  onCheck: () => void;
}

export function isRight(q: QuizQuestion, chosen: readonly string[]): boolean {
  const expected = q.options.filter((o) => o.correct).map((o) => o.id);
  return chosen.length === expected.length && expected.every((id) => chosen.includes(id));
}

export function QuestionCard({ question: q, number, total, order, chosen, checked, showCheckButton, onChange, onCheck }: Props) {
  const multiple = q.kind === 'multiple';
  const options = order.map((id) => q.options.find((o) => o.id === id)).filter((o) => o !== undefined);
  const toggle = (id: string, on: boolean) => {
    if (checked) return;
    onChange(multiple ? (on ? [...chosen, id] : chosen.filter((c) => c !== id)) : [id]);
  };
  const right = isRight(q, chosen);
  const headingId = `kq-h-${q.id}`;
  return (
    <section class="quiz-card" aria-labelledby={headingId} data-question={q.id}>
      <h3 id={headingId} class="quiz-card-heading" tabIndex={-1}>
        {t.questionOf(number, total)}
      </h3>
      <fieldset class="quiz-fieldset" disabled={checked}>
        <legend>{q.question}</legend>
        <p class="quiz-hint">{kindHint(q.kind)}</p>
        {options.map((o) => (
          <label
            class={`quiz-option${checked && o.correct ? ' is-correct' : ''}${checked && !o.correct && chosen.includes(o.id) ? ' is-wrong' : ''}`}
            key={o.id}
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`kq-${q.id}`}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.currentTarget.checked)}
            />
            <span>
              {o.text}
              {checked && o.correct && <strong class="quiz-mark">{t.markCorrect}</strong>}
              {checked && !o.correct && chosen.includes(o.id) && <strong class="quiz-mark">{t.markWrong}</strong>}
            </span>
          </label>
        ))}
      </fieldset>
      {showCheckButton && !checked && (
        <button type="button" class="button" onClick={onCheck} disabled={chosen.length === 0}>
          {t.checkAnswer}
          <span class="visually-hidden">{t.toQuestion(number)}</span>
        </button>
      )}
      {checked && (
        <div class={`quiz-feedback ${right ? 'is-right' : 'is-wrong'}`} tabIndex={-1}>
          <p class="quiz-verdict">
            {right ? t.right : chosen.length ? t.notQuite : t.notAnswered} {!right && t.theAnswerIs(correctAnswerText(q))}
          </p>
          <p>{q.explanation}</p>
          <p>
            <a href={q.link}>{t.readMore(q.linkLabel)}</a>
          </p>
        </div>
      )}
    </section>
  );
}
