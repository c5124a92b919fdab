/**
 * Where an ambassador's id is used in a page: never as a bare HTML id. A
 * national service's ids are free-form ("search-dialog" is a valid one), and
 * a bare id could take the place of the page's own element of that id (the
 * search dialog, a heading); the prefix keeps the two apart.
 */
export const ENTRY_ID_PREFIX = 'ambassador-';

/** The HTML id of an ambassador's card on their country page. */
export const entryAnchor = (id: string) => `${ENTRY_ID_PREFIX}${id}`;

/**
 * "/map/es/#ambassador-amb-0042": the ambassador on their country's page (or the page alone);
 * "/map/es/3/#…" when their town is on the country's third page (country-pages.ts).
 */
export const countryPageHref = (country: string, id?: string, page = 1) =>
  `/map/${country.toLowerCase()}/${page > 1 ? `${page}/` : ''}${id ? `#${entryAnchor(id)}` : ''}`;
