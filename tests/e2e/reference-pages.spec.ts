import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FAQ, GLOSSARY, SOURCES } from './data.ts';
import { expect, test, type Page } from './fixtures.ts';

/** Glossary, FAQ, About these sources, and the chapter's Listen control. */
const README = readFileSync(resolve('../shared/sources/README.md'), 'utf8');
const CHAPTER = '/book/getting-help/';

test.describe('glossary', () => {
  test('every term is an anchor, and the A–Z list and see-also links land on it', async ({ page, openPage }) => {
    await openPage('/glossary/');
    const ids = await page.locator('dl dt').evaluateAll((dts) => dts.map((dt) => dt.id));
    expect([...ids].sort()).toEqual(GLOSSARY.map((t) => t.id).sort());

    await page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link', { name: 'T', exact: true }).click();
    await expect(page).toHaveURL(/#letter-t$/);
    await expect(page.locator('#letter-t')).toBeInViewport();

    // Letters fold: open one with a "See also", then follow it (to a term under another letter, folded too).
    const letter = page.locator('details.letter-group', { has: page.getByText('See also') }).first();
    await letter.locator('summary').click();
    await letter
      .locator('dd', { has: page.getByText('See also') })
      .first()
      .getByRole('link')
      .first()
      .click();
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`dt[id="${target}"]`)).toBeInViewport();
  });

  test('a term linked from a chapter opens its definition', async ({ page, openPage }) => {
    await openPage(CHAPTER);
    const term = page.locator('[data-pagefind-body] a.term').first();
    const href = await term.getAttribute('href');
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await term.click();
    await expect(page.locator(`dt[id="${href!.split('#')[1]}"]`)).toBeInViewport();
  });
});

test.describe('FAQ', () => {
  test('FAQPage JSON-LD parses and lists exactly the questions of the data, as the page does', async ({ page, openPage }) => {
    await openPage('/faq/');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '') as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    expect(data['@type']).toBe('FAQPage');
    const onPage = (await page.locator('[data-faq-question] h3').allTextContents()).map((q) => q.trim());
    expect(onPage).toEqual(FAQ.map((q) => q.question));
    expect(data.mainEntity.map((q) => q.name)).toEqual(onPage);
    for (const q of data.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('answers are folded under their questions, open with a click, and link the chapter their data names', async ({ page }) => {
      await page.goto('/faq/');
      const items = page.locator('[data-faq-question]');
      await expect(items).toHaveCount(FAQ.length);
      for (const [i, q] of FAQ.entries()) {
        const item = items.nth(i);
        await expect(item.locator('h3')).toBeVisible();
        await expect(item.locator('p').first()).toBeHidden();
        await item.locator('summary').click();
        await expect(item.locator('p').first()).toBeVisible();
        await expect(item.getByRole('link', { name: /./ }).last()).toHaveAttribute('href', q.chapter);
      }
    });

    test('a link to a question, far down the page, shows it with its answer open', async ({ page }) => {
      const last = FAQ.at(-1)!;
      await page.goto(`/faq/#${last.id}`);
      await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
      await expect(page.locator('[data-faq-question]').last().locator('p').first()).toBeVisible();
    });

    test('the glossary folds by letter; a link to a term opens its letter', async ({ page }) => {
      await page.goto('/glossary/');
      const first = GLOSSARY[0]!;
      await expect(page.locator(`dt[id="${first.id}"]`)).toBeHidden();
      await page.goto(`/glossary/#${first.id}`);
      await expect(page.locator(`dt[id="${first.id}"]`)).toBeInViewport();
    });
  });
});

test('the sources page describes every source and every disagreement in the sources README', async ({ page, openPage }) => {
  await openPage('/sources/');
  for (const { id } of SOURCES) await expect(page.locator(`#source-${id}`)).toBeVisible();
  const topics = [...README.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]!);
  expect(topics.length).toBeGreaterThanOrEqual(6);
  const rows = await page.locator('[data-disagreement] th[scope="row"]').allTextContents();
  for (const topic of topics)
    expect(
      rows.map((r) => r.trim().toLowerCase()),
      topic,
    ).toContain(topic.toLowerCase());
});

test.describe('listen to this chapter', () => {
  const control = (page: Page) => page.locator('[data-listen]');

  test('stays hidden without speech synthesis and without JavaScript', async ({ page, browser }) => {
    await page.addInitScript(() => {
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(CHAPTER);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect(control(page)).toBeHidden();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(CHAPTER);
    await expect(control(plain)).toBeHidden();
    await noJs.close();
  });

  test('reads the chapter, pauses, resumes and stops from the keyboard', async ({ page, openPage }) => {
    await page.addInitScript(() => {
      const log = { spoken: [] as string[], langs: [] as string[], calls: [] as string[] };
      (window as unknown as { __speech: typeof log }).__speech = log;
      const synth = {
        speak: (u: { text: string; lang: string }) => (log.spoken.push(u.text), log.langs.push(u.lang)),
        pause: () => log.calls.push('pause'),
        resume: () => log.calls.push('resume'),
        cancel: () => log.calls.push('cancel'),
        getVoices: () => [],
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = '';
        onend: (() => void) | null = null;
        constructor(public text: string) {}
      };
    });
    await openPage(CHAPTER);
    await expect(control(page)).toBeVisible();
    const speech = () =>
      page.evaluate(() => (window as unknown as { __speech: { spoken: string[]; langs: string[]; calls: string[] } }).__speech);
    const toggle = control(page).getByRole('button').first();
    const status = control(page).getByRole('status');

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Reading aloud');
    await expect(toggle).toHaveText('Pause');
    const { spoken, langs } = await speech();
    expect(spoken.length).toBeGreaterThan(5);
    expect(new Set(langs)).toEqual(new Set([await page.locator('html').getAttribute('lang')]));
    const firstHeading = (await page.locator('[data-pagefind-body] h2').first().textContent())!.trim();
    expect(spoken).toContain(firstHeading);
    // Words that only exist inside a diagram's SVG are not read out.
    const svgOnly = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]')!;
      const prose = [...body.querySelectorAll('p,li,h2,h3,td,th,figcaption,summary')].map((e) => e.textContent ?? '').join(' ');
      return [...body.querySelectorAll('svg text')]
        .map((t) => (t.textContent ?? '').trim())
        .filter((t) => t.length > 3 && !prose.includes(t));
    });
    for (const text of svgOnly) expect(spoken.join(' ')).not.toContain(text);

    await page.keyboard.press('Space');
    await expect(status).toHaveText('Paused');
    await expect(toggle).toHaveText('Resume');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Reading aloud');
    expect((await speech()).calls).toEqual(expect.arrayContaining(['pause', 'resume']));

    await page.keyboard.press('Tab');
    await expect(control(page).getByRole('button', { name: 'Stop' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Stopped');
    await expect(toggle).toBeFocused();
    expect((await speech()).calls.at(-1)).toBe('cancel');
  });
});
