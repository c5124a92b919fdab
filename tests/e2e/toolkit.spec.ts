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
const bar = (page: Page) => visibleSlide(page).locator('.slide-bar');

test('each catalogue card shows a thumbnail of its first slides, hidden from screen readers', async ({ page, openPage }) => {
  await openPage('/toolkit/');
  for (const deck of DECKS) {
    const thumbs = page.locator(`#deck-${deck.id} .deck-thumbs`);
    await expect(thumbs).toHaveAttribute('aria-hidden', 'true');
    await expect(thumbs.locator('.slide-frame')).toHaveCount(3);
    await expect(thumbs.locator('.slide-title').first()).toHaveText(deck.slides[0]!.title);
    const box = (await thumbs.locator('.slide-frame').first().boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
  }
});

test('the slide viewer moves with the keyboard and its links, and announces the position', async ({ page, openPage, axe }) => {
  const deck = DECKS[0]!;
  const total = deck.slides.length;
  await openPage(`/toolkit/${deck.id}/`);
  await expect(page.locator('section.slide')).toHaveCount(total);
  await expect(page.locator('[data-slide-viewer].is-enhanced')).toHaveCount(1);
  const live = page.locator('[data-viewer-live]');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  await expect(bar(page).locator('.slide-position')).toHaveText(`Slide 1 of ${total}`);

  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '2');
  await expect(live).toHaveText(`Slide 2 of ${total}: ${deck.slides[1]!.title}`);
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('PageDown');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '3');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('End');
  await expect(bar(page).locator('.slide-position')).toHaveText(`Slide ${total} of ${total}`);
  await expect(bar(page).locator('[data-viewer-next]')).toHaveCount(0); // nothing after the last slide
  await page.keyboard.press('Home');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');

  // The Next link, pressed from the keyboard, moves on and keeps focus on the Next link of the new slide.
  await bar(page).locator('[data-viewer-next]').focus();
  await page.keyboard.press('Enter');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '2');
  await expect(page.locator('#slide-2 [data-viewer-next]')).toBeFocused();

  // Notes are shown under the slide; the toggle hides them on every slide.
  const notes = page.locator('#slide-2 .slide-notes');
  await expect(notes).toBeVisible();
  const toggle = bar(page).locator('[data-viewer-notes]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(notes).toBeHidden();
  await toggle.click();
  await axe({ include: ['[data-slide-viewer]'] });
});

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the slide and its bar fit the first screen, and nothing moves while the page starts', async ({ page }) => {
    const deck = DECKS[1]!;
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/toolkit/${deck.id}/`);
    await expect(page.locator('[data-slide-viewer].is-enhanced')).toHaveCount(1);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    for (const part of [visibleSlide(page).locator('.slide-frame'), bar(page)]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'inside the first screen').toBeLessThanOrEqual(800);
    }
    const frame = (await visibleSlide(page).locator('.slide-frame').boundingBox())!;
    expect(frame.width, 'a slide that fills most of the width').toBeGreaterThan(700);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, 'cumulative layout shift').toBe(0);
  });

  test('full screen shows the slide alone, keeps the keys, and gives focus back on leaving', async ({ page, openPage }) => {
    const deck = DECKS[0]!;
    await openPage(`/toolkit/${deck.id}/#slide-3`);
    const button = bar(page).locator('[data-viewer-fullscreen]');
    await button.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-slide-viewer') ?? false)).toBe(true);
    await expect(bar(page)).toBeHidden();
    await expect(visibleSlide(page).locator('.slide-notes')).toBeHidden();
    // Whatever point of the screen, the viewer is what is drawn there (the header is behind it).
    const ownsScreen = await page.evaluate(() =>
      [
        [20, 20],
        [window.innerWidth / 2, window.innerHeight - 5],
      ].every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-slide-viewer]')),
    );
    expect(ownsScreen).toBe(true);
    const frame = (await visibleSlide(page).locator('.slide-frame').boundingBox())!;
    const { w, h } = await page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
    expect(frame.width).toBeCloseTo(Math.min(w, (h * 16) / 9), -1);
    await page.keyboard.press('ArrowRight');
    await expect(visibleSlide(page)).toHaveAttribute('data-slide', '4');
    await page.evaluate(() => document.exitFullscreen());
    await expect(bar(page)).toBeVisible();
    await expect(bar(page).locator('[data-viewer-fullscreen]')).toBeFocused();
  });
});

