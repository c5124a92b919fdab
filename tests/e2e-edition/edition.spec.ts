import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ambassadorsOnMarkers, expect, test } from '../e2e/map-fixtures.ts';

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

test('the map shows the imported people, placed from their towns, and axe finds nothing', async ({ page, openMap, axe }) => {
  await openMap();
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
