import { scoreSelfAssessment } from '../../src/lib/quiz/scoring.ts';
import { SELF_ASSESSMENT as data } from './data.ts';
import { expect, test as base } from './fixtures.ts';

/** The self-assessment (/book/self-assessment-quiz/); axe on the page as it opens: site.spec.ts. */
const PAGE = '/book/self-assessment-quiz/';
const last = data.scale.length - 1;

/** A reader who is clearly a trainer: "very like me" for every statement that weighs the Trainer most, "not like me" elsewhere. */
const trainerAnswers = Object.fromEntries(data.statements.map((s) => [s.id, s.weights.trainer === 2 ? last : 0]));
const expected = scoreSelfAssessment(data, trainerAnswers);
const expectedName = data.profiles.find((p) => p.id === expected.main)!.name;

const test = base.extend<{ openEnhanced: (url?: string) => Promise<void> }>({
  openEnhanced: async ({ page, openPage }, use) => {
    await use(async (url = PAGE) => {
      await openPage(url);
      await expect(page.locator('.sa.sa-enhanced')).toBeVisible();
    });
  },
});

test('keyboard only: answering as a trainer gives the profile the answers imply; its link shows it in a fresh browser', async ({
  page,
  browser,
  tabTo,
  axe,
}) => {
  test.setTimeout(150_000); // about 90 key presses, then a second browser; slow on a busy 2-core machine
  expect(expected.main).toBe('trainer'); // the data really implies it
  // Not openPage: Tab from the top of the page brings the form into view, and the island must keep that focus as it hydrates.
  await page.goto(PAGE);
  const firstRadio = page.locator(`#sa-${data.statements[0]!.id}-0`);
  await tabTo(firstRadio);
  await expect(page.locator('.sa.sa-enhanced')).toBeVisible();
  await expect(firstRadio).toBeFocused();

  for (const [i, s] of data.statements.entries()) {
    await expect(page.locator(`#sa-${s.id}-0`)).toBeFocused();
    const value = trainerAnswers[s.id]!;
    if (value === 0) await page.keyboard.press('Space');
    for (let k = 0; k < value; k++) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#sa-${s.id}-${value}`)).toBeChecked();
    await expect(page.locator('.sa-progress label')).toHaveText(`${i + 1} of ${data.statements.length} statements answered`);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Show my profile' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.locator('#sa-result-heading');
  await expect(heading).toHaveText(`Your main profile: ${expectedName}`);
  await expect(heading).toBeFocused();
  await expect(page.locator('.sa-live')).toContainText(expectedName);
  // The chart: an image with every profile's value in its description and in the text version.
  const chart = page.getByRole('img', { name: /How strongly your answers point/ });
  await expect(chart).toBeVisible();
  for (const s of expected.ranked) await expect(page.locator('.sa-chart ol')).toContainText(`${s.name}: ${s.percent}%`);
  // Links to chapters and toolkit decks that suit the profile.
  const profile = data.profiles.find((p) => p.id === expected.main)!;
  for (const d of profile.decks) await expect(page.locator(`.sa-result a[href="/toolkit/${d}/"]`)).toBeVisible();
  for (const c of profile.chapters) await expect(page.locator(`.sa-result a[href="${c.href}"]`)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('answers')).toMatch(/^1\.\d+$/);
  await axe({ include: ['.sa'] });

  // The link to share restores the result in a fresh browser, whose reader can then take the test themselves.
  const link = await page.locator('#sa-share-url').inputValue();
  expect(link).toContain('answers=1.');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, test.info().project.use.baseURL ?? ''));
  await expect(other.locator('#sa-result-heading')).toHaveText(`Shared result: ${expectedName}`);
  await expect(other.locator('.sa-live')).toContainText(expectedName);
  await axe({ page: other, include: ['.sa'] });
  await other.getByRole('button', { name: 'Take the self-assessment yourself' }).click();
  await expect(other.locator('#sa-result-heading')).toHaveCount(0);
  await expect(other.locator(`#sa-${data.statements[0]!.id}-0`)).toBeFocused();
  expect(new URL(other.url()).search).toBe('');
  await fresh.close();
});

test('reload restores answers in progress', async ({ page, openEnhanced }) => {
  await openEnhanced();
  const picks = data.statements.slice(0, 3).map((s, i) => ({ id: s.id, value: i + 1 }));
  for (const p of picks) await page.locator(`label:has(#sa-${p.id}-${p.value})`).click();
  await page.reload();
  await openEnhanced(page.url());
  for (const p of picks) await expect(page.locator(`#sa-${p.id}-${p.value}`)).toBeChecked();
  await expect(page.locator('.sa-progress label')).toHaveText(`3 of ${data.statements.length} statements answered`);
  await expect(page.locator('#sa-result-heading')).toHaveCount(0);
});

test('submitting with gaps names them and focuses the first unanswered statement', async ({ page, openEnhanced }) => {
  await openEnhanced();
  await page.locator(`label:has(#sa-${data.statements[0]!.id}-2)`).click();
  await page.getByRole('button', { name: 'Show my profile' }).click();
  await expect(page.locator(`#sa-${data.statements[1]!.id}-0`)).toBeFocused();
  await expect(page.locator('.sa-live')).toContainText(`${data.statements.length - 1} statements still need an answer`);
  await expect(page.locator('.sa-error')).toHaveCount(data.statements.length - 1);
});

test('a broken shared link is ignored: the questionnaire shows, no crash', async ({ page, openEnhanced }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openEnhanced(`${PAGE}?answers=9.12#quiz-result`);
  await expect(page.locator('#sa-result-heading')).toHaveCount(0);
  await expect(page.locator('fieldset.sa-statement')).toHaveCount(data.statements.length);
  expect(errors).toEqual([]);
});

test('on a phone, axe finds nothing on the untouched page, and it fits', async ({ page, openEnhanced, axe }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openEnhanced();
  await axe();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every statement is a radio group and says what it counts towards', async ({ page }) => {
    await page.goto(PAGE);
    const groups = page.locator('fieldset.sa-statement');
    await expect(groups).toHaveCount(data.statements.length);
    await expect(page.locator('fieldset.sa-statement input[type="radio"]')).toHaveCount(data.statements.length * data.scale.length);
    const first = groups.first();
    await first.locator('summary').click();
    await expect(first.locator('.sa-weights p')).toContainText('The Trainer (2 points per step)');
    await expect(page.getByText('Scoring by hand')).toBeVisible();
  });
});