test("a picture slide shows the chapter's diagram as an image with its words as alt text, inside the slide", async ({ page, openPage }) => {
  const deck = DECKS.find((d) => d.slides.some((s) => s.layout === 'picture'))!;
  const n = deck.slides.findIndex((s) => s.layout === 'picture') + 1;
  await openPage(`/toolkit/${deck.id}/#slide-${n}`);
  const frame = visibleSlide(page).locator('.slide-frame');
  const picture = frame.locator('.slide-with-picture img');
  await expect(picture).toHaveAttribute('alt', deck.slides[n - 1]!.picture!.alt.trim());
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(500);
  const [outer, inner, footer] = await Promise.all([
    frame.boundingBox(),
    picture.boundingBox(),
    frame.locator('.slide-footer').boundingBox(),
  ]);
  expect(inner!.x).toBeGreaterThan(outer!.x + outer!.width / 2 - 1);
  expect(inner!.y + inner!.height).toBeLessThanOrEqual(footer!.y + 1);
});

test('a deep link opens its slide, and printing gives every slide its own page', async ({ page, openPage }) => {
  const deck = DECKS.at(-1)!;
  await openPage(`/toolkit/${deck.id}/#slide-4`);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '4');
  await page.emulateMedia({ media: 'print' });
  await expect(visibleSlide(page)).toHaveCount(deck.slides.length);
  const breaks = await page
    .locator('section.slide')
    .first()
    .evaluate((el) => getComputedStyle(el).breakAfter);
  expect(breaks).toBe('page');
  await expect(page.locator('.slide-bar:visible')).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the viewer shows one slide at a time, and its links move through the deck', async ({ page }) => {
    const deck = DECKS[1]!;
    await page.goto(`/toolkit/${deck.id}/`);
    await expect(page.locator('section.slide')).toHaveCount(deck.slides.length);
    await expect(visibleSlide(page)).toHaveCount(1);
    await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
    await expect(visibleSlide(page).locator('.slide-notes')).toBeVisible();
    // The notes and full-screen buttons need the script: they are not offered.
    await expect(bar(page).locator('[data-viewer-notes]')).not.toBeVisible();
    await bar(page).locator('[data-viewer-next]').click();
    await expect(page).toHaveURL(/#slide-2$/);
    await expect(visibleSlide(page)).toHaveAttribute('data-slide', '2');
    await bar(page).locator('[data-viewer-prev]').click();
    await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  });
});

test('a handout has the deck, its points and next steps, and numbers steps only with a list', async ({ page, openPage }) => {
  for (const deck of DECKS) {
    await openPage(`/toolkit/${deck.id}/handout/`);
    await expect(page.locator('h1')).toContainText(deck.title);
    await expect(page.locator('.handout-point').first()).toBeVisible();
    await expect(page.locator('.handout-next li')).toHaveCount(deck.nextSteps.length);
    await expect(page.locator('.handout-footer')).toContainText('CC BY 4.0');
    // No "• 1. Select your school": a bulleted item never starts with its own number.
    const bulleted = await page.locator('.handout-point ul > li').allInnerTexts();
    expect(bulleted.filter((t) => /^\s*\d+[.)]\s/.test(t))).toEqual([]);
    const steps = deck.slides.filter((s) => s.diagram).flatMap((s) => s.diagram!.items);
    await expect(page.locator('.handout-steps > li')).toHaveText(steps);
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
    await expect(page.locator('.all-figures tbody tr')).toHaveCount(FACTS.length);
    // The ambassador chart (in the map's chapter) reads the map's data file, so its totals are the map's.
    await openPage('/book/find-an-ambassador/');
    await expect(page.locator('#ambassadors-chart-desc')).toContainText(`holds ${PEOPLE.length.toLocaleString('en-GB')} `);
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
