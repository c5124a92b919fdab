import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ambassadorsOnMarkers, expect, map, test, turnToMap } from '../e2e/map-fixtures.ts';

/**
 * A national edition, built by serve-edition.ts from the town-only fixture
 * (tests/unit/fixtures/import/town-only.csv: five people placed from their
 * town names, two rows rejected) and tests/e2e-edition/edition.yaml.
 */
const edition = parse(readFileSync('tests/e2e-edition/edition.yaml', 'utf8')) as {
  name: string;
  shortName: string;
  logo: { src: string };
  accent: { light: string };
  contact: { url: string };
};
const placed = ['Ana Exampleña', 'Joan Provatorre'];

test("the map opens on the edition's country, shows every imported person placed from their town, and axe finds nothing", async ({
  page,
  openPage,
  axe,
}) => {
  // The address names no country: the edition's map.countries ([ES]) is the first filter, Spain's two people.
  await openPage('/map/');
  await expect(map(page)).toHaveAttribute('data-drawn', '?country=ES');
  const country = page.getByLabel('Country', { exact: true });
  await expect(country).toHaveValue('ES');
  await expect(page.locator('.amb-count')).toContainText('2 of 5 ambassadors');
  await expect(page.locator('.amb-list > li')).toHaveCount(2);
  // Framed on them: each marker well inside the map (20 px or more from its edge), none cut or at the rim.
  const frame = (await map(page).boundingBox())!;
  const markers = await page.locator('.amb-marker').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(markers.length).toBeGreaterThan(0);
  for (const m of markers) {
    expect(m.left >= frame.x + 20 && m.top >= frame.y + 20, 'a marker well inside the frame').toBe(true);
    expect(m.right <= frame.x + frame.width - 20 && m.bottom <= frame.y + frame.height - 20, 'a marker well inside the frame').toBe(true);
  }
  // Every country, on request, and the address keeps the choice for a reload or a shared link.
  await country.selectOption('');
  await expect(page.locator('.amb-count')).toContainText('5 ambassadors, all shown');
  await expect(page).toHaveURL(/[?&]country=all/);
  await page.reload();
  // Every country is what the server's first view shows: the count is right at once, Leaflet comes when the reader turns to the map.
  await expect(page.locator('.amb-count')).toContainText('5 ambassadors, all shown');
  await turnToMap(page);
  await expect(page.locator('.amb-marker').first()).toBeVisible();
  expect(await ambassadorsOnMarkers(page)).toBe(5);
  await expect(page.locator('.amb-directory-list > li').filter({ hasText: 'Spain' })).toContainText('(2 ambassadors)');
  await axe();
});

test('their country page lists them, and not the rows the import rejected', async ({ page, axe }) => {
  await page.goto('/map/es/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambassadors in Spain');
  await expect(page.locator('.amb-entry')).toHaveCount(2);
  for (const name of placed) await expect(page.locator('.amb-entry-name').filter({ hasText: name })).toBeVisible();
  await expect(page.locator('main')).toContainText('Torrent');
  await expect(page.locator('main')).not.toContainText('Pere Dubtós');
  await axe();
});

test('the edition config changes the name, the logo and the accent on every page', async ({ page }) => {
  for (const path of ['/', '/book/what-is-etwinning/', '/map/', '/map/es/', '/glossary/']) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', edition.name);
    await expect(page).toHaveTitle(new RegExp(`${edition.shortName}|${edition.name}`));
    await expect(page.locator('header .brand')).toContainText(edition.shortName);
    await expect(page.locator(`header .brand img[src="${edition.logo.src}"]`)).toHaveCount(1);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent'));
    expect(accent.toLowerCase()).toContain(edition.accent.light);
  }
  // The organisation's own contact on its country's page.
  await page.goto('/map/es/');
  await expect(page.locator(`main a[href="${edition.contact.url}"]`).first()).toBeVisible();
});
