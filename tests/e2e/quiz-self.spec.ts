import { readRanking, scoreSelfAssessment, type SelfAnswers } from '../../src/lib/quiz/scoring.ts';
import { encodeSelfAnswers } from '../../src/lib/quiz/share.ts';
import { SELF_ASSESSMENT as data } from './data.ts';
import { expect, hydrateIslands, test as base, type Page } from './fixtures.ts';

/** The self-assessment (/book/self-assessment-quiz/); axe on the page as it opens: site.spec.ts. */
const PAGE = '/book/self-assessment-quiz/';
const last = data.scale.length - 1;

/** A reader who is clearly a trainer: "very like me" for every statement that weighs the Trainer most, "not like me" elsewhere. */
const trainerAnswers = Object.fromEntries(data.statements.map((s) => [s.id, s.weights.trainer === 2 ? last : 0]));
const expected = scoreSelfAssessment(data, trainerAnswers);
const expectedName = data.profiles.find((p) => p.id === expected.main)!.name;

const ids = data.statements.map((s) => s.id);
const nameOf = (id: string) => data.profiles.find((p) => p.id === id)!.name;
const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * What the reader sees in a running total without JavaScript. The number is CSS generated content
 * (a counter), which the DOM does not hold: read it from Chromium's accessibility tree, as a screen reader does.
 */
async function tallyShown(page: Page, profileId: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-testid="sa-tally-${profileId}"]` });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: true });
  await cdp.detach();
  return nodes.find((n) => n.role?.value === 'StaticText')?.name?.value as string | undefined;
}

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
  // The reveal: the profile's drawing with its text alternative, its portrait and its next steps.
  const profile = data.profiles.find((p) => p.id === expected.main)!;
  await expect(page.locator('.sa-result').getByRole('img', { name: profile.illustration })).toBeVisible();
  await expect(page.locator('.sa-result')).toContainText(profile.portrait);
  await expect(page.locator('.sa-result .sa-steps li')).toHaveText(profile.nextSteps);
  await expect(page.locator('.sa-live')).toContainText(expectedName);
  // The chart: an image with every profile's value in its description and in the text version.
  const chart = page.getByRole('img', { name: /How strongly your answers point/ });
  await expect(chart).toBeVisible();
  for (const s of expected.ranked) await expect(page.locator('.sa-chart ol')).toContainText(`${s.name}: ${s.percent}%`);
  // Links to chapters and toolkit decks that suit the profile.
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
  await hydrateIslands(other); // a fresh browser downloads everything again: wait for the island, not a fixed time
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

test('a tie is named as a tie, and each tied profile is revealed', async ({ page, openEnhanced }) => {
  // "Very like me" for the statements that weigh the Trainer and the Promoter most, "not like me" elsewhere.
  const answers: SelfAnswers = Object.fromEntries(
    data.statements.map((s) => [s.id, s.weights.trainer === 2 || s.weights.promoter === 2 ? data.scale.length - 1 : 0]),
  );
  const { leaders } = readRanking(scoreSelfAssessment(data, answers).ranked);
  expect(leaders.map((s) => s.id).sort()).toEqual(['promoter', 'trainer']); // the data really gives a tie
  const names = list(data.profiles.filter((p) => leaders.some((s) => s.id === p.id)).map((p) => p.name));
  await openEnhanced(`${PAGE}?answers=${encodeSelfAnswers(ids, answers)}#quiz-result`);
  await expect(page.locator('#sa-result-heading')).toHaveText(`Shared result: a tie between ${names}`);
  await expect(page.locator('.sa-result')).toContainText(`Your answers point equally to ${names} (${leaders[0]!.percent}% each)`);
  await expect(page.locator('.sa-result')).not.toContainText('next strongest');
  for (const s of leaders) {
    const card = page.locator('.sa-result').getByRole('article', { name: nameOf(s.id) });
    await expect(card.getByRole('img', { name: data.profiles.find((p) => p.id === s.id)!.illustration })).toBeVisible();
  }
  await expect(page.locator('.sa-result .sa-profile')).toHaveCount(leaders.length);
});

