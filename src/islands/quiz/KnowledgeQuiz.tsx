/**
 * The knowledge quiz, enhanced. Until it starts, the server-rendered form
 * (its children) is shown; then the reader picks one question at a time or
 * all on one page, and feedback after each answer or at the end. Progress and
 * the best score are kept on this device (lib/quiz/progress.ts).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { knowledgeQuizUi as t } from '../../i18n/quiz-knowledge.ts';
import { loadKnowledgeProgress, saveKnowledgeProgress, withStaticAnswers, type KnowledgeProgress } from '../../lib/quiz/progress.ts';
import { scoreKnowledgeQuiz } from '../../lib/quiz/scoring.ts';
import { shuffleOptionOrders } from '../../lib/quiz/shuffle.ts';
import { Certificate } from './knowledge/Certificate.tsx';
import { isRight, QuestionCard } from './knowledge/QuestionCard.tsx';
import { Review } from './knowledge/Review.tsx';
import { Settings } from './knowledge/Settings.tsx';
import { readStaticForm } from './knowledge/static-form.ts';
import type { QuizQuestion } from './knowledge/types.ts';
import './knowledge/knowledge-quiz.css';

interface Props {
  questions: QuizQuestion[];
  children?: ComponentChildren;
}

function freshProgress(questions: QuizQuestion[]): KnowledgeProgress {
  return {
    mode: 'one',
    feedback: 'each',
    answers: {},
    checked: [],
    current: 0,
    finished: false,
    best: null,
    name: '',
    optionOrder: Object.fromEntries(questions.map((q) => [q.id, q.options.map((o) => o.id)])),
  };
}

export default function KnowledgeQuiz({ questions, children }: Props) {
  const [ready, setReady] = useState(false);
  const [p, setP] = useState<KnowledgeProgress>(() => freshProgress(questions));
  const [announcement, setAnnouncement] = useState('');
  /** Set once, the first time the browser refuses to store progress (storage full or switched off). */
  const [notSaved, setNotSaved] = useState(false);
  /** A selector inside the quiz to focus after the next render. */
  const focusTargetRef = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Start: saved progress, plus whatever the reader already did in the server form; if the keyboard
  // focus was in the form, the same control in the interactive quiz takes it (no drop to <body>).
  useEffect(() => {
    const form = readStaticForm(root.current);
    let next = withStaticAnswers(loadKnowledgeProgress(questions) ?? freshProgress(questions), form.answers, questions);
    const place = questions.findIndex((q) => q.id === form.focus?.question);
    if (!next.finished && place >= 0) next = { ...next, current: place };
    const here = questions[next.current]?.id;
    if (form.focus)
      focusTargetRef.current = next.finished
        ? '#kq-result-heading'
        : form.focus.option && form.focus.question === here
          ? `[data-question="${here}"] input[value="${form.focus.option}"]`
          : `#kq-h-${here}`;
    setP(next);
    setReady(true);
  }, [questions]);
  // Saved with the render that shows the change, not a frame later: a reader who reloads at once
  // (or a tab closed on a slow phone) keeps the answer or setting just given.
  useLayoutEffect(() => {
    if (ready && !saveKnowledgeProgress(p)) setNotSaved(true);
  }, [p, ready]);
  // Move focus as soon as the render that shows the new content is in the DOM
  // (a layout effect: a plain effect waits for a frame, and focus can be lost meanwhile).
  useLayoutEffect(() => {
    const target = focusTargetRef.current;
    focusTargetRef.current = null;
    if (target) root.current?.querySelector<HTMLElement>(target)?.focus();
  });

  if (!ready)
    return (
      <div class="knowledge-quiz" ref={root}>
        {children}
      </div>
    );

  const total = questions.length;
  const update = (patch: Partial<KnowledgeProgress>) => setP((prev) => ({ ...prev, ...patch }));
  const answered = questions.filter((q) => p.answers[q.id]?.length).length;

  const check = (q: QuizQuestion) => {
    update({ checked: [...p.checked, q.id] });
    setAnnouncement(isRight(q, p.answers[q.id] ?? []) ? t.sayRight : t.sayWrong);
    focusTargetRef.current = `[data-question="${q.id}"] .quiz-feedback`;
  };
  const goTo = (index: number) => {
    update({ current: index });
    setAnnouncement(t.questionOf(index + 1, total));
    focusTargetRef.current = `#kq-h-${questions[index]?.id}`;
  };
  const finish = () => {
    const { score } = scoreKnowledgeQuiz(questions, p.answers);
    update({ finished: true, best: Math.max(score, p.best ?? 0) });
    setAnnouncement(t.sayFinished(score, total));
    focusTargetRef.current = '#kq-result-heading';
  };
  const retake = () => {
    update({ answers: {}, checked: [], current: 0, finished: false, optionOrder: shuffleOptionOrders(questions) });
    setAnnouncement(t.sayRetake(total));
    focusTargetRef.current = `#kq-h-${questions[0]?.id}`;
  };

  const card = (q: QuizQuestion, index: number) => (
    <QuestionCard
      key={q.id}
      question={q}
      number={index + 1}
      total={total}
      order={p.optionOrder[q.id] ?? q.options.map((o) => o.id)}
      chosen={p.answers[q.id] ?? []}
      checked={p.feedback === 'each' && p.checked.includes(q.id)}
      showCheckButton={p.feedback === 'each'}
      onChange={(chosen) => update({ answers: { ...p.answers, [q.id]: chosen } })}
      onCheck={() => check(q)}
    />
  );

  const score = scoreKnowledgeQuiz(questions, p.answers).score;
  const current = Math.min(p.current, total - 1);
  const currentQuestion = questions[current] as QuizQuestion;

  return (
    <div class="knowledge-quiz is-enhanced" data-mode={p.mode} ref={root}>
      <p class="visually-hidden" aria-live="polite" role="status" data-testid="kq-status">
        {announcement}
      </p>
      <div role="status" class="quiz-save-note">
        {notSaved && <p>{t.notSaved}</p>}
      </div>
      {p.finished ? (
        <>
          <Review questions={questions} answers={p.answers} score={score} best={p.best} headingRef={resultHeading} onRetake={retake} />
          <Certificate name={p.name} score={score} total={total} onName={(name) => update({ name })} />
        </>
      ) : (
        <>
          <Settings
            mode={p.mode}
            feedback={p.feedback}
            onMode={(mode) => update({ mode })}
            onFeedback={(feedback) => update({ feedback })}
          />
          <p class="quiz-progress-text" id="kq-progress-label">
            {p.mode === 'one' ? `${t.questionOf(current + 1, total)}. ` : ''}
            {t.answered(answered, total)}
          </p>
          <progress max={total} value={answered} aria-labelledby="kq-progress-label" />
          {p.mode === 'one' ? (
            <>
              {card(currentQuestion, current)}
              <nav class="quiz-nav" aria-label={t.navLabel}>
                <button type="button" class="button" disabled={current === 0} onClick={() => goTo(current - 1)}>
                  {t.previous}
                </button>
                {current < total - 1 ? (
                  <button type="button" class="button primary" onClick={() => goTo(current + 1)}>
                    {t.next}
                  </button>
                ) : (
                  <button type="button" class="button primary" onClick={finish}>
                    {t.finish}
                  </button>
                )}
              </nav>
            </>
          ) : (
            <>
              {questions.map((q, i) => card(q, i))}
              <p>
                <button type="button" class="button primary" onClick={finish}>
                  {t.finish}
                </button>
              </p>
            </>
          )}
          {answered < total && p.mode === 'all' && <p class="quiz-hint">{t.unansweredCount}</p>}
        </>
      )}
    </div>
  );
}
