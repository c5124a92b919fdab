/**
 * "Continue where you left off": chapters record the last section the reader
 * reached; the cover and contents offer a link back to it.
 *
 * Nothing is measured while the page starts (that would force a layout on long
 * chapters): the position is first saved from the address's #heading, and the
 * headings are measured only once scrolling has settled, a few of them.
 */
import { readState, writeState } from '../lib/stored-state.ts';
import {
  continueHref,
  isReadingPosition,
  lastPassed,
  READING_KEY,
  READING_VERSION,
  type ReadingPosition,
} from '../lib/reading-position.ts';

export function trackReadingPosition(): void {
  const article = document.querySelector<HTMLElement>('[data-chapter-slug]');
  if (!article) return;
  let headings: HTMLElement[] | undefined;
  const save = (passed: HTMLElement | undefined) => {
    const position: ReadingPosition = {
      slug: article.dataset['chapterSlug'] ?? '',
      title: article.dataset['chapterTitle'] ?? '',
      at: Date.now(),
      ...(passed ? { heading: passed.id, headingText: passed.textContent.trim() } : {}),
    };
    writeState(READING_KEY, READING_VERSION, position);
  };
  const measure = () => {
    headings ??= [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
    const list = headings;
    save(list[lastPassed(list.length, (i) => list[i]!.getBoundingClientRect().top, 120)]);
  };
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  save(target && /^H[23]$/.test(target.tagName) && article.contains(target) ? target : undefined);
  // Save once scrolling has settled (a long smooth scroll must not be caught halfway), and on leaving.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scrolled = false;
  addEventListener(
    'scroll',
    () => {
      scrolled = true;
      clearTimeout(timer);
      timer = setTimeout(() => requestAnimationFrame(measure), 300);
    },
    { passive: true },
  );
  addEventListener('pagehide', () => scrolled && measure());
}

/** Whether the stored chapter still exists: linked from this page, or answering at its address. */
async function chapterExists(slug: string): Promise<boolean> {
  const href = `/book/${encodeURIComponent(slug)}/`;
  if (document.querySelector(`a[href="${CSS.escape(href)}"]:not([data-continue] a)`)) return true;
  try {
    return (await fetch(href, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

export function showContinueLinks(): void {
  const last = readState(READING_KEY, READING_VERSION, isReadingPosition);
  const boxes = document.querySelectorAll<HTMLElement>('[data-continue]');
  if (!last || !boxes.length) return;
  // A chapter renamed or removed since it was read would lead to the 404 page: offer nothing then.
  void chapterExists(last.slug).then((exists) => {
    if (!exists) return;
    boxes.forEach((box) => {
      const link = box.querySelector('a');
      if (!link) return;
      link.href = continueHref(last);
      link.textContent = last.headingText ? `${last.title}: ${last.headingText}` : last.title;
      box.hidden = false;
    });
  });
}
