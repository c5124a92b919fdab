/**
 * What a key press does in the slide viewer, as a pure function so it can be
 * tested without a browser. Slides are numbered from 1.
 */
export type ViewerAction = { kind: 'go'; slide: number } | { kind: 'none' };

// Up and Down arrows are left to scroll the page (the notes sit below the slide).
const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);

export function clampSlide(n: number, total: number): number {
  if (total < 1) return 1;
  return Math.min(total, Math.max(1, Math.trunc(n) || 1));
}

/** The slide to show after `key` on slide `current` of `total`, or none when the key is not ours. */
export function actionForKey(key: string, current: number, total: number, shift = false): ViewerAction {
  let target: number | null = null;
  if (key === ' ' && shift) target = current - 1;
  else if (NEXT_KEYS.has(key)) target = current + 1;
  else if (PREV_KEYS.has(key)) target = current - 1;
  else if (key === 'Home') target = 1;
  else if (key === 'End') target = total;
  if (target === null) return { kind: 'none' };
  return { kind: 'go', slide: clampSlide(target, total) };
}

/** Slide number from a URL hash such as "#slide-4"; 1 when absent or invalid. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#slide-(\d+)$/.exec(hash);
  return match ? clampSlide(Number(match[1]), total) : 1;
}

export function positionText(current: number, total: number): string {
  return `Slide ${current} of ${total}`;
}
