import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { countryPages, COUNTRY_PAGE_SIZE } from '../../src/lib/map/country-pages.ts';
import { matcher, type Filterable } from '../../src/lib/map/filters.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import type { Person } from './data.ts';
import { expect, map, test } from './map-fixtures.ts';

/**
 * A country of more than one page (src/lib/map/country-pages.ts), in the browser. No country of the
 * committed sample needs a second page, so this spec builds the site once more (about 10 s on a quiet
 * machine) from the sample with Germany three times over: 222 Germans in 73 towns, whole towns to a
 * page, and serves that build on a port of its own. MAP_PAGED_REUSE=1 serves the last build again.
 * (Germany shows as clusters in the first view, which lead to its first page: the first view's
 * links to a town or a person on another page are checked in tests/unit/map-country-pages.test.ts.)
 */
const BUILD = resolve(process.env.BUILD_DIR ?? '.build', 'map-paged');
const PORT = Number(process.env.PORT ?? 4329) + 100;
const COPIES = 3;

type Row = Person & Filterable & { profile?: string };
const file = JSON.parse(readFileSync('content/ambassadors/ambassadors.json', 'utf8')) as { ambassadors: Row[] };
const germans = file.ambassadors.filter((a) => a.country === 'DE');
// The copies live in the same towns under other people's names, so each town has several people.
const copies = Array.from({ length: COPIES - 1 }, (_, k) =>
  germans.map((a, i) => {
    const id = `amb-de${k + 2}-${String(i + 1).padStart(3, '0')}`;
    return {
      ...a,
      id,
      name: germans[(i + 25 * (k + 1)) % germans.length]!.name,
      profile: `https://example.org/etwinning-sample/profile/${id}`,
    };
  }),
).flat();
const FIXTURE = { ...file, ambassadors: [...file.ambassadors, ...copies] };
const GERMANY = FIXTURE.ambassadors.filter((a) => a.country === 'DE');
/** The pages as the build must make them, and which page each town is on. */
const PAGES = countryPages(GERMANY);
const pageOf = new Map(PAGES.flatMap((p) => p.people.map((a) => [a.town, p.n] as const)));
const townOnPage = (n: number) => PAGES[n - 1]!.people[0]!.town;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let stop: (() => void) | undefined;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  if (!(process.env.MAP_PAGED_REUSE && existsSync(join(BUILD, 'dist', 'map', 'de', '2', 'index.html')))) {
    mkdirSync(BUILD, { recursive: true });
    const data = join(BUILD, 'ambassadors.json');
    writeFileSync(data, JSON.stringify(FIXTURE));
    await promisify(execFile)('node_modules/.bin/astro', ['build'], {
      env: { ...process.env, BUILD_DIR: BUILD, AMBASSADORS_FILE: data, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  ({ stop } = await startStaticServer({ port: PORT, dir: join(BUILD, 'dist') }));
});
test.afterAll(() => stop?.());

test('the fixture is what this spec needs: Germany takes two pages, every town whole', () => {
  expect(GERMANY.length).toBeGreaterThan(COUNTRY_PAGE_SIZE);
  expect(PAGES.length).toBeGreaterThan(1);
  expect(new Set(copies.map((c) => c.id)).size).toBe(copies.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a big country's list continues on page 2, whole towns to a page, every person once, with pages to move between", async ({
    page,
  }) => {
    const seen = new Map<string, number>();
    for (const { n, people, firstTown, lastTown } of PAGES) {
      const path = n === 1 ? '/map/de/' : `/map/de/${n}/`;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Ambassadors in Germany Page ${n} of ${PAGES.length}: ${firstTown} to ${lastTown}`,
      );
      const entries = page.locator('.amb-entry');
      await expect(entries).toHaveCount(people.length);
      expect(people.length).toBeLessThanOrEqual(COUNTRY_PAGE_SIZE);
      const ids = await entries.evaluateAll((els) => els.map((el) => el.id.replace(/^ambassador-/, '')));
      const towns = await page.locator('.amb-entry .amb-meta').allTextContents();
      for (const [k, id] of ids.entries()) {
        expect(seen.has(id), `${id} on two pages`).toBe(false);
        seen.set(id, n);
        const person = GERMANY.find((a) => a.id === id)!;
        expect(towns[k], id).toContain(person.town);
        // No town is cut in two: everyone of this town is on this page.
        expect(pageOf.get(person.town)).toBe(n);
      }
      // The list of pages, this one marked.
      const nav = page.getByRole('navigation', { name: "Pages of this country's ambassadors" });
      await expect(nav.getByRole('link')).toHaveCount(PAGES.length);
      await expect(nav.locator('[aria-current="page"]')).toHaveText(new RegExp(`^Page ${n} `));
    }
    expect(seen.size).toBe(GERMANY.length);

    // Next page from the end of the first; back from the list of pages on the second.
    await page.goto('/map/de/');
    await page.getByRole('link', { name: /^Next page: / }).click();
    await expect(page).toHaveURL(/\/map\/de\/2\/$/);
    await expect(page.locator('.amb-entry').first()).toContainText(PAGES[1]!.people[0]!.name);
    if (PAGES.length === 2) await expect(page.getByRole('link', { name: /^Next page: / })).toHaveCount(0);
    await page
      .getByRole('navigation', { name: "Pages of this country's ambassadors" })
      .getByRole('link', { name: /^Page 1 / })
      .click();
    await expect(page).toHaveURL(/\/map\/de\/$/);

    // A country of one page has no list of pages.
    await page.goto('/map/mt/');
    await expect(page.getByRole('navigation', { name: "Pages of this country's ambassadors" })).toHaveCount(0);
  });
});

test('axe finds nothing on the pages of a big country', async ({ openPage, axe }) => {
  for (const { n } of PAGES) {
    await openPage(n === 1 ? '/map/de/' : `/map/de/${n}/`);
    await axe();
  }
});

test("the map's links to a town on page 2 land on page 2, at the person", async ({ page, openMap }) => {
  const town = townOnPage(2);
  // Everyone the text filter finds (a region or a subject may name the town too), and those who live there.
  const found = GERMANY.filter((a) => matcher({ country: 'DE', q: town })(a));
  const there = found.filter((a) => a.town === town);
  await openMap(`?country=DE&q=${encodeURIComponent(town)}`);
  await expect(page.locator('.amb-list > li')).toHaveCount(Math.min(found.length, 20));
  // The list's own link, for everyone in that town.
  for (const person of there)
    await expect(page.locator(`.amb-item[data-id="${person.id}"]`).getByRole('link', { name: /^Germany page/ })).toHaveAttribute(
      'href',
      `/map/de/2/#ambassador-${person.id}`,
    );
  // The popup's link, then following it.
  const id = there[0]!.id;
  await page.locator(`.amb-item[data-id="${id}"] .amb-item-select`).click();
  const popupLink = page
    .locator('.leaflet-popup .amb-card')
    .filter({ hasText: there[0]!.name })
    .getByRole('link', { name: /^Germany page/ });
  await expect(popupLink).toHaveAttribute('href', `/map/de/2/#ambassador-${id}`);
  await popupLink.click();
  await expect(page).toHaveURL(new RegExp(`/map/de/2/#ambassador-${id}$`));
  await expect(page.locator(`#ambassador-${id}`)).toBeInViewport();

  // A town on the first page links to the first page.
  const onFirst = PAGES[0]!.people[0]!;
  await openMap(`?country=DE&q=${encodeURIComponent(onFirst.town)}`);
  await expect(map(page)).toHaveAttribute('data-drawn', new RegExp(`country=DE`));
  await expect(page.locator(`.amb-item[data-id="${onFirst.id}"]`).getByRole('link', { name: /^Germany page/ })).toHaveAttribute(
    'href',
    `/map/de/#ambassador-${onFirst.id}`,
  );
});
