import { builtPages, readPage, watchCspViolations, watchExternalRequests } from './helpers.ts';
import { CHAPTER_SLUGS, COUNTRIES, DECKS, SAMPLE_COUNTRY_PAGES, SAMPLE_DECKS } from './data.ts';
import { expect, test, type Page } from './fixtures.ts';

/**
 * Every built page, found by walking dist (not a hand list). From the HTML on
 * disk, every page has one h1, a language, the landmarks and unique ids. In the browser,
 * every page but the country pages and the decks' viewers and handouts (one
 * template each: a sample stands for them, see SAMPLE_COUNTRY_PAGES and
 * SAMPLE_DECKS) loads with its islands hydrated, stays on this
 * site, breaks no Content-Security-Policy rule, and axe finds no WCAG 2.2 AA
 * violation with every disclosure open. Each chapter is also real guidance.
 */
const ALL_PAGES = builtPages();
const COUNTRY_PAGE = /^\/map\/[a-z]{2}\/$/;
const CHAPTER_PAGE = /^\/book\/[^/]+\/$/;
const DECK_PAGE = /^\/toolkit\/([^/]+)\/(handout\/)?$/;
const SAMPLE_DECK_IDS = SAMPLE_DECKS.map((d) => d.id);
const visited = ALL_PAGES.filter(
  (p) =>
    (!COUNTRY_PAGE.test(p) || SAMPLE_COUNTRY_PAGES.includes(p)) && (!DECK_PAGE.test(p) || SAMPLE_DECK_IDS.includes(DECK_PAGE.exec(p)![1]!)),
);
/** Pages whose axe check runs in their own spec, in a fuller state than on load (one axe run per page state). */
const AXE_ELSEWHERE: Record<string, string> = {
  '/map/': 'map.spec.ts, once the markers are drawn, and again with a popup open',
};
/**
 * The whole book on one page: its chapter bodies are the chapters' own, each checked by axe on its
 * chapter page, so axe checks what this page adds (contents, chapter titles and leads, page structure).
 */
const WHOLE_BOOK = { path: '/print/', exclude: ['.print-chapter-body'] };

test('the build has the pages a reader expects: cover, contents, 404, every chapter, country and deck', () => {
  for (const path of ['/', '/contents/', '/404.html']) expect(ALL_PAGES).toContain(path);
  expect(ALL_PAGES.filter((p) => CHAPTER_PAGE.test(p))).toEqual(CHAPTER_SLUGS.map((slug) => `/book/${slug}/`));
  expect(ALL_PAGES.filter((p) => COUNTRY_PAGE.test(p)).sort()).toEqual(COUNTRIES.map((c) => `/map/${c.code.toLowerCase()}/`).sort());
  for (const { id } of DECKS) expect(ALL_PAGES).toEqual(expect.arrayContaining([`/toolkit/${id}/`, `/toolkit/${id}/handout/`]));
  for (const path of SAMPLE_COUNTRY_PAGES) expect(visited).toContain(path);
  expect(SAMPLE_DECKS.length).toBeGreaterThan(0);
});

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const duplicateIds = (html: string) => {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
};

test('every built page has one h1, a language, the landmarks, a skip link and unique ids (from the HTML on disk)', () => {
  const problems: string[] = [];
  for (const path of ALL_PAGES) {
    const html = readPage(path).replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
    const checks: [string, boolean][] = [
      ['one h1', count(html, /<h1[\s>]/g) === 1],
      ['<html lang>', /<html\b[^>]*\slang="[a-z]{2}/.test(html)],
      ['one <main id="main">', count(html, /<main[\s>]/g) === 1 && /<main\b[^>]*\sid="main"/.test(html)],
      ['one header.site-header', count(html, /<header\b[^>]*\sclass="[^"]*\bsite-header\b/g) === 1],
      ['a skip link to #main', /<a\b(?=[^>]*\sclass="[^"]*\bskip-link\b)(?=[^>]*\shref="#main")/.test(html)],
      ['unique ids', duplicateIds(html).length === 0],
    ];
    for (const [what, ok] of checks) if (!ok) problems.push(`${path}: ${what}`);
  }
  expect(ALL_PAGES.length).toBeGreaterThan(CHAPTER_SLUGS.length + COUNTRIES.length);
  expect(problems).toEqual([]);
});

/** A chapter is real guidance, not a stub: 400+ words of its own text (widgets and figures not counted) and a labelled figure. */
async function expectGuidance(page: Page) {
  const words = await page.locator('[data-pagefind-body]').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-pagefind-ignore], figure, script, style').forEach((el) => el.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  });
  expect(words, 'words of guidance').toBeGreaterThanOrEqual(400);
  const figures = page.locator('[data-pagefind-body] figure');
  expect(await figures.count(), 'figures').toBeGreaterThanOrEqual(1);
  await expect(figures.first().locator('figcaption')).not.toBeEmpty();
  const names = await page.locator('[data-pagefind-body] figure svg[role="img"]').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      return (svg.getAttribute('aria-label') ?? ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).trim();
    }),
  );
  expect(names.length, 'labelled diagrams').toBeGreaterThanOrEqual(1);
  for (const name of names) expect(name.length, 'a diagram without an accessible name').toBeGreaterThan(3);
}

for (const path of visited) {
  const chapter = CHAPTER_PAGE.test(path);
  const title = `page ${path}: local only, CSP clean, landmarks${AXE_ELSEWHERE[path] ? '' : ', axe'}${chapter ? ', 400+ words and a labelled figure' : ''}`;
  test(title, async ({ page, openPage, axe }) => {
    const external = watchExternalRequests(page);
    const csp = watchCspViolations(page);
    const response = await openPage(path);
    expect(response?.ok() || path === '/404.html').toBeTruthy();
    // Scripts may add to the page: the rendered page keeps one h1 and the landmarks.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    if (!AXE_ELSEWHERE[path]) {
      const wholeBook = path === WHOLE_BOOK.path;
      // On the whole book, the chapters' own disclosures are left as they are: each is checked open on its chapter page.
      if (!wholeBook) await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await axe(wholeBook ? { exclude: WHOLE_BOOK.exclude } : {});
    }
    if (chapter) await expectGuidance(page);
    expect(external, 'requests to other hosts').toEqual([]);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  });
}
