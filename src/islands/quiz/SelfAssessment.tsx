/**
 * "What kind of ambassador are you?" Server-rendered first: every statement is
 * a real radio group, with what it counts towards in a disclosure, so the page
 * works without JavaScript. Once hydrated it keeps answers on this device,
 * scores them (lib/quiz/scoring.ts), shows the result with a chart and links,
 * and puts the answers in the URL so the result can be shared and restored.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadSelfProgress, saveSelfProgress } from '../../lib/quiz/progress.ts';
import { scoreSelfAssessment, type SelfAnswers } from '../../lib/quiz/scoring.ts';
import { decodeSelfAnswers, encodeSelfAnswers, SHARE_PARAM, shareUrl } from '../../lib/quiz/share.ts';
import { selfAssessmentUi as ui } from '../../i18n/quiz-self-assessment.ts';
import { NoScriptTally } from './self-assessment/NoScriptTally.tsx';
import { ResultPanel, resultTitle } from './self-assessment/ResultPanel.tsx';
import { readRanking } from '../../lib/quiz/scoring.ts';
import { StatementFieldset } from './self-assessment/StatementFieldset.tsx';
import type { SelfAssessmentProps } from './self-assessment/types.ts';

type View = 'form' | 'result' | 'shared';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

export default function SelfAssessment({ scale, statements, profiles, deckTitles }: SelfAssessmentProps) {
  const ids = useMemo(() => statements.map((s) => s.id), [statements]);
  const [enhanced, setEnhanced] = useState(false);
  const [answers, setAnswers] = useState<SelfAnswers>({});
  const [sharedAnswers, setSharedAnswers] = useState<SelfAnswers | undefined>();
  const [view, setView] = useState<View>('form');
  const [missing, setMissing] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  /** Set once, the first time the browser refuses to store the answers (storage full or switched off). */
  const [notSaved, setNotSaved] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ /** 'result' or an element id */ to: string; n: number } | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Enhance after the first (server-identical) render: restore saved answers, or a shared result from the URL.
  useEffect(() => {
    const saved = loadSelfProgress(ids, scale.length);
    const own = saved?.answers ?? {};
    setAnswers(own);
    const shared = decodeSelfAnswers(new URLSearchParams(location.search).get(SHARE_PARAM), ids, scale.length);
    const sameAsOwn = shared && ids.every((id) => shared[id] === own[id]);
    if (shared && !sameAsOwn) {
      setSharedAnswers(shared);
      setView('shared');
      setMessage(resultTitle(readRanking(scoreSelfAssessment({ profiles, statements, scale }, shared).ranked).leaders, true).spoken);
    } else if (saved?.finished || sameAsOwn) {
      setView('result');
    }
    setEnhanced(true);
  }, [ids, profiles, scale, statements]);

  // Move focus once the element exists: after the result renders, or to a statement.
  useEffect(() => {
    if (!focusTarget) return;
    const el = focusTarget.to === 'result' ? resultHeading.current : document.getElementById(focusTarget.to);
    el?.focus();
    el?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [focusTarget]);

  const shown = view === 'shared' ? sharedAnswers : answers;
  const complete = ids.every((id) => shown?.[id] !== undefined);
  const result = complete && view !== 'form' ? scoreSelfAssessment({ profiles, statements, scale }, shown!) : undefined;
  const maxima = useMemo(
    () => Object.fromEntries(scoreSelfAssessment({ profiles, statements, scale }, {}).ranked.map((s) => [s.id, s.max])),
    [profiles, statements, scale],
  );
  const encoded = encodeSelfAnswers(ids, answers);
  const ownUrl = enhanced ? shareUrl(location.href, encoded) : '';

  const persist = (next: SelfAnswers, finished: boolean) => {
    if (!saveSelfProgress({ answers: next, current: 0, finished })) setNotSaved(true);
    // Keep the address bar in step with a finished result, so reload and bookmarks restore it.
    const url = finished ? shareUrl(location.href, encodeSelfAnswers(ids, next)) : location.pathname;
    history.replaceState(history.state, '', url);
  };

  const choose = (id: string, value: number) => {
    const next = { ...answers, [id]: value };
    setAnswers(next);
    setMissing((m) => m.filter((x) => x !== id));
    persist(next, view === 'result' && ids.every((x) => next[x] !== undefined));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const unanswered = ids.filter((id) => answers[id] === undefined);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      setMessage(ui.missing(unanswered.length));
      setFocusTarget({ to: `sa-${unanswered[0]}-0`, n: Date.now() });
      return;
    }
    persist(answers, true);
    setView('result');
    setMessage(resultTitle(readRanking(scoreSelfAssessment({ profiles, statements, scale }, answers).ranked).leaders, false).spoken);
    setFocusTarget({ to: 'result', n: Date.now() });
  };

  /** Focus the first statement's chosen radio (or its first one): arrow keys then change that answer. */
  const firstStatement = (fresh = false) => setFocusTarget({ to: `sa-${ids[0]}-${fresh ? 0 : (answers[ids[0]!] ?? 0)}`, n: Date.now() });

  const takeYourself = () => {
    setSharedAnswers(undefined);
    const done = ids.every((id) => answers[id] !== undefined);
    setView(done ? 'result' : 'form');
    persist(answers, done);
    if (done) setFocusTarget({ to: 'result', n: Date.now() });
    else firstStatement();
  };

  const restart = () => {
    setAnswers({});
    setMissing([]);
    setView('form');
    persist({}, false);
    setMessage(ui.restarted);
    firstStatement(true);
  };

  const answeredCount = ids.filter((id) => answers[id] !== undefined).length;

  return (
    <div class={enhanced ? 'sa sa-enhanced' : 'sa'} data-pagefind-ignore>
      {/* Always present, so a shared link's #quiz-result scrolls here and the island becomes visible and hydrates. */}
      <div id="quiz-result">
        {result && (
          <ResultPanel
            profiles={profiles}
            ranked={result.ranked}
            inDataOrder={profiles.map((p) => result.ranked.find((s) => s.id === p.id)!)}
            deckTitles={deckTitles}
            shared={view === 'shared'}
            url={ownUrl}
            headingRef={resultHeading}
            onTakeYourself={takeYourself}
            onChange={() => firstStatement()}
            onRestart={restart}
            announce={setMessage}
          />
        )}
      </div>
      <div role="status" class="sa-save-note">
        {notSaved && <p>{ui.notSaved}</p>}
      </div>
      <form class="sa-form" onSubmit={submit} aria-label="Self-assessment statements" noValidate>
        {enhanced && (
          <p class="sa-progress">
            <label for="sa-progress-bar">{ui.progress(answeredCount, ids.length)}</label>
            <progress id="sa-progress-bar" max={ids.length} value={answeredCount} />
          </p>
        )}
        {statements.map((s, i) => (
          <StatementFieldset
            key={s.id}
            statement={s}
            index={i}
            total={statements.length}
            scale={scale}
            profiles={profiles}
            value={answers[s.id]}
            missing={missing.includes(s.id)}
            tally={!enhanced}
            onChange={choose}
          />
        ))}
        {enhanced && (
          <p>
            <button type="submit" class="button primary">
              {ui.submit}
            </button>
          </p>
        )}
      </form>
      {!enhanced && <NoScriptTally profiles={profiles} maxima={maxima} deckTitles={deckTitles} />}
      <p class="visually-hidden sa-live" aria-live="polite" role="status">
        {message}
      </p>
    </div>
  );
}
