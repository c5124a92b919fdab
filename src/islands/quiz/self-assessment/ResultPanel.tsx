import type { Ref } from 'preact';
import type { Profile } from '../../../lib/quiz/schema.ts';
import { readRanking, type ProfileScore } from '../../../lib/quiz/scoring.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';
import { ProfileCard } from './ProfileCard.tsx';
import { ProfileChart } from './ProfileChart.tsx';
import { SharePanel } from './SharePanel.tsx';

interface Props {
  profiles: readonly Profile[];
  /** Best first, as the scoring ranks them. */
  ranked: readonly ProfileScore[];
  /** Data order, for the chart. */
  inDataOrder: readonly ProfileScore[];
  deckTitles: Record<string, string>;
  shared: boolean;
  url: string;
  headingRef: Ref<HTMLHeadingElement>;
  onTakeYourself: () => void;
  onChange: () => void;
  onRestart: () => void;
  announce: (text: string) => void;
}

/** The heading and the spoken message for a result: one profile, or a tie named as a tie. */
export function resultTitle(leaders: readonly { name: string }[], shared: boolean) {
  const names = ui.list(leaders.map((s) => s.name));
  if (leaders.length > 1) return { heading: shared ? ui.sharedTieHeading(names) : ui.tieHeading(names), spoken: ui.tieReady(names) };
  return {
    heading: shared ? ui.sharedHeading(names) : ui.resultHeading(names),
    spoken: shared ? ui.sharedReady(names) : ui.resultReady(names),
  };
}

// The ref is taken apart from the other props: React's compiler rules treat a props object holding a ref as a ref.
export function ResultPanel({ headingRef, ...p }: Props) {
  const { leaders, next } = readRanking(p.ranked);
  const shown = leaders.map((s) => p.profiles.find((pr) => pr.id === s.id)).filter((pr) => pr !== undefined);
  const tie = shown.length > 1;
  return (
    <section class="sa-result" aria-labelledby="sa-result-heading">
      <h3 id="sa-result-heading" tabIndex={-1} ref={headingRef}>
        {resultTitle(leaders, p.shared).heading}
      </h3>
      {p.shared && <p class="sa-note">{ui.sharedNote}</p>}
      {tie && <p>{ui.tied(ui.list(leaders.map((s) => s.name)), leaders[0]!.percent)}</p>}
      {!tie && next.length === 1 && <p>{ui.alsoStrong(next[0]!.name, next[0]!.percent)}</p>}
      {!tie && next.length > 1 && <p>{ui.alsoStrongTied(ui.list(next.map((s) => s.name)), next[0]!.percent)}</p>}

      {shown.map((profile) => (
        <ProfileCard key={profile.id} profile={profile} deckTitles={p.deckTitles} titled={tie} level={4} />
      ))}

      <h4>{ui.chartHeading}</h4>
      <ProfileChart scores={p.inDataOrder} mainIds={leaders.map((s) => s.id)} idPrefix="sa-chart" />

      {p.shared ? (
        <p>
          <button type="button" class="button primary" onClick={p.onTakeYourself}>
            {ui.takeItYourself}
          </button>
        </p>
      ) : (
        <>
          <SharePanel url={p.url} announce={p.announce} />
          <p class="sa-actions">
            <button type="button" class="button" onClick={p.onChange}>
              {ui.change}
            </button>
            <button type="button" class="button" onClick={p.onRestart}>
              {ui.restart}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
