import { initSearch } from './search';
import { initThemeToggle } from './theme';
import { showContinueLinks, trackReadingPosition } from './reading-position';

initThemeToggle();
initSearch();
trackReadingPosition();
showContinueLinks();
