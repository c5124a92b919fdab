/**
 * A country's page lists its ambassadors by town. A country of thousands
 * (a national network's export, or 50,000 generated people) is split into
 * pages of about COUNTRY_PAGE_SIZE people, whole towns to a page, so no page
 * grows to megabytes. The map's data say which page each town is on
 * (compact.ts, `townPage`), so a link from the map lands on the right one.
 */

export const COUNTRY_PAGE_SIZE = 200;

export interface Placed {
  country: string;
  town: string;
  name: string;
}

export interface CountryPage<T> {
  /** 1, 2, …: page 1 is /map/es/, page n is /map/es/n/. */
  n: number;
  people: T[];
  firstTown: string;
  lastTown: string;
}

/** By town, then name: the order of a country page. */
export const byTownThenName = (a: Placed, b: Placed) => a.town.localeCompare(b.town, 'en') || a.name.localeCompare(b.name, 'en');

/**
 * One country's people (any order) as pages of whole towns: a page is closed when the next town would
 * take it over `size`. A town bigger than `size` gets a page of its own rather than being cut.
 */
export function countryPages<T extends Placed>(people: readonly T[], size = COUNTRY_PAGE_SIZE): CountryPage<T>[] {
  const sorted = [...people].sort(byTownThenName);
  const pages: CountryPage<T>[] = [];
  let page: T[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end < sorted.length && sorted[end]!.town === sorted[i]!.town) end++;
    if (page.length && page.length + (end - i) > size) {
      pages.push(close(pages.length + 1, page));
      page = [];
    }
    page.push(...sorted.slice(i, end));
    i = end;
  }
  if (page.length || !pages.length) pages.push(close(pages.length + 1, page));
  return pages;
}

function close<T extends Placed>(n: number, people: T[]): CountryPage<T> {
  return { n, people, firstTown: people[0]?.town ?? '', lastTown: people.at(-1)?.town ?? '' };
}

/** Every country's pages, by country code (a country without people has none here). */
export function pagesByCountry<T extends Placed>(people: readonly T[], size = COUNTRY_PAGE_SIZE): Map<string, CountryPage<T>[]> {
  const byCountry = new Map<string, T[]>();
  for (const p of people) {
    const list = byCountry.get(p.country);
    if (list) list.push(p);
    else byCountry.set(p.country, [p]);
  }
  return new Map([...byCountry].map(([code, list]) => [code, countryPages(list, size)]));
}

/** "ES\u0000Sevilla" → its page number, for every town not on its country's first page (from pagesByCountry's pages). */
export function townPagesOf(pages: Iterable<readonly CountryPage<Placed>[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of pages)
    for (const page of list) if (page.n > 1) for (const p of page.people) out.set(townKey(p.country, p.town), page.n);
  return out;
}

/** "ES\u0000Sevilla" → its page number, for every town not on its country's first page. */
export function townPages(people: readonly Placed[], size = COUNTRY_PAGE_SIZE): Map<string, number> {
  return townPagesOf(pagesByCountry(people, size).values());
}

export const townKey = (country: string, town: string) => `${country}\u0000${town}`;
