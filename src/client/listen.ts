/**
 * "Listen to this chapter": reads the chapter text aloud with the browser's
 * speech synthesis. The control ships `hidden` and is only revealed here when
 * the browser can speak, so readers without it never see a dead button.
 * Text is spoken block by block (one utterance per paragraph, heading or list
 * item): engines cut off very long utterances, and blocks give natural pauses.
 */
const BLOCKS = 'h2,h3,h4,p,li,dt,dd,figcaption,th,td,blockquote,summary';
const SKIP = 'svg,script,style,[data-listen-skip],[data-pagefind-ignore]';

/** The text to read: outermost text blocks of the chapter body, skipping diagrams and widgets. */
function chunks(body: Element): string[] {
  return [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.closest(SKIP) && !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function initListen(): void {
  const root = document.querySelector<HTMLElement>('[data-listen]');
  const body = document.querySelector('[data-pagefind-body]');
  if (!root || !body || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  const [toggle, stop] = root.querySelectorAll('button');
  const status = root.querySelector('[role=status]');
  if (!toggle || !stop || !status) return;
  const say = root.dataset;
  let state: 'idle' | 'speaking' | 'paused' = 'idle';

  const show = (next: typeof state, message: string) => {
    state = next;
    toggle.textContent = next === 'idle' ? say.play! : next === 'speaking' ? say.pause! : say.resume!;
    stop.hidden = next === 'idle';
    status.textContent = message;
  };

  toggle.addEventListener('click', () => {
    if (state === 'speaking') {
      synth.pause();
      show('paused', say.paused!);
    } else if (state === 'paused') {
      synth.resume();
      show('speaking', say.reading!);
    } else {
      synth.cancel();
      const parts = chunks(body);
      parts.forEach((text, i) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = document.documentElement.lang;
        if (i === parts.length - 1) utterance.onend = () => state === 'speaking' && show('idle', say.stopped!);
        synth.speak(utterance);
      });
      show('speaking', say.reading!);
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    show('idle', say.stopped!);
    toggle.focus();
  });
  // Speech would otherwise carry on after the reader leaves the page.
  addEventListener('pagehide', () => synth.cancel());
  root.hidden = false;
}
