/**
 * Progressive enhancement for the slide viewer: one slide at a time, keyboard
 * (arrows, Page Up/Down, space, Home/End), previous/next buttons, full screen
 * and a speaker-notes toggle. The position is announced in a live region and
 * kept in the address (#slide-3) so a slide can be shared or reloaded.
 */
import { actionForKey, clampSlide, positionText, slideFromHash } from '../lib/toolkit/navigation.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function enhance(viewer: HTMLElement): void {
  const slides = [...viewer.querySelectorAll<HTMLElement>('section.slide')];
  const total = slides.length;
  const controls = viewer.querySelector<HTMLElement>('[data-viewer-controls]');
  const position = viewer.querySelector<HTMLElement>('[data-viewer-position]');
  const prev = viewer.querySelector<HTMLButtonElement>('[data-viewer-prev]');
  const next = viewer.querySelector<HTMLButtonElement>('[data-viewer-next]');
  const notes = viewer.querySelector<HTMLButtonElement>('[data-viewer-notes]');
  const fullscreen = viewer.querySelector<HTMLButtonElement>('[data-viewer-fullscreen]');
  if (!total || !controls || !position || !prev || !next || !notes || !fullscreen) return;

  let current = slideFromHash(location.hash, total);

  function show(n: number, announce: boolean): void {
    current = clampSlide(n, total);
    slides.forEach((s, i) => (s.hidden = i + 1 !== current));
    prev!.disabled = current === 1;
    next!.disabled = current === total;
    const title = slides[current - 1]?.querySelector('.slide-title')?.textContent ?? '';
    // The live region speaks only after a reader's action, not on page load.
    position!.textContent = announce ? `${positionText(current, total)}: ${title}` : positionText(current, total);
    // Only after a reader's move: writing the hash during load would make the
    // browser scroll to the slide and hide the page's heading.
    if (announce) history.replaceState(null, '', `#slide-${current}`);
  }

  viewer.classList.add('is-enhanced', 'notes-off');
  controls.hidden = false;
  document.querySelector<HTMLElement>('[data-viewer-help]')?.removeAttribute('hidden');
  show(current, false);

  prev.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));

  notes.addEventListener('click', () => {
    const on = viewer.classList.toggle('notes-off') === false;
    notes.setAttribute('aria-pressed', String(on));
  });

  if (document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void viewer.requestFullscreen().catch(() => undefined);
    });
    document.addEventListener('fullscreenchange', () => {
      const on = document.fullscreenElement === viewer;
      fullscreen.setAttribute('aria-pressed', String(on));
      fullscreen.textContent = on ? 'Exit full screen' : 'Full screen';
    });
  }

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
    // Space and Enter keep their usual job on buttons and links.
    if (e.key === ' ' && e.target instanceof HTMLElement && e.target.closest('button, a, summary')) return;
    const action = actionForKey(e.key, current, total, e.shiftKey);
    if (action.kind === 'none') return;
    e.preventDefault();
    show(action.slide, true);
  });

  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total), true));
}

document.querySelectorAll<HTMLElement>('[data-slide-viewer]').forEach(enhance);
