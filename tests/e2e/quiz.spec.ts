import type { KnowledgeQuestion } from '../../src/lib/quiz/schema.ts';
import { QUESTIONS } from './data.ts';
import { expect, test as base, type Page } from './fixtures.ts';

/**
 * The knowledge quiz (/book/knowledge-quiz/) against the built site. The
 * right answers and the number of questions are read from the data file, so
 * the test follows the data. (The self-assessment has its own spec:
 * quiz-self.spec.ts; axe on the quiz as it opens: site.spec.ts.)
 */
const N = QUESTIONS.length;
const correct = (q: KnowledgeQuestion) => q.options.filter((o) => o.correct).map((o) => o.id);
const QUIZ_URL = '/book/knowledge-quiz/';
const input = (page: Page, q: KnowledgeQuestion, optionId: string) => page.locator(`[data-question="${q.id}"] input[value="${optionId}"]`);
const savedOptionOrder = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('etw:quiz:knowledge') ?? '{}') as { data?: { optionOrder?: unknown } }).data?.optionOrder,
  );

const test = base.extend<{ openQuiz: () => Promise<void> }>({
  openQuiz: async ({ page, openPage }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(async () => {
      await openPage(`${QUIZ_URL}#take-the-quiz`);
      await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
    });
  },
});

test(`with the keyboard only, one question at a time with feedback, the right answers score ${N} out of ${N}`, async ({
  page,
  openQuiz,
  tabTo,
}) => {
  test.slow(); // some 150 key presses, each followed by a focus check: give a busy machine time.
  await openQuiz();
  const focused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === document.activeElement);
  for (const [i, q] of QUESTIONS.entries()) {
    await expect(page.locator('.quiz-card-heading')).toHaveText(`Question ${i + 1} of ${N}`);
    if (q.kind === 'multiple') {
      // Space ticks each right checkbox.
      for (const id of correct(q)) {
        await tabTo(input(page, q, id));
        await page.keyboard.press('Space');
      }
    } else {
      // Space selects the focused radio; arrows move to (and select) the next one.
      await tabTo(page.locator(`[data-question="${q.id}"] input[type=radio]`).first());
      await page.keyboard.press('Space');
      const target = input(page, q, correct(q)[0]!);
      for (let k = 0; k < q.options.length && !(await focused(target)); k++) await page.keyboard.press('ArrowDown');
      await expect(target).toBeFocused();
    }
    await tabTo(page.locator(`[data-question="${q.id}"] button`));
    await page.keyboard.press('Enter');
    // Focus moves to the feedback, which the live region also announces.
    await expect(page.locator(`[data-question="${q.id}"] .quiz-feedback`)).toBeFocused();
    await expect(page.locator('.quiz-feedback .quiz-verdict')).toHaveText(/^Right\./);
    await expect(page.getByTestId('kq-status')).toHaveText('Right.');
    await tabTo(page.locator('.quiz-nav .button.primary'));
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#kq-result-heading')).toBeFocused();
  await expect(page.getByTestId('kq-score')).toHaveText(String(N));
  await expect(page.getByTestId('kq-best')).toHaveText(String(N));
  await expect(page.getByTestId('kq-status')).toHaveText(`Quiz finished. You scored ${N} out of ${N}.`);
  await expect(page.locator('.quiz-review > li.is-right')).toHaveCount(N);
});

test('all on one page with feedback at the end: a partial answer is reviewed with its explanation, and axe finds nothing', async ({
  page,
  openQuiz,
  axe,
}) => {
  test.slow(); // every card re-renders on every tick
  await openQuiz();
  await page.getByLabel('All questions on one page').check();
  await page.getByLabel('At the end').check();
  await expect(page.locator('.quiz-card')).toHaveCount(N);
  await expect(page.getByRole('button', { name: /Check answer/ })).toHaveCount(0);
  // Every question right except one several-correct question with only one of its ticks.
  const multi = QUESTIONS.find((q) => q.kind === 'multiple')!;
  for (const q of QUESTIONS) {
    const ids = q === multi ? correct(q).slice(0, 1) : correct(q);
    for (const id of ids) await input(page, q, id).check();
  }
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText(String(N - 1));
  const review = page.locator('.quiz-review > li.is-wrong');
  await expect(review).toHaveCount(1);
  await expect(review).toContainText('Correct answer:');
  await expect(review.getByRole('link', { name: /^Read more:/ })).toHaveAttribute('href', multi.link);
  // The result, with its review of right and wrong answers.
  await axe({ include: ['.knowledge-quiz'] });
});

