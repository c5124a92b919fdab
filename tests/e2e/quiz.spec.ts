import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers.ts';

/**
 * The knowledge quiz (/book/knowledge-quiz/) against the built site. The
 * right answers are read from the data file, so the test follows the data.
 * (The self-assessment has its own spec: quiz-self.spec.ts.)
 */
interface Question {
  id: string;
  kind: 'single' | 'multiple' | 'true-false';
  options: { id: string; correct?: boolean }[];
}
const questions: Question[] = parse(readFileSync(resolve('content/quizzes/knowledge.yaml'), 'utf8'));
const correct = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);
const QUIZ_URL = '/book/knowledge-quiz/';

async function openQuiz(page: Page) {
  // The anchor scrolls the quiz into view, which starts the island (client:visible).
  await page.goto(`${QUIZ_URL}#take-the-quiz`);
  await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
}

const focusedMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector`: the only way a keyboard user gets there. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await focusedMatches(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses the right answer(s) of one question with the keyboard: arrows in a radio group, Space on checkboxes. */
async function answerWithKeyboard(page: Page, q: Question) {
  const inQuestion = `[data-question="${q.id}"]`;
  if (q.kind === 'multiple') {
    for (const id of correct(q)) {
      await tabTo(page, `${inQuestion} input[value="${id}"]`);
      await page.keyboard.press('Space');
    }
    return;
  }
  await tabTo(page, `${inQuestion} input[type=radio]`);
  const target = `${inQuestion} input[value="${correct(q)[0]}"]`;
  // Space selects the focused radio; arrows move to (and select) the next one.
  await page.keyboard.press('Space');
  for (let i = 0; i < q.options.length && !(await focusedMatches(page, target)); i++) await page.keyboard.press('ArrowDown');
  expect(await focusedMatches(page, target)).toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('with the keyboard only, one question at a time with feedback, the right answers score 20 out of 20', async ({ page }) => {
  test.slow(); // some 150 key presses, each followed by a focus check: give a busy machine time.
  expect(questions).toHaveLength(20);
  await openQuiz(page);
  for (const [i, q] of questions.entries()) {
    await expect(page.locator('.quiz-card-heading')).toHaveText(`Question ${i + 1} of 20`);
    await answerWithKeyboard(page, q);
    await tabTo(page, `[data-question="${q.id}"] button`);
    await page.keyboard.press('Enter');
    // Focus moves to the feedback, which the live region also announces.
    await expect(page.locator(`[data-question="${q.id}"] .quiz-feedback`)).toBeFocused();
    await expect(page.locator('.quiz-feedback .quiz-verdict')).toHaveText(/^Right\./);
    await expect(page.getByTestId('kq-status')).toHaveText('Right.');
    await tabTo(page, '.quiz-nav .button.primary');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#kq-result-heading')).toBeFocused();
  await expect(page.getByTestId('kq-score')).toHaveText('20');
  await expect(page.getByTestId('kq-best')).toHaveText('20');
  await expect(page.getByTestId('kq-status')).toHaveText('Quiz finished. You scored 20 out of 20.');
  await expect(page.locator('.quiz-review > li.is-right')).toHaveCount(20);
});

test('all on one page with feedback at the end: wrong and partial answers are reviewed with explanations', async ({ page }) => {
  test.slow(); // 20 cards re-render on every tick
  await openQuiz(page);
  await page.getByLabel('All questions on one page').check();
  await page.getByLabel('At the end').check();
  await expect(page.locator('.quiz-card')).toHaveCount(20);
  await expect(page.getByRole('button', { name: /Check answer/ })).toHaveCount(0);
  // Every question right except one several-correct question with only one of its ticks.
  const multi = questions.find((q) => q.kind === 'multiple')!;
  for (const q of questions) {
    const ids = q === multi ? correct(q).slice(0, 1) : correct(q);
    for (const id of ids) await page.locator(`[data-question="${q.id}"] input[value="${id}"]`).check();
  }
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText('19');
  const review = page.locator('.quiz-review > li.is-wrong');
  await expect(review).toHaveCount(1);
  await expect(review).toContainText('Correct answer:');
  await expect(review.getByRole('link', { name: /^Read more:/ })).toHaveAttribute('href', /^\/book\/[a-z-]+\/#[a-z0-9-]+$/);
});

test('reload restores progress; a retake shuffles options and keeps the best score', async ({ page }) => {
  await openQuiz(page);
  const [q1, q2] = questions as [Question, Question];
  for (const id of correct(q1)) await page.locator(`[data-question="${q1.id}"] input[value="${id}"]`).check();
  await page.getByRole('button', { name: /Check answer/ }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.locator(`[data-question="${q2.id}"] input[value="${correct(q2)[0]}"]`).check();
  await page.getByLabel('At the end').check();

  await page.reload();
  await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
  await expect(page.locator('.quiz-card-heading')).toHaveText('Question 2 of 20');
  await expect(page.locator(`[data-question="${q2.id}"] input[value="${correct(q2)[0]}"]`)).toBeChecked();
  await expect(page.getByLabel('At the end')).toBeChecked();
  await page.getByRole('button', { name: 'Previous question' }).click();
  for (const id of correct(q1)) await expect(page.locator(`[data-question="${q1.id}"] input[value="${id}"]`)).toBeChecked();
  // Feedback is now "at the end", so the checked answer no longer shows its explanation yet.
  await expect(page.locator(`[data-question="${q1.id}"] .quiz-feedback`)).toHaveCount(0);

  // Finish (2 right), then retake: the best score stays, the answers go, option orders change.
  await page.getByLabel('All questions on one page').check();
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText('2');
  const orderBefore = await page.evaluate(() => JSON.parse(localStorage.getItem('etw:quiz:knowledge')!).data.optionOrder);
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.locator(`#kq-h-${q1.id}`)).toBeFocused();
  await expect(
    page.locator('.knowledge-quiz input[type=checkbox]:checked, .knowledge-quiz .quiz-card input[type=radio]:checked'),
  ).toHaveCount(0);
  const orderAfter = await page.evaluate(() => JSON.parse(localStorage.getItem('etw:quiz:knowledge')!).data.optionOrder);
  expect(orderAfter).not.toEqual(orderBefore);
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText('0');
  await expect(page.getByTestId('kq-best')).toHaveText('2');
});

