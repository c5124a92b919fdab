/** Human labels for the ids in a record, shared by the list, the popups and the filters (the same as the country pages'). */
export { countryName, kindLabel, levelLabel, supportLabel } from '../../lib/map/display.ts';
export { countryPageHref } from '../../lib/map/anchors.ts';

export const formatCount = (n: number) => n.toLocaleString('en-GB');
