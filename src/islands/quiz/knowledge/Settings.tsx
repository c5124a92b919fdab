/** How the reader takes the quiz: one question at a time or all at once; feedback now or at the end. */
import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';
import type { FeedbackTiming, QuizMode } from '../../../lib/quiz/progress.ts';

interface Props {
  mode: QuizMode;
  feedback: FeedbackTiming;
  onMode: (mode: QuizMode) => void;
  onFeedback: (feedback: FeedbackTiming) => void;
}

export function Settings({ mode, feedback, onMode, onFeedback }: Props) {
  return (
    <div class="quiz-settings">
      <fieldset class="quiz-fieldset">
        <legend>{t.settingShow}</legend>
        <label class="quiz-option">
          <input type="radio" name="kq-mode" value="one" checked={mode === 'one'} onChange={() => onMode('one')} /> {t.modeOne}
        </label>
        <label class="quiz-option">
          <input type="radio" name="kq-mode" value="all" checked={mode === 'all'} onChange={() => onMode('all')} /> {t.modeAll}
        </label>
      </fieldset>
      <fieldset class="quiz-fieldset">
        <legend>{t.settingFeedback}</legend>
        <label class="quiz-option">
          <input type="radio" name="kq-feedback" value="each" checked={feedback === 'each'} onChange={() => onFeedback('each')} />{' '}
          {t.feedbackEach}
        </label>
        <label class="quiz-option">
          <input type="radio" name="kq-feedback" value="end" checked={feedback === 'end'} onChange={() => onFeedback('end')} />{' '}
          {t.feedbackEnd}
        </label>
      </fieldset>
    </div>
  );
}
