/**
 * "Continue where you left off": chapters record the last section the reader
 * reached; the cover and contents offer a link back to it.
 */
import { readState, writeState } from '../lib/stored-state.ts';
import { isReadingPosition, READING_KEY, READING_VERSION, type ReadingPosition } from '../lib/reading-position.ts';

export function trackReadingPosition(): void {
  const article = document.querySelector<HTMLElement>('[data-chapter-slug]');
  if (!article) return;
  const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
  const save = () => {
    const passed = headings.filter((h) => h.getBoundingClientRect().top < 120).pop();
    const position: ReadingPosition = {
      slug: article.dataset['chapterSlug'] ?? '',
      title: article.dataset['chapterTitle'] ?? '',
      at: Date.now(),
      ...(passed ? { heading: passed.id, headingText: passed.textContent?.trim() ?? '' } : {}),
    };
    writeState(READING_KEY, READING_VERSION, position);
  };
  save();
  // Save once scrolling has settled (a long smooth scroll must not be caught halfway), and on leaving.
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(save, 300);
    },
    { passive: true },
  );
  addEventListener('pagehide', save);
}

export function showContinueLinks(): void {
  const last = readState(READING_KEY, READING_VERSION, isReadingPosition);
  if (!last) return;
  document.querySelectorAll<HTMLElement>('[data-continue]').forEach((box) => {
    const link = box.querySelector('a');
    if (!link) return;
    link.href = `/book/${encodeURIComponent(last.slug)}/${last.heading ? `#${encodeURIComponent(last.heading)}` : ''}`;
    link.textContent = last.headingText ? `${last.title}: ${last.headingText}` : last.title;
    box.hidden = false;
  });
}
