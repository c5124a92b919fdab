import { initSearch } from './search.ts';
import { initThemeToggle } from './theme.ts';
import { showContinueLinks, trackReadingPosition } from './reading-position.ts';

initThemeToggle();
initSearch();
trackReadingPosition();
showContinueLinks();

// Pages a reader opens are kept for offline reading (the service worker comes from
// src/integrations/offline.ts, so only built sites have one).
// Registered a few seconds after the page has loaded, when idle: installing it costs the map page
// about 100 ms if it starts while the map is being drawn (npm run bench).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // A refused registration (private mode, storage off) only means no offline copy: the page works as it is.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : register());
  addEventListener('load', () => setTimeout(whenIdle, 3000));
}
