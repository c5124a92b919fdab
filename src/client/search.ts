/**
 * The search dialog. Pagefind's UI (and its index) load only when the reader
 * opens search, by the button or the "/" key, so reading pages stay light.
 */
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

let loaded: Promise<void> | undefined;
/** The module Pagefind's UI imports (from the folder of pagefind-ui.js). */
const PAGEFIND_CORE = '/pagefind/pagefind.js';

function loadPagefindUI(container: HTMLElement): Promise<void> {
  loaded ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/pagefind/pagefind-ui.css';
    document.head.append(css);
    const script = document.createElement('script');
    script.src = '/pagefind/pagefind-ui.js';
    script.onload = async () => {
      if (!window.PagefindUI) return reject(new Error('Pagefind UI missing'));
      // Pagefind's UI lists the filters of its first search, and keeps that list if the search ends
      // before every filter file has loaded (then "Part" was sometimes missing). Its core is one
      // module, shared with the UI: load the filters into it first.
      await import(/* @vite-ignore */ PAGEFIND_CORE)
        .then((core: { filters: () => Promise<unknown> }) => core.filters())
        .catch(() => undefined);
      container.replaceChildren();
      // Each result says what it is (Chapter, FAQ, Slides…): the kind comes with the result's
      // metadata (src/integrations/search.ts) and is shown from a data attribute, so Pagefind's
      // own rendering is left alone.
      const kinds = new Map<string, string>();
      new MutationObserver(() => {
        for (const link of container.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-title > a')) {
          const kind = kinds.get(link.getAttribute('href') ?? '');
          if (kind && link.parentElement) link.parentElement.dataset['kind'] = kind;
        }
      }).observe(container, { childList: true, subtree: true });
      new window.PagefindUI({
        element: container,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        autofocus: true,
        // A page's title counts once, not five times: otherwise a deck whose title repeats the
        // words outranks the chapter that explains them (the decks' text weighs less: search-index.ts).
        ranking: { metaWeights: { title: 1 } },
        processResult: (result: { url: string; meta: Record<string, string> }) => {
          if (result.meta['kind']) kinds.set(result.url, result.meta['kind']);
          return result;
        },
      });
      resolve();
    };
    script.onerror = () => reject(new Error('Pagefind UI failed to load'));
    document.head.append(script);
  });
  return loaded;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
  const openers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !results) return;
  const failed = dialog.querySelector<HTMLElement>('[data-search-failed]');
  const open = () => {
    if (dialog.open) return;
    // The browser gives focus back on close to what had it on open: when "/" opened search from the
    // page itself (focus on <body>), that is the header's search button.
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) [...openers].find((b) => b.offsetParent !== null)?.focus();
    dialog.showModal();
    // A second try (back online): the results area again, not the last failure.
    results.hidden = false;
    if (failed) failed.hidden = true;
    loadPagefindUI(results)
      .then(() => dialog.querySelector<HTMLInputElement>('input')?.focus())
      .catch(() => {
        // The message is in the page (SearchDialog.astro): offline, or online and failing, each said as it is.
        results.hidden = true;
        if (failed) {
          failed.querySelector<HTMLElement>('[data-when-offline]')!.hidden = navigator.onLine;
          failed.querySelector<HTMLElement>('[data-when-online]')!.hidden = !navigator.onLine;
          failed.hidden = false;
          [...failed.querySelectorAll<HTMLElement>('a')].find((a) => a.offsetParent !== null)?.focus();
        }
        loaded = undefined;
      });
  };
  openers.forEach((b) => b.addEventListener('click', open));
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Phone: the filters fold behind this button (CSS hides the panel until it is pressed).
  const filters = dialog.querySelector<HTMLButtonElement>('[data-search-filters]');
  if (filters) {
    filters.hidden = false;
    filters.addEventListener('click', () => {
      const open = filters.getAttribute('aria-expanded') !== 'true';
      filters.setAttribute('aria-expanded', String(open));
      dialog.classList.toggle('show-filters', open);
    });
  }
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
      e.preventDefault();
      open();
    }
  });
}
