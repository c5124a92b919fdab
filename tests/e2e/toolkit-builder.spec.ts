import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { DECKS } from './data.ts';
import { expect, test, type Page } from './fixtures.ts';

/**
 * The deck builder (/toolkit/build/), used with the keyboard only: a deck of
 * slides from two of the toolkit's decks, the event filled in, a .pptx
 * downloaded and read back, the work kept over a reload and rebuilt from a
 * share link in a fresh browser.
 */
const PATH = '/toolkit/build/';
const [FIRST, SECOND] = [DECKS[0]!, DECKS[1]!];
const PRESENTER = 'Ana Example (fictional)';

async function openBuilder(page: Page, openPage: (p: string) => Promise<unknown>, path = PATH) {
  await openPage(path);
  await expect(page.locator('[data-builder-ready]')).toHaveCount(1);
}

const listTitles = (page: Page) => page.locator('.builder-list .builder-select').allInnerTexts();
const stripNumber = (t: string) =>
  t
    .replace(/^\d+\s*/, '')
    .replace(/\s*\(edited\)$/, '')
    .trim();

/** Every <a:t> run of a slide part, joined: the text PowerPoint shows. */
async function partText(zip: JSZip, name: string): Promise<string> {
  const xml = await zip.file(name)?.async('string');
  if (xml === undefined) throw new Error(`${name} is not in the .pptx`);
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
}

test('keyboard only: slides from two decks, the event filled in, a .pptx that holds them in order with their notes', async ({
  page,
  openPage,
  tabTo,
  axe,
}) => {
  test.slow(); // Dozens of key presses, each a round trip to the browser.
  await openBuilder(page, openPage);
  // Start from an empty deck: the last choice of the select.
  await tabTo(page.getByLabel('Start from'));
  await page.keyboard.press('End');
  await expect(page.getByLabel('Start from')).toHaveValue('');
  await tabTo(page.getByRole('button', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.builder-empty')).toBeVisible();

  // The event, typed once (the form comes before the slides, in Tab order too).
  await tabTo(page.getByLabel('Your name'));
  await page.keyboard.type(PRESENTER);
  await tabTo(page.getByLabel('Place'));
  await page.keyboard.type('Braga');

  // The title slide and slide 2 of the first deck, slide 3 of the second.
  const picks = [
    [FIRST, 0],
    [FIRST, 1],
    [SECOND, 2],
  ] as const;
  for (const [deck, i] of picks) {
    const details = page.locator('.builder-library details').filter({ has: page.locator('summary', { hasText: deck.title }) });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await tabTo(details.locator('summary'));
      await page.keyboard.press('Enter');
    }
    await tabTo(details.getByRole('button', { name: `Add “${deck.slides[i]!.title}” from ${deck.title}` }));
    await page.keyboard.press('Enter');
  }
  const picked = picks.map(([deck, i]) => deck.slides[i]!.title);
  await expect.poll(async () => (await listTitles(page)).map(stripNumber)).toEqual(picked);

  // Move the second deck's slide up one place: announced, and focus stays on the control.
  const moved = picked[2]!;
  await tabTo(page.getByRole('button', { name: `Move “${moved}” up` }));
  await page.keyboard.press('Enter');
  const order = [picked[0]!, moved, picked[1]!];
  await expect.poll(async () => (await listTitles(page)).map(stripNumber)).toEqual(order);
  await expect(page.getByRole('status').filter({ hasText: `“${moved}” moved to position 2 of 3.` })).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Move “${moved}” up` })).toBeFocused();

  await axe({ include: ['.deck-builder'] });

  await tabTo(page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const slideParts = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slideParts).toHaveLength(3);
  expect(await partText(zip, 'ppt/slides/slide1.xml')).toContain(PRESENTER);
  for (const [i, title] of order.entries()) expect(await partText(zip, `ppt/slides/slide${i + 1}.xml`)).toContain(title);
  const secondDeckSlide = SECOND.slides[2]!;
  const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
  const allNotes = (await Promise.all(notes.map((n) => partText(zip, n)))).join(' ');
  expect(allNotes).toContain(secondDeckSlide.notes.trim().split(/\s+/).slice(0, 6).join(' '));
});

test("a deck started from one with a chapter's diagram downloads with that picture in it", async ({ page, openPage }) => {
  const deck = DECKS.find((d) => d.slides.some((s) => s.layout === 'picture'))!;
  const pictured = deck.slides.findIndex((s) => s.layout === 'picture');
  await openBuilder(page, openPage);
  await page.getByLabel('Start from').selectOption(deck.id);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(async () => (await listTitles(page)).length).toBe(deck.slides.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click(),
  ]);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const slide = await zip.file(`ppt/slides/slide${pictured + 1}.xml`)!.async('string');
  expect(slide).toContain('<p:pic>');
  const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'));
  expect(media).toHaveLength(deck.slides.filter((s) => s.layout === 'picture').length);
  const png = await zip.file(media[0]!)!.async('uint8array');
  expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
});

test('the work is kept over a reload, and a share link rebuilds it in a fresh browser', async ({ page, openPage, browser }) => {
  await openBuilder(page, openPage);
  await page.getByLabel('Start from').selectOption(SECOND.id);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: `Remove “${SECOND.slides[1]!.title}”` }).click();
  await page.getByLabel('Your name').fill(PRESENTER);
  await page.getByLabel('Slide title').fill('Our own first slide');
  const expected = ['Our own first slide', ...SECOND.slides.slice(2).map((s) => s.title)];
  await expect.poll(async () => (await listTitles(page)).map(stripNumber)).toEqual(expected);

  await page.reload();
  await expect(page.locator('[data-builder-ready]')).toHaveCount(1);
  await expect.poll(async () => (await listTitles(page)).map(stripNumber)).toEqual(expected);
  await expect(page.getByLabel('Your name')).toHaveValue(PRESENTER);

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#deck=/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.locator('.deck-builder').scrollIntoViewIfNeeded();
  await expect(other.locator('[data-builder-ready]')).toHaveCount(1);
  await expect.poll(async () => (await listTitles(other)).map(stripNumber)).toEqual(expected);
  await expect(other.getByLabel('Your name')).toHaveValue(PRESENTER);
  await expect(other.getByText('This deck was opened from a shared link.')).toBeVisible();
  await fresh.close();
});

test('a broken save opens with a message and the builder still works; a renamed file that is not an image is refused', async ({
  page,
  openPage,
}) => {
  await page.addInitScript(() => localStorage.setItem('etw:toolkit:builder', '{"v":2,"data":{"slides":"oops"'));
  await openBuilder(page, openPage);
  await expect(page.getByText(/could not be read/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('etw:toolkit:builder:unreadable'))).toContain('oops');
  await page.getByLabel(/^Logo/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 not an image') });
  await expect(page.getByText('Logo refused: logo.png is not a PNG, JPEG or SVG image.')).toBeVisible();
});
