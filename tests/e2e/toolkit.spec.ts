import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

/**
 * The Ambassador Toolkit (downloads, slide viewer, handouts) and the Facts
 * and figures chapter, against the built site.
 */
const DECKS = ['introducing-etwinning', 'getting-started', 'partners-and-projects', 'recognition', 'running-a-training-session'];

test('the toolkit chapter lists every deck and each download is a non-empty .pptx', async ({ page }) => {
  await page.goto('/book/toolkit/');
  const cards = page.locator('.deck-card');
  await expect(cards).toHaveCount(DECKS.length);
  for (const id of DECKS) {
    const card = page.locator(`#deck-${id}`);
    await expect(card.locator('dd').filter({ hasText: /^\d+$/ })).toHaveCount(1); // slide count
    await expect(card).toContainText('CC BY 4.0');
    const shownSize = await card.locator('[data-file-size]').innerText();
    const link = card.locator(`a[href="/toolkit/${id}.pptx"]`);
    await expect(link).toHaveAttribute('download', `${id}.pptx`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${id}.pptx`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip
    expect(bytes.includes(Buffer.from('ppt/presentation.xml'))).toBe(true);
    // The catalogue's size is measured on this very file.
    expect(shownSize).toBe(`${bytes.length / 1024 < 10 ? (bytes.length / 1024).toFixed(1) : Math.round(bytes.length / 1024)} KB`);
    await expect(card.locator(`a[href="/toolkit/${id}/"]`)).toHaveCount(1);
    await expect(card.locator(`a[href="/toolkit/${id}/handout/"]`)).toHaveCount(1);
  }
});

async function visibleSlide(page: Page) {
  return page.locator('section.slide:visible').getAttribute('data-slide');
}

test('the slide viewer moves with the keyboard and announces the position', async ({ page }) => {
  await page.goto('/toolkit/introducing-etwinning/');
  const slides = page.locator('section.slide');
  const total = await slides.count();
  expect(total).toBeGreaterThanOrEqual(8);
  const position = page.locator('[data-viewer-position]');
  await expect(position).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('section.slide:visible')).toHaveCount(1);
  expect(await visibleSlide(page)).toBe('1');

  await page.keyboard.press('ArrowRight');
  expect(await visibleSlide(page)).toBe('2');
  await expect(position).toContainText(`Slide 2 of ${total}`);
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('PageDown');
  await expect(position).toContainText(`Slide 3 of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText(`Slide 2 of ${total}`);
  await page.keyboard.press('PageUp');
  expect(await visibleSlide(page)).toBe('1');
  await page.keyboard.press('End');
  await expect(position).toContainText(`Slide ${total} of ${total}`);
  await expect(page.locator('[data-viewer-next]')).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(position).toContainText(`Slide 1 of ${total}`);

  // The buttons do the same, and the notes toggle shows the notes.
  await page.locator('[data-viewer-next]').click();
  await expect(position).toContainText(`Slide 2 of ${total}`);
  const notes = page.locator('#slide-2 .slide-notes');
  await expect(notes).toBeHidden();
  const toggle = page.locator('[data-viewer-notes]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(notes).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a deep link opens its slide, and printing gives every slide its own page', async ({ page }) => {
  await page.goto('/toolkit/recognition/#slide-4');
  expect(await visibleSlide(page)).toBe('4');
  await page.emulateMedia({ media: 'print' });
  const total = await page.locator('section.slide').count();
  await expect(page.locator('section.slide:visible')).toHaveCount(total);
  const breaks = await page
    .locator('section.slide')
    .first()
    .evaluate((el) => getComputedStyle(el).breakAfter);
  expect(breaks).toBe('page');
  await expect(page.locator('[data-viewer-controls]')).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the viewer reads as one page with all slides and notes', async ({ page }) => {
    await page.goto('/toolkit/getting-started/');
    const total = await page.locator('section.slide').count();
    await expect(page.locator('section.slide:visible')).toHaveCount(total);
    await expect(page.locator('.slide-notes:visible')).toHaveCount(total);
    await expect(page.locator('[data-viewer-controls]')).toBeHidden();
  });
});

test('a handout has the deck, its points and next steps, and axe finds nothing', async ({ page }) => {
  await page.goto('/toolkit/recognition/handout/');
  await expect(page.locator('h1')).toHaveText(/Recognition/);
  await expect(page.locator('.handout-point').first()).toBeVisible();
  await expect(page.locator('.handout-next li').first()).toBeVisible();
  await expect(page.locator('.handout-footer')).toContainText('CC BY 4.0');
  await expectNoAxeViolations(page);
});

test('axe finds nothing on the toolkit chapter', async ({ page }) => {
  await page.goto('/book/toolkit/');
  await expectNoAxeViolations(page);
});

test.describe('facts and figures', () => {
  test('loads no JavaScript of its own: only the small script every chapter has', async ({ page }) => {
    const scriptsOf = async (path: string) => {
      const urls: string[] = [];
      const listener = (req: import('@playwright/test').Request) => {
        if (req.resourceType() === 'script') urls.push(new URL(req.url()).pathname);
      };
      page.on('request', listener);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      page.off('request', listener);
      const inline = await page.locator('.chapter-content script, astro-island').count();
      return { urls: urls.sort(), inline };
    };
    // A plain reading chapter carries the chapter script (theme, search button, reading position, listen).
    const shell = await scriptsOf('/book/getting-help/');
    const facts = await scriptsOf('/book/facts-and-figures/');
    expect(facts.inline, 'scripts or islands inside the page content').toBe(0);
    expect(
      facts.urls.filter((u) => !shell.urls.includes(u)),
      'scripts beyond the site shell',
    ).toEqual([]);
  });

  test('each chart is an accessible SVG with a caption, a text alternative and a data table', async ({ page }) => {
    await page.goto('/book/facts-and-figures/');
    const figures = page.locator('figure.book-figure');
    await expect(figures).toHaveCount(3);
    for (const figure of await figures.all()) {
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      const svg = figure.locator('svg[role="img"]').first();
      await expect(svg).toHaveCount(1);
      const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      await expect(svg.locator(`title#${titleId}`)).not.toBeEmpty();
      await expect(svg.locator(`desc#${descId}`)).not.toBeEmpty();
      await expect(figure.locator('details.text-alternative table')).toHaveCount(1);
    }
    const map = page.locator('svg.map');
    await expect(map.locator('path.country.etwinning')).not.toHaveCount(0);
    await expect(map.locator('path.country.etwinning-plus')).not.toHaveCount(0);
    await expect(page.locator('.map-legend')).toContainText('Hatched: eTwinning Plus');
    await expect(page.locator('.all-figures tbody tr')).not.toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    '/book/toolkit/',
    '/toolkit/partners-and-projects/',
    '/toolkit/partners-and-projects/handout/',
    '/book/facts-and-figures/',
  ]) {
    test(`axe finds nothing on ${path} with every disclosure open`, async ({ page }) => {
      await page.goto(path);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
    });
  }
});
