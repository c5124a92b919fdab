import type { Page } from '@playwright/test';
import { QUESTIONS, SELF_ASSESSMENT } from './data.ts';
import { expect, test } from './fixtures.ts';
import { PAGE_TYPES, SCREENS, THEMES, useBookFonts } from './visual.ts';
import { turnToMap } from './map-fixtures.ts';

/**
 * Visual checks: the first screen of the book's main page types, at phone and desktop width, light
 * and dark, against committed screenshots (tests/e2e/visual.spec.ts-snapshots/). After an intended
 * change, look at the new pictures and update them:
 *   BUILD_DIR=.build/x PORT=4400 node_modules/.bin/playwright test tests/e2e/visual.spec.ts --workers=1 --update-snapshots
 */

/** Brings a page into the state to compare; the quizzes are shown with a result. */
const STATES: Record<string, { path: string; prepare?: (page: Page) => Promise<void> }> = {
  cover: { path: PAGE_TYPES['cover']! },
  chapter: { path: PAGE_TYPES['chapter']! },
  map: {
    path: PAGE_TYPES['map']!,
    // As a reader sees it once they have turned to it: Leaflet's map (masked below) and the list.
    prepare: async (page) => {
      await turnToMap(page);
      await expect(page.locator('.amb-leaflet[data-drawn]')).toBeAttached({ timeout: 30_000 });
      await page.mouse.move(0, 0);
      // Hydrating scrolls the island into view; the picture is of the page as a reader opens it.
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  'knowledge quiz result': { path: `${PAGE_TYPES['knowledge quiz']}#take-the-quiz`, prepare: finishKnowledgeQuiz },
  'self-assessment result': { path: PAGE_TYPES['self-assessment']!, prepare: finishSelfAssessment },
  toolkit: { path: PAGE_TYPES['toolkit']! },
  'deck viewer': { path: PAGE_TYPES['deck viewer']! },
  faq: { path: PAGE_TYPES['faq']! },
};

async function finishKnowledgeQuiz(page: Page): Promise<void> {
  await expect(page.locator('.knowledge-quiz.is-enhanced')).toBeVisible();
  await page.getByLabel('All questions on one page').check();
  await page.getByLabel('At the end').check();
  for (const q of QUESTIONS) {
    for (const o of q.options.filter((o) => o.correct)) await page.locator(`[data-question="${q.id}"] input[value="${o.id}"]`).check();
  }
  await page.getByRole('button', { name: 'Finish and see my score' }).click();
  await page.locator('#kq-result-heading').scrollIntoViewIfNeeded();
}

async function finishSelfAssessment(page: Page): Promise<void> {
  await expect(page.locator('.sa.sa-enhanced')).toBeVisible();
  const last = SELF_ASSESSMENT.scale.length - 1;
  for (const s of SELF_ASSESSMENT.statements) await page.locator(`#sa-${s.id}-${s.weights.trainer === 2 ? last : 0}`).check();
  await page.getByRole('button', { name: 'Show my profile' }).click();
  await page.locator('#sa-result-heading').scrollIntoViewIfNeeded();
}

for (const [screen, viewport] of Object.entries(SCREENS)) {
  for (const theme of THEMES) {
    test.describe(`${screen}, ${theme}`, () => {
      test.use({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
      for (const [name, { path, prepare }] of Object.entries(STATES)) {
        test(`${name} looks as designed`, async ({ page, openPage }) => {
          await openPage(path);
          await useBookFonts(page);
          if (prepare) await prepare(page);
          await expect(page).toHaveScreenshot(`${name.replace(/\W+/g, '-')}-${screen}-${theme}.png`, {
            // The map itself (shapes, clusters, their positions) settles in idle time and differs run to run:
            // it is masked, and the page around it is compared.
            mask: [page.locator('.leaflet-container')],
            maxDiffPixelRatio: 0.01,
            timeout: 15_000, // two stable frames in a row can take a while on a busy machine
          });
        });
      }
    });
  }
}
