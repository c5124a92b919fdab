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
  /** Without JavaScript the reader scores by hand, so each statement shows what it counts towards. */
  showWeights: boolean;
  onChange: (statementId: string, value: number) => void;
}

/** One statement as a real radio group: works without JavaScript and with arrow keys. */
export function StatementFieldset({ statement, index, total, scale, profiles, value, missing, showWeights, onChange }: Props) {
  const base = `sa-${statement.id}`;
  const weights = profiles
    .filter((p) => statement.weights[p.id])
    .map((p) => ui.pointsPerStep(p.name, statement.weights[p.id]!))
    .join(', ');
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
            <span>{label}</span>
          </label>
        ))}
      </div>
      {showWeights && (
        <details class="sa-weights">
          <summary>{ui.countsTowards}</summary>
          <p>{ui.countsTowardsText(weights)}</p>
        </details>
      )}
    </fieldset>
  );
}
