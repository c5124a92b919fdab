import { useRef } from 'preact/hooks';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';

/** The result link in a read-only field, with a copy button that falls back to selecting the text. */
export function SharePanel({ url, announce }: { url: string; announce: (text: string) => void }) {
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      announce(ui.copied);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): let the reader copy.
      field.current?.focus();
      field.current?.select();
      announce(ui.copyFailed);
    }
  };
  return (
    <div class="sa-share">
      <h4>{ui.shareHeading}</h4>
      <label for="sa-share-url">{ui.shareLabel}</label>
      <div class="sa-share-row">
        <input id="sa-share-url" ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button" onClick={() => void copy()}>
          {ui.copy}
        </button>
      </div>
    </div>
  );
}
