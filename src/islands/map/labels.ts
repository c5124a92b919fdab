/** Human labels for the ids in a record, shared by the list, the popups and the filters (the same as the country pages'). */
export { countryName, kindLabel, levelLabel, supportLabel } from '../../lib/map/display.ts';
export { countryPageHref } from '../../lib/map/anchors.ts';

/**
 * "12,345". Grouped by hand, not with Intl: a page's first Intl call loads locale data, 60–140 ms
 * on this machine's Chromium (measured), and this runs in the map's first render after its data.
 */
export const formatCount = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