test('reload restores progress; a retake shuffles options and keeps the best score', async ({ page, openQuiz, axe }) => {
  await openQuiz();
  const [q1, q2] = QUESTIONS as [KnowledgeQuestion, KnowledgeQuestion];
  for (const id of correct(q1)) await input(page, q1, id).check();
  await page.getByRole('button', { name: /Check answer/ }).click();
  // One question at a time, with its feedback shown.
  await axe({ include: ['.knowledge-quiz'] });
  await page.getByRole('button', { name: 'Next question' }).click();
  await input(page, q2, correct(q2)[0]!).check();
  await page.getByLabel('At the end').check();

  await page.reload();
  await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
  await expect(page.locator('.quiz-card-heading')).toHaveText(`Question 2 of ${N}`);
  await expect(input(page, q2, correct(q2)[0]!)).toBeChecked();
  await expect(page.getByLabel('At the end')).toBeChecked();
  await page.getByRole('button', { name: 'Previous question' }).click();
  for (const id of correct(q1)) await expect(input(page, q1, id)).toBeChecked();
  // Feedback is now "at the end", so the checked answer no longer shows its explanation yet.
  await expect(page.locator(`[data-question="${q1.id}"] .quiz-feedback`)).toHaveCount(0);

  // Finish (2 right), then retake: the best score stays, the answers go, option orders change.
  await page.getByLabel('All questions on one page').check();
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText('2');
  const orderBefore = await savedOptionOrder(page);
  expect(orderBefore).toBeTruthy();
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.locator(`#kq-h-${q1.id}`)).toBeFocused();
  await expect(
    page.locator('.knowledge-quiz input[type=checkbox]:checked, .knowledge-quiz .quiz-card input[type=radio]:checked'),
  ).toHaveCount(0);
  // The new order is saved just after the retake renders: poll rather than read once.
  await expect.poll(() => savedOptionOrder(page)).not.toEqual(orderBefore);
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await expect(page.getByTestId('kq-score')).toHaveText('0');
  await expect(page.getByTestId('kq-best')).toHaveText('2');
});

test('corrupt saved state is ignored and the quiz starts afresh', async ({ page, openQuiz }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('etw:quiz:knowledge', '{"v":1,"data":{"mode":"sideways"'));
  await openQuiz();
  await expect(page.locator('.quiz-card-heading')).toHaveText(`Question 1 of ${N}`);
  expect(errors).toEqual([]);
});

