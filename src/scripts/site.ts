import { initSearch } from './search';
import { initThemeToggle } from './theme';
import { showContinueLinks, trackReadingPosition } from './reading-position';

initThemeToggle();
initSearch();
trackReadingPosition();
showContinueLinks();

// Pages a reader opens are kept for offline reading (the service worker comes from
// src/integrations/offline.ts, so only built sites have one).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
