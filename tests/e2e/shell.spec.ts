import { extractLinks } from '../../src/lib/link-check.ts';
import { READING_KEY } from '../../src/lib/reading-position.ts';
import { CHAPTER_SLUGS } from './data.ts';
import { readPage } from './helpers.ts';
import { expect, test } from './fixtures.ts';

/** The book shell: cover paths, reading order, no-JS reading, theme and reading position. */

test('the cover sends each kind of reader down its own path', async ({ page, openPage }) => {
  await openPage('/');
  const expected = {
    'new-etwinner': '/book/what-is-etwinning/',
    ambassador: '/book/meet-the-ambassadors/',
    teacher: '/book/knowledge-quiz/',
  };
  for (const [audience, href] of Object.entries(expected)) {
    const card = page.locator(`.path-card[data-path="${audience}"]`);
    await expect(card.locator('h3')).toBeVisible();
    await expect(card.locator('a.button.primary')).toHaveAttribute('href', href);
  }
  await page.locator('.path-card[data-path="new-etwinner"] a.button.primary').click();
  await expect(page).toHaveURL(/\/book\/what-is-etwinning\/$/);
  await expect(page.locator('h1')).toHaveText(/eTwinning/);
});

test('previous and next follow the table of contents from first to last chapter', async ({ page, openPage }) => {
  await openPage('/contents/');
  const order = await page.locator('.toc-list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect([...order].sort()).toEqual(CHAPTER_SLUGS.map((slug) => `/book/${slug}/`));
  // Every chapter's pager, read from its built HTML: the neighbours in the contents' order.
  const pager = (path: string, rel: 'prev' | 'next') =>
    extractLinks(readPage(path)).find((l) => l.tag.startsWith('<a') && new RegExp(`\\srel="${rel}"`).test(l.tag))?.value;
  for (const [i, path] of order.entries()) {
    expect([pager(path, 'prev'), pager(path, 'next')], path).toEqual([order[i - 1], order[i + 1]]);
  }
  // And the link really leads there.
  await openPage(order[0]!);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${order[1]}$`));
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', order[0]!);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('a chapter reads fully: title, text, on-page contents, pager; no dead buttons', async ({ page }) => {
    await page.goto('/book/getting-help/');
    await expect(page.locator('h1')).toBeVisible();
    const text = await page.locator('[data-pagefind-body]').innerText();
    expect(text.split(/\s+/).length).toBeGreaterThan(300);
    await expect(page.locator('.chapter-toc a').first()).toBeVisible();
    await expect(page.locator('a[rel="next"], a[rel="prev"]').first()).toBeVisible();
    await expect(page.locator('[data-search-open]')).toBeHidden();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await page.locator('.chapter-toc a').first().click();
    await expect(page).toHaveURL(/#/);
  });
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page, openPage }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openPage('/contents/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the cover offers to continue where the reader left off', async ({ page, openPage }) => {
  await openPage('/book/getting-help/');
  const heading = page.locator('.chapter-content h2[id]').nth(1);
  const headingText = (await heading.innerText()).trim();
  const headingId = (await heading.getAttribute('id'))!;
  // Bring the heading to the top of the viewport, where the tracker counts it as reached,
  // whatever the length of the section before it.
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.wheel(0, 60);
  // The tracker saves once scrolling has settled.
  await page.waitForFunction(
    ([key, id]) => (JSON.parse(localStorage.getItem(key!) ?? '{}') as { data?: { heading?: string } }).data?.heading === id,
    [READING_KEY, headingId],
  );
  await openPage('/');
  const cont = page.locator('[data-continue]');
  await expect(cont).toBeVisible();
  await expect(cont.locator('a')).toContainText(headingText);
  await cont.locator('a').click();
  await expect(page).toHaveURL(/\/book\/getting-help\/#/);
});

test('corrupt saved reading state is ignored, without an error', async ({ page, openPage }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const save = (value: string) => page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [READING_KEY, value]);
  await openPage('/');
  await save('{"v":1,"data":{"slug":"<img src=x>"');
  await page.reload();
  await expect(page.locator('[data-continue]')).toBeHidden();
  await save(JSON.stringify({ v: 1, data: { slug: '../evil', title: 'x', at: 1 } }));
  await page.reload();
  await expect(page.locator('[data-continue]')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  // The same box does show a valid position: hidden above means rejected, not broken.
  await save(JSON.stringify({ v: 1, data: { slug: 'getting-help', title: 'Getting help', at: 1 } }));
  await page.reload();
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', '/book/getting-help/');
  expect(errors).toEqual([]);
});

test('the 404 page helps the reader back', async ({ page, openPage }) => {
  const res = await openPage('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/contents/"]')).toBeVisible();
});

test('robots.txt, the sitemap and the manifest are served', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/book/getting-help/');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test('printing a chapter drops the site chrome and opens text versions of diagrams', async ({ page, openPage }) => {
  await openPage('/book/getting-help/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-pager')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const textVersion = page.locator('details.text-alternative').first();
  await expect(textVersion).toHaveCount(1);
  await expect(textVersion.locator('li, td, p').first()).toBeVisible();
});