test('the certificate shows the name, date and score, and prints alone', async ({ page, openQuiz }) => {
  await openQuiz();
  await page.getByLabel('All questions on one page').check();
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  const print = page.getByRole('button', { name: 'Print certificate' });
  await expect(print).toBeDisabled();
  await page.getByLabel('Name on the certificate').fill('Alex Example');
  const certificate = page.getByTestId('kq-certificate');
  await expect(certificate).toContainText('Alex Example');
  await expect(certificate).toContainText(`0 out of ${N}`);
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

test("taking over from the server form keeps the reader's answer and keyboard focus", async ({ page, tabTo }) => {
  // Hold the island's code back until the reader is inside the server form, as on a slow connection.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/KnowledgeQuiz*.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(QUIZ_URL);
  const q = QUESTIONS[0]!;
  const option = correct(q)[0]!;
  const staticInput = page.locator(`form.quiz-static input[name="static-${q.id}"][value="${option}"]`);
  await tabTo(staticInput);
  await page.keyboard.press('Space');
  await expect(staticInput).toBeChecked();
  release();
  await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
  // The same control in the interactive quiz has the focus (a screen reader stays put) and the answer.
  await expect(input(page, q, option)).toBeFocused();
  await expect(input(page, q, option)).toBeChecked();
  await expect(page.locator('.quiz-card-heading')).toHaveText(`Question 1 of ${N}`);
});

test.describe('saved state that does not add up', () => {
  const seed = (page: Page, data: Record<string, unknown>) =>
    page.addInitScript((value) => localStorage.setItem('etw:quiz:knowledge', value), JSON.stringify({ v: 1, data }));
  const base = {
    mode: 'one',
    feedback: 'each',
    answers: {},
    checked: [],
    optionOrder: {},
    current: 0,
    finished: false,
    best: null,
    name: '',
  };

  test('a question marked as checked without an answer can still be answered', async ({ page, openQuiz }) => {
    const q = QUESTIONS[0]!;
    await seed(page, { ...base, checked: [q.id] });
    await openQuiz();
    await expect(page.locator(`[data-question="${q.id}"] fieldset`)).toBeEnabled();
    await expect(page.locator('.quiz-feedback')).toHaveCount(0);
    await input(page, q, correct(q)[0]!).check();
    await expect(page.getByRole('button', { name: /Check answer/ })).toBeEnabled();
  });

  test('"finished" with no answers opens the quiz, not a score of 0', async ({ page, openQuiz }) => {
    await seed(page, { ...base, finished: true });
    await openQuiz();
    await expect(page.locator('.quiz-card-heading')).toHaveText(`Question 1 of ${N}`);
    await expect(page.getByTestId('kq-score')).toHaveCount(0);
  });

  test('a stored certificate name longer than the field is cut to the field', async ({ page, openQuiz }) => {
    const q = QUESTIONS[0]!;
    await seed(page, { ...base, finished: true, answers: { [q.id]: correct(q) }, name: 'Alex Example '.repeat(20) });
    await openQuiz();
    const field = page.getByLabel('Name on the certificate');
    const max = Number(await field.getAttribute('maxlength'));
    expect((await field.inputValue()).length).toBe(max);
    expect((await page.locator('.quiz-certificate-name').innerText()).length).toBeLessThanOrEqual(max);
  });

  test('when the browser cannot store progress, the quiz says so once and goes on', async ({ page, openQuiz }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openQuiz();
    const [q1, q2] = QUESTIONS as [KnowledgeQuestion, KnowledgeQuestion];
    await input(page, q1, correct(q1)[0]!).check();
    await page.getByRole('button', { name: 'Next question' }).click();
    await input(page, q2, correct(q2)[0]!).check();
    const note = page.locator('.quiz-save-note');
    await expect(note).toHaveAttribute('role', 'status');
    await expect(note.locator('p')).toHaveCount(1);
    await expect(note).toContainText('not letting the page keep your progress');
    await expect(input(page, q2, correct(q2)[0]!)).toBeChecked();
  });
});

test('works on a phone-sized screen', async ({ page, openQuiz, axe }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openQuiz();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await axe();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is a real form control and every answer is in a disclosure', async ({ page }) => {
    await page.goto(QUIZ_URL);
    await expect(page.locator('form.quiz-static fieldset')).toHaveCount(N);
    await expect(page.locator('form.quiz-static legend').first()).toContainText(`Question 1 of ${N}`);
    // No list number beside the box, and each question sits inside its box, under the top border.
    await expect(page.locator('form.quiz-static li')).toHaveCount(0);
    const gaps = await page
      .locator('form.quiz-static fieldset')
      .evaluateAll((all) => all.map((f) => f.querySelector('legend')!.getBoundingClientRect().top - f.getBoundingClientRect().top));
    for (const gap of gaps) expect(gap).toBeGreaterThan(1);
    const first = QUESTIONS[0]!;
    await expect(page.locator(`input[name="static-${first.id}"]`)).toHaveCount(first.options.length);
    const answer = page.locator('details.quiz-answer').first();
    await expect(answer.locator('p').first()).toBeHidden();
    await answer.locator('summary').click();
    await expect(answer).toContainText('Answer:');
    await expect(answer.getByRole('link', { name: /^Read more:/ })).toBeVisible();
  });
});

test('axe finds nothing on the form shown before (or without) the island', async ({ page, axe }) => {
  // Keep the island's code from loading: the server-rendered form stays, as for a reader without JavaScript.
  await page.route('**/_astro/KnowledgeQuiz*.js', (route) => route.abort());
  await page.goto(`${QUIZ_URL}#take-the-quiz`);
  await expect(page.locator('form.quiz-static fieldset')).toHaveCount(N);
  await page.locator('details.quiz-answer').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // The rest of the page is the chapter site.spec.ts checks.
  await axe({ include: ['#knowledge-quiz'] });
});
