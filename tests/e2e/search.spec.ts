import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * Search: Pagefind loads only when opened, finds a chapter by a word that
 * occurs only in that chapter's body, and offers part and audience filters.
 */
const TARGET = '/book/getting-help/';

function bodyText(path: string): string {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  // Split on the attribute inside a tag: inline scripts may mention the selector [data-pagefind-body] earlier.
  const body = html.split(/<[a-z]+\b[^>]*\sdata-pagefind-body\b/)[1] ?? '';
  return body.replace(/<[^>]+>/g, ' ').toLowerCase();
}

/** The longest plain word of the target chapter that no other chapter uses. */
function distinctiveWord(): string {
  const chapters = builtPages().filter((p) => p.startsWith('/book/') && p !== TARGET);
  const others = chapters.map(bodyText).join(' ');
  const words = [...new Set(bodyText(TARGET).match(/\b[a-z]{6,}\b/g) ?? [])];
  const unique = words.filter((w) => !new RegExp(`\\b${w}\\b`).test(others)).sort((a, b) => b.length - a.length);
  if (!unique[0]) throw new Error('no distinctive word in the target chapter');
  return unique[0];
}

test('search is not loaded until the reader opens it, then finds a chapter by a body word', async ({ page, openPage }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await openPage('/book/welcome/');
  // The page script has run (it shows the search button) and the page has loaded everything it loads by itself.
  await expect(page.locator('[data-search-open]')).toBeVisible();
  expect(pagefindRequests).toEqual([]);

  await page.keyboard.press('/');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('input[type="text"], input[type="search"]').first();
  await expect(input).toBeFocused();
  const word = distinctiveWord();
  await input.fill(word);
  const result = dialog.locator(`.pagefind-ui__result-link[href*="${TARGET}"]`).first();
  await expect(result).toBeVisible();
  expect(pagefindRequests.length).toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('search offers filters by part and by audience', async ({ page, openPage }) => {
  await openPage('/contents/');
  await page.locator('[data-search-open]').click();
  const dialog = page.locator('#search-dialog');
  await dialog.locator('input').first().fill('eTwinning');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__filter-name', { hasText: /part/i })).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__filter-name', { hasText: /audience/i })).toBeVisible();
});

test('each result says what it is, and a chapter ranks above the decks made from it', async ({ page, openPage }) => {
  await openPage('/book/welcome/');
  await page.keyboard.press('/');
  const dialog = page.locator('#search-dialog');
  await dialog.locator('input').first().fill('Quality Label');
  const titles = dialog.locator('.pagefind-ui__result-title');
  await expect(titles.first()).toHaveAttribute('data-kind', /./);
  const results = await dialog.locator('.pagefind-ui__result').evaluateAll((items) =>
    items.map((li) => ({
      kind: li.querySelector('.pagefind-ui__result-title')?.getAttribute('data-kind') ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: li.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
    })),
  );
  const kindOf = (href: string) =>
    href.startsWith('/book/')
      ? 'Chapter'
      : /^\/toolkit\/[^/]+\/handout\/$/.test(href)
        ? 'Handout'
        : href.startsWith('/toolkit/')
          ? 'Slides'
          : undefined;
  for (const r of results) if (kindOf(r.href)) expect(r.kind, r.href).toBe(kindOf(r.href));
  const chapter = results.findIndex((r) => r.href === '/book/recognition/');
  const decks = results.map((r, i) => (r.kind === 'Slides' || r.kind === 'Handout' ? i : -1)).filter((i) => i >= 0);
  expect(chapter).toBe(0);
  for (const i of decks) expect(i).toBeGreaterThan(chapter);
  for (const r of results) expect(r.excerpt.trim(), r.href).not.toMatch(/^·|^handout\b/i);
});

test('closing search returns focus to the search button, also when "/" opened it', async ({ page, openPage }) => {
  await openPage('/contents/');
  await page.keyboard.press('/');
  const dialog = page.locator('#search-dialog');
  await expect(dialog.locator('input').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-search-open]')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the filters fold behind a button, so the results come first', async ({ page, openPage }) => {
    await openPage('/contents/');
    await page.locator('[data-search-open]').click();
    const dialog = page.locator('#search-dialog');
    await dialog.locator('input').first().fill('eTwinning');
    await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
    const panel = dialog.locator('.pagefind-ui__filter-panel');
    await expect(panel).toBeHidden();
    const toggle = dialog.getByRole('button', { name: 'Filters' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    await expect(dialog.locator('.pagefind-ui__filter-name', { hasText: /part/i })).toBeVisible();
  });
});

test('search that cannot load says why, and where to go instead: offline, or a host that fails', async ({ page, context, openPage }) => {
  await openPage('/book/welcome/');
  const dialog = page.locator('#search-dialog');
  const failed = dialog.locator('[data-search-failed]');
  // Offline, with the book not saved on this device (the browser tests block the service worker).
  await context.setOffline(true);
  await page.locator('[data-search-open]').click();
  await expect(failed).toBeVisible();
  await expect(failed.locator('[data-when-offline]')).toContainText('You are offline, and search has not been saved on this device yet');
  await expect(failed.locator('[data-when-online]')).toBeHidden();
  // Read as one sentence, with its spaces.
  expect(await failed.innerText()).toBe(
    'You are offline, and search has not been saved on this device yet (it is kept the first time you search online). See the pages saved on this device, or save the whole book to search it offline next time.',
  );
  await expect(failed.getByRole('link', { name: 'See the pages saved on this device' })).toHaveAttribute('href', '/offline/#saved-pages');
  await expect(failed.getByRole('link', { name: 'save the whole book' })).toHaveAttribute('href', '/offline/');
  await expect(failed.getByRole('link', { name: 'See the pages saved on this device' })).toBeFocused();
  await page.keyboard.press('Escape');
  // Online again but the host fails to serve the index: the other sentence, and no word about being offline.
  await context.setOffline(false);
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.locator('[data-search-open]').click();
  await expect(failed).toBeVisible();
  await expect(failed.locator('[data-when-online]')).toHaveText('Search could not load. The contents list every chapter;');
  await expect(failed.locator('[data-when-offline]')).toBeHidden();
  await expect(failed.locator('[data-when-online]')).toBeVisible();
});
