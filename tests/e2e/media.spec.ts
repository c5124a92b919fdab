import { builtPages, readPage } from './helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * The media component (src/components/media/MediaPlayer.astro) on the built pages that
 * show one: nothing downloaded before play, captions, chapters, keyboard, transcript, no JS.
 */
// Chapters (the print edition repeats them all outside the search index).
const MEDIA_PAGES = builtPages().filter((path) => path.startsWith('/book/') && readPage(path).includes('data-media'));
const MEDIA_FILE = /\.(webm|mp4|m4a|mp3|ogg|opus|vtt)$/;

test('at least one page of the book shows a media item', () => {
  expect(MEDIA_PAGES, 'no built page has <MediaPlayer>: add the sample to a chapter').not.toHaveLength(0);
});

for (const path of MEDIA_PAGES) {
  test(`${path}: the player downloads nothing until play, then plays with captions`, async ({ page, openPage }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (MEDIA_FILE.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname);
    });
    await openPage(path);
    const item = page.locator('[data-media]').first();
    await item.scrollIntoViewIfNeeded();
    await expect(item).toHaveAttribute('data-enhanced', '');
    await expect(item.locator('.media-label')).toHaveText(/Illustration|Interview/);
    const media = item.locator('video, audio');
    await expect(media).toHaveAttribute('preload', 'none');
    expect(await media.getAttribute('autoplay')).toBeNull();
    expect(fetched, 'requests before play').toEqual([]);

    await item.locator('media-play-button').click();
    await expect
      .poll(() => media.evaluate((m: HTMLMediaElement) => m.paused), { message: 'the play button did not start the player' })
      .toBe(false);
    // Generous: on a loaded machine the file can take a few seconds to arrive and start.
    await expect
      .poll(() => media.evaluate((m: HTMLMediaElement) => m.currentTime), { message: 'playback never started', timeout: 20_000 })
      .toBeGreaterThan(0.3);
    expect(fetched.some((p) => /\.(webm|mp4|m4a|mp3|ogg|opus)$/.test(p))).toBe(true);
    await expect
      .poll(() => media.evaluate((m: HTMLMediaElement) => [...m.textTracks].find((t) => t.kind === 'captions')?.mode))
      .toBe('showing');
    await expect.poll(() => media.evaluate((m: HTMLMediaElement) => m.textTracks[0]?.activeCues?.length ?? 0)).toBeGreaterThan(0);
  });

  test(`${path}: keyboard and chapters control the player`, async ({ page, openPage, tabTo }) => {
    await openPage(path);
    const item = page.locator('[data-media]').first();
    await item.scrollIntoViewIfNeeded();
    await expect(item).toHaveAttribute('data-enhanced', '');
    const media = item.locator('video, audio');
    const paused = () => media.evaluate((m: HTMLMediaElement) => m.paused);
    await tabTo(item.locator('media-play-button'));
    await page.keyboard.press('Space');
    await expect.poll(paused).toBe(false);
    await page.keyboard.press('k');
    await expect.poll(paused).toBe(true);

    const chapters = item.locator('.media-chapters a');
    const count = await chapters.count();
    expect(count).toBeGreaterThan(1);
    const last = chapters.nth(count - 1);
    const start = Number(await last.getAttribute('data-seek'));
    await tabTo(last);
    await page.keyboard.press('Enter');
    await expect.poll(() => media.evaluate((m: HTMLMediaElement) => m.currentTime)).toBeGreaterThanOrEqual(start);
    expect(page.url(), 'a chapter link seeks in place, it does not open the file').toContain(path);
  });

  test(`${path}: the transcript is page text that search indexes, and the item passes axe`, async ({ page, openPage, axe }) => {
    await openPage(path);
    const transcript = page.locator('[data-media] .media-transcript').first();
    await expect(transcript.locator('p').first()).not.toBeEmpty();
    const indexed = await transcript.evaluate((el) => !!el.closest('[data-pagefind-body]') && !el.closest('[data-pagefind-ignore]'));
    expect(indexed, 'transcript inside data-pagefind-body and outside data-pagefind-ignore').toBe(true);
    await page.locator('[data-media]').first().scrollIntoViewIfNeeded();
    await expect(page.locator('[data-media]').first()).toHaveAttribute('data-enhanced', '');
    await axe({ include: ['[data-media]'] });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of MEDIA_PAGES) {
    test(`${path}: the browser's own player has the file, captions and poster`, async ({ page, openPage }) => {
      await openPage(path);
      const media = page.locator('[data-media] video, [data-media] audio').first();
      await expect(media).toHaveAttribute('controls', '');
      await expect(media.locator('source')).toHaveAttribute('src', /^\/media\//);
      await expect(media.locator('track[kind="captions"]')).toHaveAttribute('src', /\.vtt$/);
      if ((await media.evaluate((m) => m.tagName)) === 'VIDEO') await expect(media).toHaveAttribute('poster', /^\/media\//);
    });
  }
});
