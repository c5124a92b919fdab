/** How the reader takes the quiz: one question at a time or all at once; feedback now or at the end. */
import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';
import type { FeedbackTiming, QuizMode } from '../../../lib/quiz/progress.ts';

interface Props {
  mode: QuizMode;
  feedback: FeedbackTiming;
  onMode: (mode: QuizMode) => void;
  onFeedback: (feedback: FeedbackTiming) => void;
}

const MODES: [QuizMode, string][] = [
  ['one', t.modeOne],
  ['all', t.modeAll],
];
const TIMINGS: [FeedbackTiming, string][] = [
  ['each', t.feedbackEach],
  ['end', t.feedbackEnd],
];

/** One setting: a group of radios, each with its label. */
function Choice<T extends string>(props: { legend: string; name: string; value: T; options: [T, string][]; onPick: (value: T) => void }) {
  return (
    <fieldset class="quiz-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class="quiz-option" key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onPick(value)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Settings({ mode, feedback, onMode, onFeedback }: Props) {
  return (
    <div class="quiz-settings">
      <Choice<QuizMode> legend={t.settingShow} name="kq-mode" value={mode} options={MODES} onPick={onMode} />
      <Choice<FeedbackTiming> legend={t.settingFeedback} name="kq-feedback" value={feedback} options={TIMINGS} onPick={onFeedback} />
    </div>
  );
}