test('corrupt saved state is ignored and the quiz starts afresh', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('etw:quiz:knowledge', '{"v":1,"data":{"mode":"sideways"'));
  await openQuiz(page);
  await expect(page.locator('.quiz-card-heading')).toHaveText('Question 1 of 20');
});

test('the certificate shows the name, date and score, and prints alone', async ({ page }) => {
  await openQuiz(page);
  await page.getByLabel('All questions on one page').check();
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  const print = page.getByRole('button', { name: 'Print certificate' });
  await expect(print).toBeDisabled();
  await page.getByLabel('Name on the certificate').fill('Alex Example');
  const certificate = page.getByTestId('kq-certificate');
  await expect(certificate).toContainText('Alex Example');
  await expect(certificate).toContainText('0 out of 20');
  await expect(certificate).toContainText(String(new Date().getFullYear()));
  await expect(print).toBeEnabled();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await print.click();
  await page.emulateMedia({ media: 'print' });
  await expect(certificate).toBeVisible();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.quiz-review')).toBeHidden();
});

test('axe finds nothing on the quiz, during it and on the result', async ({ page }) => {
  test.slow(); // three full axe runs on a long page
  await openQuiz(page);
  await expectNoAxeViolations(page);
  await page.locator(`[data-question="${questions[0]!.id}"] input`).first().check();
  await page.getByRole('button', { name: /Check answer/ }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('All questions on one page').check();
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expectNoAxeViolations(page);
});

test('works on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openQuiz(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is a real form control and every answer is in a disclosure', async ({ page }) => {
    await page.goto(QUIZ_URL);
    await expect(page.locator('form.quiz-static fieldset')).toHaveCount(20);
    await expect(page.locator('form.quiz-static legend').first()).toContainText('Question 1 of 20');
    const first = questions[0]!;
    await expect(page.locator(`input[name="static-${first.id}"]`)).toHaveCount(first.options.length);
    const answer = page.locator('details.quiz-answer').first();
    await expect(answer.locator('p').first()).toBeHidden();
    await answer.locator('summary').click();
    await expect(answer).toContainText('Answer:');
    await expect(answer.getByRole('link', { name: /^Read more:/ })).toBeVisible();
  });
});

test('axe finds nothing on the form shown before (or without) the island', async ({ page }) => {
  // Keep the island's code from loading: the server-rendered form stays, as for a reader without JavaScript.
  await page.route('**/_astro/KnowledgeQuiz*.js', (route) => route.abort());
  await page.goto(`${QUIZ_URL}#take-the-quiz`);
  await expect(page.locator('form.quiz-static fieldset')).toHaveCount(20);
  await page.locator('details.quiz-answer summary').first().click();
  await expectNoAxeViolations(page);
});
