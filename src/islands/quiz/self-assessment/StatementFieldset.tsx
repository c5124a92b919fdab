import type { Profile, Statement } from '../../../lib/quiz/schema.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';

interface Props {
  statement: Statement;
  index: number;
  total: number;
  scale: readonly string[];
  profiles: readonly Profile[];
  value: number | undefined;
  /** True after a submit that left this statement unanswered. */
  missing: boolean;
  /**
   * Without JavaScript the stylesheet adds up the points (CSS counters, see
   * self-assessment-tally.css): each choice carries one empty marker per
   * weight point for each profile it counts towards, in the profile's slot.
   */
  tally: boolean;
  onChange: (statementId: string, value: number) => void;
}

/** One statement as a real radio group: works without JavaScript and with arrow keys. */
export function StatementFieldset({ statement, index, total, scale, profiles, value, missing, tally, onChange }: Props) {
  const base = `sa-${statement.id}`;
  const markers = tally ? profiles.flatMap((p, slot) => Array.from({ length: statement.weights[p.id] ?? 0 }, () => slot)) : [];
  return (
    <fieldset class={missing ? 'sa-statement sa-missing' : 'sa-statement'} id={`${base}-group`}>
      <legend>
        <span class="sa-number">{ui.statementNumber(index + 1, total)}</span>
        <span class="sa-text">{statement.text}</span>
      </legend>
      {missing && (
        <p class="sa-error" id={`${base}-error`}>
          {ui.pleaseAnswer}
        </p>
      )}
      <div class="sa-scale">
        <div class="sa-scale-row">
          {scale.map((label, v) => (
            <label class="sa-choice" key={v}>
              <input
                type="radio"
                name={base}
                id={`${base}-${v}`}
                value={String(v)}
                checked={value === v}
                aria-describedby={missing ? `${base}-error` : undefined}
                onChange={() => onChange(statement.id, v)}
              />
              {markers.map((slot, k) => (
                <i key={k} class={`sa-t sa-t${slot}`} />
              ))}
              {/* The hidden bold copy (::after, same grid cell) keeps the box the same size when the choice turns bold. */}
              <span class="sa-choice-text" data-text={label}>
                <span>{label}</span>
              </span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
