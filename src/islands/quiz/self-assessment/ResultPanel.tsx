import type { Ref } from 'preact';
import type { Profile } from '../../../lib/quiz/schema.ts';
import type { ProfileScore } from '../../../lib/quiz/scoring.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';
import { ProfileChart } from './ProfileChart.tsx';
import { SharePanel } from './SharePanel.tsx';

interface Props {
  profile: Profile;
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

const sameShare = (a: ProfileScore, b: ProfileScore) => a.points * b.max === b.points * a.max;

// The ref is taken apart from the other props: React's compiler rules treat a props object holding a ref as a ref.
export function ResultPanel({ headingRef, ...p }: Props) {
  const [first, second] = p.ranked;
  const tied = p.ranked.filter((s, i) => i > 0 && first && sameShare(s, first));
  const { profile } = p;
  return (
    <section class="sa-result" aria-labelledby="sa-result-heading">
      <h3 id="sa-result-heading" tabIndex={-1} ref={headingRef}>
        {p.shared ? ui.sharedHeading(profile.name) : ui.resultHeading(profile.name)}
      </h3>
      {p.shared && <p class="sa-note">{ui.sharedNote}</p>}
      <p class="sa-summary">{profile.summary}</p>
      {tied.length > 0 && <p>{ui.tied(tied.map((s) => s.name).join(' and '))}</p>}
      {tied.length === 0 && second && second.percent > 0 && <p>{ui.alsoStrong(second.name, second.percent)}</p>}

      <h4>{ui.doesWell(profile.name)}</h4>
      <ul>
        {profile.strengths.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h4>{ui.grow}</h4>
      <p>{profile.growth}</p>

      <h4>{ui.chartHeading}</h4>
      <ProfileChart scores={p.inDataOrder} mainId={profile.id} idPrefix="sa-chart" />

      <div class="sa-links">
        <div>
          <h4>{ui.readNext}</h4>
          <ul>
            {profile.chapters.map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.title}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{ui.fromToolkit}</h4>
          <ul>
            {profile.decks.map((d) => (
              <li key={d}>
                <a href={`/toolkit/${d}/`}>{p.deckTitles[d] ?? d}</a>
              </li>
            ))}
            <li>
              <a href="/book/toolkit/">{ui.toolkitChapter}</a>
            </li>
          </ul>
        </div>
      </div>

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
