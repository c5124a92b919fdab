import type { ProfileScore } from '../../../lib/quiz/scoring.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';

interface Props {
  /** Scores in the order the profiles are listed in the data, so the chart never reshuffles. */
  scores: readonly ProfileScore[];
  /** The profile(s) of the result: more than one on a tie. */
  mainIds: readonly string[];
  idPrefix: string;
}

// Geometry in viewBox units. On a 360 px phone the chart is about 290 px wide,
// so the 400-unit box scales by about 0.72 and 21-unit text stays near 15 px.
const WIDTH = 400;
const LABEL_H = 26;
const BAR_H = 22;
const ROW_H = LABEL_H + BAR_H + 16;
const VALUE_W = 60;

/** Horizontal bars with the name above each bar and the percentage at its end, plus a text version. */
export function ProfileChart({ scores, mainIds, idPrefix }: Props) {
  const height = scores.length * ROW_H;
  const barMax = WIDTH - VALUE_W;
  const list = scores.map((s) => `${s.name} ${s.percent}%`).join(', ');
  return (
    <figure class="sa-chart">
      <svg
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${idPrefix}-title`}>{ui.chartTitle}</title>
        <desc id={`${idPrefix}-desc`}>{ui.chartDesc(list)}</desc>
        {scores.map((s, i) => {
          const y = i * ROW_H;
          const w = Math.max(2, (barMax * s.percent) / 100);
          const main = mainIds.includes(s.id);
          return (
            <g key={s.id} class={main ? 'sa-row sa-main' : 'sa-row'}>
              <text x="0" y={y + LABEL_H - 6} class="sa-label">
                {s.name}
              </text>
              <rect x="0" y={y + LABEL_H} width={barMax} height={BAR_H} class="sa-track" rx="3" />
              <rect x="0" y={y + LABEL_H} width={w} height={BAR_H} class="sa-bar" rx="3" />
              <text x={barMax + 8} y={y + LABEL_H + BAR_H - 4} class="sa-value">
                {s.percent}%
              </text>
            </g>
          );
        })}
      </svg>
      <details class="text-alternative">
        <summary>{ui.chartText}</summary>
        <ol>
          {scores.map((s) => (
            <li key={s.id}>
              {s.name}: {s.percent}% ({s.points} of {s.max} points){mainIds.includes(s.id) ? ui.mainMark : ''}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