test('when the browser cannot store the answers, it says so once, politely', async ({ page, openEnhanced }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openEnhanced();
  await expect(page.locator('.sa-save-note')).toBeEmpty();
  for (const s of data.statements.slice(0, 3)) await page.locator(`label:has(#sa-${s.id}-3)`).click();
  await expect(page.locator('.sa-save-note p')).toHaveCount(1);
  await expect(page.locator('.sa-save-note')).toHaveAttribute('role', 'status');
  await expect(page.locator('.sa-save-note')).toContainText('not letting the page keep your answers');
  await expect(page.locator(`#sa-${data.statements[2]!.id}-3`)).toBeChecked(); // the quiz still works
});

for (const [width, height, layout] of [
  [390, 844, 'a vertical list'],
  [1280, 800, 'one row'],
] as const) {
  test(`at ${width} px the scale is ${layout}, and choosing an answer never moves a choice`, async ({ page, openEnhanced }) => {
    await page.setViewportSize({ width, height });
    await openEnhanced();
    const first = data.statements[0]!;
    const choices = page.locator(`#sa-${first.id}-group label.sa-choice`);
    // Positions inside the statement's box (a click may scroll the page).
    const boxes = async () =>
      choices.evaluateAll((els) => {
        const frame = els[0]!.closest('fieldset')!.getBoundingClientRect();
        return els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left - frame.left, top: r.top - frame.top, width: r.width, height: r.height, bottom: r.bottom - frame.top };
        });
      });
    const before = await boxes();
    expect(before).toHaveLength(data.scale.length);
    if (layout === 'one row') {
      expect(new Set(before.map((b) => Math.round(b.top))).size).toBe(1);
      expect(new Set(before.map((b) => Math.round(b.width))).size).toBe(1);
    } else {
      expect(new Set(before.map((b) => Math.round(b.left))).size).toBe(1);
      expect(new Set(before.map((b) => Math.round(b.width))).size).toBe(1);
      for (let i = 1; i < before.length; i++) expect(before[i]!.top).toBeGreaterThan(before[i - 1]!.bottom - 1);
    }
    // The legend (the statement) sits inside its box, under the top border.
    const legendTop = await page.locator(`#sa-${first.id}-group > legend`).evaluate((el) => el.getBoundingClientRect().top);
    const boxTop = await page.locator(`#sa-${first.id}-group`).evaluate((el) => el.getBoundingClientRect().top);
    expect(legendTop).toBeGreaterThan(boxTop + 1);
    for (let v = 0; v < data.scale.length; v++) {
      await page.locator(`label:has(#sa-${first.id}-${v})`).click();
      await expect(page.locator(`#sa-${first.id}-${v}`)).toBeChecked();
      expect(await boxes(), `after choosing "${data.scale[v]}"`).toEqual(before);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every statement is a radio group, and the page adds up each profile as the reader answers', async ({ page }) => {
    await page.goto(PAGE);
    const groups = page.locator('fieldset.sa-statement');
    await expect(groups).toHaveCount(data.statements.length);
    await expect(page.locator('fieldset.sa-statement input[type="radio"]')).toHaveCount(data.statements.length * data.scale.length);
    for (const p of data.profiles) expect(await tallyShown(page, p.id), p.id).toBe('0');
    // A varied set of answers, one per statement, chosen by clicking as a reader does.
    const answers: SelfAnswers = Object.fromEntries(data.statements.map((s, i) => [s.id, (i * 3) % data.scale.length]));
    for (const s of data.statements) await page.locator(`label:has(#sa-${s.id}-${answers[s.id]})`).click();
    for (const s of scoreSelfAssessment(data, answers).ranked) {
      expect(await tallyShown(page, s.id), s.id).toBe(String(s.points));
      await expect(page.getByTestId(`sa-tally-${s.id}`).locator('..')).toContainText(`${s.name}: of ${s.max} points`);
    }
    // No arithmetic asked of the reader, and every profile can be read in full.
    await expect(page.locator('.sa')).not.toContainText(/multiply/i);
    await expect(page.locator('details.sa-profile-more')).toHaveCount(data.profiles.length);
    const trainer = page.locator('details.sa-profile-more').first();
    await trainer.locator('summary').click();
    await expect(trainer.getByRole('img', { name: data.profiles[0]!.illustration })).toBeVisible();
  });
});
