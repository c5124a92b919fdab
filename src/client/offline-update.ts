/**
 * The page's side of the offline service worker (src/client/offline-worker/):
 * registers it, and when a new version of the book has been stored and is
 * waiting, tells the reader politely ("A new version is available") with a
 * button to switch. Switching reloads every open tab of the book once the new
 * version has taken over, so no page runs with files from two versions.
 *
 * Without the worker (or before it kept a page's files), a tab open across a
 * deploy may ask for an island's module the host no longer has: the page then
 * reloads itself once, cleanly, instead of leaving a dead widget.
 */

const RELOADED_KEY = 'etw:reloaded-for-update';

function showUpdateNotice(waiting: ServiceWorker): void {
  if (document.querySelector('[data-offline-update]')) return;
  const box = document.createElement('div');
  box.dataset['offlineUpdate'] = '';
  box.setAttribute('role', 'status');
  // CSSOM styles (not a style attribute): allowed by the CSP, themed by the site's colours.
  Object.assign(box.style, {
    position: 'fixed',
    insetInline: '1rem',
    bottom: '1rem',
    zIndex: '50',
    maxWidth: '28rem',
    marginInline: 'auto',
    padding: '0.75rem 1rem',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.5rem 1rem',
    alignItems: 'center',
    background: 'var(--surface, Canvas)',
    color: 'var(--fg, CanvasText)',
    border: '1px solid var(--border, CanvasText)',
    borderRadius: '0.5rem',
    boxShadow: '0 0.25rem 1rem rgb(0 0 0 / 0.2)',
  });
  document.body.append(box);
  const text = document.createElement('span');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Update now';
  button.addEventListener('click', () => {
    button.disabled = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  // Filled after the empty live region is in the page, so screen readers announce it.
  requestAnimationFrame(() => {
    text.textContent = 'A new version of the book is available.';
    box.append(text, button);
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // A worker waiting while another controls the page is a stored new version (the first one never waits).
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) showUpdateNotice(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
}

/** Reloads once when an island's module is gone from the host (a deploy while the tab was open). */
function reloadOnMissingChunk(): void {
  const missing = (message: string) => /dynamically imported module|Importing a module script failed/i.test(message);
  addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    if (!missing(reason instanceof Error ? reason.message : String(reason))) return;
    if (sessionStorage.getItem(RELOADED_KEY) === location.pathname) return;
    sessionStorage.setItem(RELOADED_KEY, location.pathname);
    location.reload();
  });
  addEventListener('pageshow', () => setTimeout(() => sessionStorage.removeItem(RELOADED_KEY), 10_000));
}

export function registerOfflineWorker(): void {
  try {
    reloadOnMissingChunk();
  } catch {
    // sessionStorage can be blocked; the page works as it is.
  }
  if (!('serviceWorker' in navigator)) return;
  // A refused registration (private mode, storage off) only means no offline copy: the page works as it is.
  // (A browser that blocks workers may also resolve with no registration.)
  const register = () =>
    void navigator.serviceWorker.register('/sw.js').then(
      (registration: ServiceWorkerRegistration | undefined) => registration && watchForUpdates(registration),
      () => undefined,
    );
  // Registered a few seconds after the page has loaded, when idle: installing it costs the map page
  // about 100 ms if it starts while the map is being drawn (npm run bench).
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : register());
  if (document.readyState === 'complete') setTimeout(whenIdle, 3000);
  else addEventListener('load', () => setTimeout(whenIdle, 3000));
}
