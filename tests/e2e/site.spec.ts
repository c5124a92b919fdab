import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watchCspViolations, watchExternalRequests } from './helpers.ts';

/**
 * Every built page, found by walking dist (not a hand list): it loads, stays
 * on this site, breaks no Content-Security-Policy rule, has one h1 and the
 * landmarks, and axe finds no WCAG 2.2 AA violation.
 */
const pages = builtPages();

test('the build has the pages a reader expects', () => {
  for (const path of ['/', '/contents/', '/404.html']) expect(pages).toContain(path);
  expect(pages.filter((p) => p.startsWith('/book/')).length).toBeGreaterThanOrEqual(3);
});

for (const path of pages) {
  test(`page ${path}: local only, CSP clean, one h1, landmarks, axe`, async ({ page }) => {
    const external = watchExternalRequests(page);
    const csp = watchCspViolations(page);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.ok() || path === '/404.html').toBeTruthy();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('header.site-header')).toHaveCount(1);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    await expectNoAxeViolations(page);
    expect(external, 'requests to other hosts').toEqual([]);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  });
}
