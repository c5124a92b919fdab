import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { DECKS, FACTS, PEOPLE, figuresInChapter } from './data.ts';
import { expect, test, type Page } from './fixtures.ts';

/**
 * The Ambassador Toolkit (downloads, slide viewer, handouts) and the Facts
 * and figures chapter, against the built site. The decks come from
 * content/toolkit. (axe on every toolkit page, handout and chapter at desktop
 * size with every disclosure open: site.spec.ts.)
 */
test('the toolkit chapter lists every deck and each download is a non-empty .pptx', async ({ page, openPage }) => {
  await openPage('/book/toolkit/');
  await expect(page.locator('.deck-card')).toHaveCount(DECKS.length);
  for (const deck of DECKS) {
    const card = page.locator(`#deck-${deck.id}`);
    await expect(card.locator('dd').filter({ hasText: /^\d+$/ })).toHaveText(String(deck.slides.length)); // slide count
    await expect(card).toContainText('CC BY 4.0');
    const shownSize = await card.locator('[data-file-size]').innerText();
    const link = card.locator(`a[href="/toolkit/${deck.id}.pptx"]`);
    await expect(link).toHaveAttribute('download', `${deck.id}.pptx`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${deck.id}.pptx`);
    const bytes = readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip
    expect(bytes.includes(Buffer.from('ppt/presentation.xml'))).toBe(true);
    // The catalogue's size is measured on this very file.
    expect(shownSize).toBe(`${bytes.length / 1024 < 10 ? (bytes.length / 1024).toFixed(1) : Math.round(bytes.length / 1024)} KB`);
    await expect(card.locator(`a[href="/toolkit/${deck.id}/"]`)).toHaveCount(1);
    await expect(card.locator(`a[href="/toolkit/${deck.id}/handout/"]`)).toHaveCount(1);
  }
});

const visibleSlide = (page: Page) => page.locator('section.slide:visible');

test('the slide viewer moves with the keyboard and announces the position', async ({ page, openPage, axe }) => {
  const deck = DECKS[0]!;
  const total = deck.slides.length;
  await openPage(`/toolkit/${deck.id}/`);
  await expect(page.locator('section.slide')).toHaveCount(total);
  // The script shows its controls once it has taken over the page.
  await expect(page.locator('[data-viewer-controls]')).toBeVisible();
  const position = page.locator('[data-viewer-position]');
  await expect(position).toHaveAttribute('aria-live', 'polite');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');

  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '2');
  await expect(position).toContainText(`Slide 2 of ${total}`);
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('PageDown');
  await expect(position).toContainText(`Slide 3 of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText(`Slide 2 of ${total}`);
  await page.keyboard.press('PageUp');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
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
  // The viewer as the script leaves it, notes shown (site.spec.ts checks the page as it opens).
  await axe({ include: ['[data-slide-viewer]'] });
});

test('a deep link opens its slide, and printing gives every slide its own page', async ({ page, openPage }) => {
  const deck = DECKS.at(-1)!;
  await openPage(`/toolkit/${deck.id}/#slide-4`);
  await expect(page.locator('[data-viewer-controls]')).toBeVisible();
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '4');
  await page.emulateMedia({ media: 'print' });
  await expect(visibleSlide(page)).toHaveCount(deck.slides.length);
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
    const deck = DECKS[1]!;
    await page.goto(`/toolkit/${deck.id}/`);
    await expect(visibleSlide(page)).toHaveCount(deck.slides.length);
    await expect(page.locator('.slide-notes:visible')).toHaveCount(deck.slides.length);
    await expect(page.locator('[data-viewer-controls]')).toBeHidden();
  });
});

test('a handout has the deck, its points and next steps', async ({ page, openPage }) => {
  for (const deck of DECKS) {
    await openPage(`/toolkit/${deck.id}/handout/`);
    await expect(page.locator('h1')).toContainText(deck.title);
    await expect(page.locator('.handout-point').first()).toBeVisible();
    await expect(page.locator('.handout-next li')).toHaveCount(deck.nextSteps.length);
    await expect(page.locator('.handout-footer')).toContainText('CC BY 4.0');
  }
});

test.describe('facts and figures', () => {
  const FACTS_PAGE = '/book/facts-and-figures/';

  test('loads no JavaScript of its own: only the small script every chapter has', async ({ page, openPage }) => {
    // Both pages are measured the same way: every script requested until the page has loaded, hydrated and has its fonts.
    const scriptsOf = async (path: string) => {
      const urls: string[] = [];
      const listener = (req: Request) => {
        if (req.resourceType() === 'script') urls.push(new URL(req.url()).pathname);
      };
      page.on('request', listener);
      await openPage(path);
      page.off('request', listener);
      const inline = await page.locator('.chapter-content script, astro-island').count();
      return { urls: urls.sort(), inline };
    };
    // A plain reading chapter carries the chapter script (theme, search button, reading position, listen).
    const shell = await scriptsOf('/book/getting-help/');
    expect(shell.urls.length, 'the chapter script').toBeGreaterThan(0);
    const facts = await scriptsOf(FACTS_PAGE);
    expect(facts.inline, 'scripts or islands inside the page content').toBe(0);
    expect(
      facts.urls.filter((u) => !shell.urls.includes(u)),
      'scripts beyond the site shell',
    ).toEqual([]);
  });

  test('each chart is an accessible SVG with a caption, a text alternative and a data table', async ({ page, openPage }) => {
    await openPage(FACTS_PAGE);
    const figures = page.locator('figure.book-figure');
    await expect(figures).toHaveCount(figuresInChapter('facts-and-figures'));
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
    // The ambassador chart reads the map's data file, so its totals are the map's.
    await expect(page.locator('#ambassadors-chart-desc')).toContainText(`holds ${PEOPLE.length.toLocaleString('en-GB')} `);
    await expect(page.locator('.all-figures tbody tr')).toHaveCount(FACTS.length);
  });
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/book/toolkit/', `/toolkit/${DECKS[2]!.id}/`, `/toolkit/${DECKS[2]!.id}/handout/`, '/book/facts-and-figures/']) {
    test(`axe finds nothing on ${path} with every disclosure open`, async ({ page, openPage, axe }) => {
      await openPage(path);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await axe();
    });
  }
});
