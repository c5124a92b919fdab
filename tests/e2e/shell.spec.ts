import { expect, test } from '@playwright/test';

/** The book shell: cover paths, reading order, no-JS reading, theme and reading position. */

async function chapterOrderFromContents(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/contents/');
  return page.locator('.toc-list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('the cover sends each kind of reader down its own path', async ({ page }) => {
  await page.goto('/');
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

test('previous and next follow the table of contents from first to last chapter', async ({ page }) => {
  const order = await chapterOrderFromContents(page);
  expect(order.length).toBeGreaterThanOrEqual(3);
  await page.goto(order[0]!);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  const visited = [order[0]];
  for (let i = 1; i < order.length; i++) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${order[i]}$`));
    visited.push(new URL(page.url()).pathname);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', order[i - 1]!);
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  expect(visited).toEqual(order);
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

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/contents/');
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

test('the cover offers to continue where the reader left off', async ({ page }) => {
  await page.goto('/book/getting-help/');
  const heading = page.locator('.chapter-content h2[id]').nth(1);
  const headingText = (await heading.innerText()).trim();
  // Bring the heading to the top of the viewport, where the tracker counts it as reached,
  // whatever the length of the section before it.
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.wheel(0, 60);
  await page.waitForTimeout(800);
  await page.goto('/');
  const cont = page.locator('[data-continue]');
  await expect(cont).toBeVisible();
  await expect(cont.locator('a')).toContainText(headingText);
  await cont.locator('a').click();
  await expect(page).toHaveURL(/\/book\/getting-help\/#/);
});

test('corrupt saved reading state is ignored', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('etw:reading', '{"v":1,"data":{"slug":"<img src=x>"'));
  await page.reload();
  await expect(page.locator('[data-continue]')).toBeHidden();
  await page.evaluate(() => localStorage.setItem('etw:reading', JSON.stringify({ v: 1, data: { slug: '../evil', title: 'x', at: 1 } })));
  await page.reload();
  await expect(page.locator('[data-continue]')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('the 404 page helps the reader back', async ({ page }) => {
  const res = await page.goto('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/contents/"]')).toBeVisible();
});

test('robots.txt, the sitemap and the manifest are served', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/book/getting-help/');
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.icons.length).toBeGreaterThan(0);
});

test('printing a chapter drops the site chrome and opens text versions of diagrams', async ({ page }) => {
  await page.goto('/book/getting-help/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-pager')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const textVersion = page.locator('details.text-alternative').first();
  await expect(textVersion).toHaveCount(1);
  await expect(textVersion.locator('li, td, p').first()).toBeVisible();
});
