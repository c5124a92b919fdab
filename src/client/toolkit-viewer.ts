/**
 * Progressive enhancement for the slide viewer. The server already shows one
 * slide at a time (the address picks it, toolkit.css); this script takes over
 * the slide bar's links, adds the keyboard (arrows, Page Up/Down, space,
 * Home/End), the notes toggle and full screen, announces each move in a live
 * region, and keeps the address (#slide-3) so a slide can be shared.
 */
import { actionForKey, clampSlide, positionText, slideFromHash } from '../lib/toolkit/navigation.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which of the slide bar's controls has focus, so the same one gets it on the next slide. */
const CONTROLS = ['data-viewer-prev', 'data-viewer-next', 'data-viewer-notes', 'data-viewer-fullscreen'] as const;

function enhance(viewer: HTMLElement): void {
  const slides = [...viewer.querySelectorAll<HTMLElement>('section.slide')];
  const total = slides.length;
  const live = viewer.querySelector<HTMLElement>('[data-viewer-live]');
  if (!total || !live) return;
  const notesButtons = [...viewer.querySelectorAll<HTMLButtonElement>('[data-viewer-notes]')];
  const fullButtons = [...viewer.querySelectorAll<HTMLButtonElement>('[data-viewer-fullscreen]')];

  let current = slideFromHash(location.hash, total);

  function show(n: number, announce: boolean): void {
    const before = slides[current - 1];
    const focused = CONTROLS.find((a) => document.activeElement?.hasAttribute(a) && before?.contains(document.activeElement));
    current = clampSlide(n, total);
    slides.forEach((s, i) => (s.hidden = i + 1 !== current));
    const now = slides[current - 1]!;
    if (focused) {
      // The control pressed has just been hidden with its slide: give focus to its twin (or the other arrow at an end).
      const twin =
        now.querySelector<HTMLElement>(`[${focused}]`) ?? now.querySelector<HTMLElement>('[data-viewer-prev], [data-viewer-next]');
      twin?.focus();
    }
    if (!announce) return;
    const title = now.querySelector('.slide-title')?.textContent?.trim() ?? '';
    live!.textContent = `${positionText(current, total)}: ${title}`;
    // Only after a reader's move: writing the address during load would scroll the page.
    history.replaceState(null, '', `#slide-${current}`);
  }

  viewer.classList.add('is-enhanced');
  show(current, false);

  viewer.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-viewer-prev], a[data-viewer-next]') : null;
    if (link) {
      e.preventDefault();
      show(link.hasAttribute('data-viewer-next') ? current + 1 : current - 1, true);
      return;
    }
    // In full screen a click on the slide moves on, as in presentation software.
    if (document.fullscreenElement === viewer && e.target instanceof Element && e.target.closest('.slide-frame')) show(current + 1, true);
  });

  for (const button of notesButtons) {
    button.addEventListener('click', () => {
      const on = viewer.classList.toggle('notes-off') === false;
      notesButtons.forEach((b) => b.setAttribute('aria-pressed', String(on)));
    });
  }

  if (document.fullscreenEnabled) {
    for (const button of fullButtons) {
      button.addEventListener('click', () => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void viewer.requestFullscreen().catch(() => undefined);
      });
    }
    document.addEventListener('fullscreenchange', () => {
      if (document.fullscreenElement !== viewer) slides[current - 1]?.querySelector<HTMLElement>('[data-viewer-fullscreen]')?.focus();
    });
  } else {
    fullButtons.forEach((b) => b.classList.add('is-unavailable'));
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
