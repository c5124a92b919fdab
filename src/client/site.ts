import { initSearch } from './search.ts';
import { initThemeToggle } from './theme.ts';
import { initMenu } from './menu.ts';
import { showContinueLinks, trackReadingPosition } from './reading-position.ts';
import { registerOfflineWorker } from './offline-update.ts';

initThemeToggle();
initMenu();
initSearch();
trackReadingPosition();
showContinueLinks();

// Pages a reader opens are kept for offline reading (the service worker comes from
// src/integrations/offline.ts, so only built sites have one); src/client/offline-update.ts
// registers it and offers a stored new version.
if (import.meta.env.PROD) registerOfflineWorker();
