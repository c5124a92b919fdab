/** How the reader takes the quiz: one question at a time or all at once; feedback now or at the end. */
import type { FeedbackTiming, QuizMode } from '../../lib/quiz/progress';

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
        <legend>Show</legend>
        <label class="quiz-option">
          <input type="radio" name="kq-mode" value="one" checked={mode === 'one'} onChange={() => onMode('one')} /> One question at a time
        </label>
        <label class="quiz-option">
          <input type="radio" name="kq-mode" value="all" checked={mode === 'all'} onChange={() => onMode('all')} /> All questions on one page
        </label>
      </fieldset>
      <fieldset class="quiz-fieldset">
        <legend>Feedback</legend>
        <label class="quiz-option">
          <input type="radio" name="kq-feedback" value="each" checked={feedback === 'each'} onChange={() => onFeedback('each')} /> After each answer
        </label>
        <label class="quiz-option">
          <input type="radio" name="kq-feedback" value="end" checked={feedback === 'end'} onChange={() => onFeedback('end')} /> At the end
        </label>
      </fieldset>
    </div>
  );
}
