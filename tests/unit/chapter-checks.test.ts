import { describe, expect, it } from 'vitest';
import { checkChapters, formatProblem, type ChapterSource } from '../../src/lib/chapter-checks.ts';
import { readChapters, siteHasPath } from '../../src/integrations/chapter-checks.ts';

/** A chapter as written in content/chapters/, with its frontmatter fields overridable. */
function chapter(slug: string, body: string, front: Record<string, string> = {}): ChapterSource {
  const fields = {
    title: `Chapter ${slug}`,
    description: 'A chapter written only to test the build-time checks.',
    part: 'discover',
    order: '1',
    audience: '[teacher]',
    sources: '[overview]',
    reviewed: '2026-11-22',
    ...front,
  };
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return { file: `content/chapters/${slug}.mdx`, slug, text: `---\n${yaml}\n---\nimport X from '~/x.astro';\n\n${body}\n` };
}

const ROUTES = new Set(['/map/', '/favicon.svg']);
const problemsOf = (...chapters: ChapterSource[]) => checkChapters(chapters, (p) => ROUTES.has(p)).map(formatProblem);
/** Frontmatter is lines 2–8, the import line 10, and the body starts on line 12. */
const BODY = 12;

const target = chapter('target', '## First steps\n\nText.\n\n### The *second* step\n\n<div id="custom"></div>', { order: '2' });

describe('chapter checks at build time', () => {
  it('pass a chapter whose links all lead somewhere', () => {
    const links = chapter(
      'links',
      '[a](/book/target/) [b](/book/target/#first-steps) [c](/book/target/#the-second-step) [d](#own)\n\n## Own\n\n[map](/map/?country=MT) [e](https://example.org/) [f](mailto:x@example.org)',
    );
    expect(problemsOf(links, target)).toEqual([]);
  });

  it('name the file and line of a link to a missing chapter, heading or file', () => {
    const broken = chapter('broken', 'One.\n[a](/book/nowhere/)\n[b](/book/target/#no-such-heading)\n[c](#missing)\n[d](/files/gone.pdf)');
    expect(problemsOf(broken, target)).toEqual([
      `content/chapters/broken.mdx:${BODY + 1}: link to /book/nowhere/: there is no chapter "nowhere"`,
      `content/chapters/broken.mdx:${BODY + 2}: link to /book/target/#no-such-heading: "target" has no heading #no-such-heading`,
      `content/chapters/broken.mdx:${BODY + 3}: link to #missing: no such heading in this chapter`,
      `content/chapters/broken.mdx:${BODY + 4}: link to /files/gone.pdf: no such page or file in the site`,
    ]);
  });

  it('refuse a second h1, raw script, iframe and event attributes, and http:// links', () => {
    const bad = chapter(
      'bad',
      '# Another title\n<h1>Again</h1>\n<script>alert(1)</script>\n<iframe src="https://example.org/"></iframe>\n<button onclick="x()">x</button>\nSee [old](http://example.org/).',
    );
    const lines = problemsOf(bad).map((p) => p.replace(/: .*/, ''));
    expect(lines).toEqual([0, 1, 2, 3, 4, 5].map((n) => `content/chapters/bad.mdx:${BODY + n}`));
    expect(problemsOf(bad).join('\n')).toMatch(/h1[\s\S]*h1[\s\S]*<script>[\s\S]*<iframe>[\s\S]*on…=[\s\S]*http:\/\//);
  });

  it('leave alone what sits in code, which the page shows as text', () => {
    expect(problemsOf(chapter('code', 'Write `<script>` or `http://x` in text.\n\n```\n# not a heading\n<iframe>\n```'))).toEqual([]);
  });

  it('name both chapters when two share an order in a part', () => {
    const a = chapter('a', 'A.', { order: '3' });
    const b = chapter('b', 'B.', { order: '3' });
    const c = chapter('c', 'C.', { order: '3', part: 'handbook' });
    expect(problemsOf(a, b, c)).toEqual([
      'content/chapters/b.mdx:5: order 3 is already taken in part "discover" by content/chapters/a.mdx',
    ]);
  });

  it('refuse impossible review dates, naming the file and the line', () => {
    expect(problemsOf(chapter('d1', 'x', { reviewed: '2026-13-45' }))).toEqual([
      'content/chapters/d1.mdx:8: reviewed: "2026-13-45" is not a real date (write YYYY-MM-DD)',
    ]);
    expect(problemsOf(chapter('d2', 'x', { reviewed: '2026-02-30' }))).toEqual([
      'content/chapters/d2.mdx:8: reviewed: "2026-02-30" is not a real date (write YYYY-MM-DD)',
    ]);
    expect(problemsOf(chapter('d3', 'x', { reviewed: '2028-02-29' }))).toEqual([]);
  });

  it('report schema errors at the line of the field, where Astro says 0:0', () => {
    expect(problemsOf(chapter('s', 'x', { part: 'chapter-one', description: 'Short.' }))).toEqual([
      expect.stringMatching(/^content\/chapters\/s\.mdx:3: description: .*20/),
      expect.stringMatching(/^content\/chapters\/s\.mdx:4: part: .*"discover"/),
    ]);
  });
});

describe('the book as it stands', () => {
  const root = new URL('../..', import.meta.url).pathname;

  it('passes the checks (every chapter link, heading and date is sound)', () => {
    expect(checkChapters(readChapters(root), (p) => siteHasPath(root, p)).map(formatProblem)).toEqual([]);
  });

  it('knows which site paths the build serves', () => {
    expect(siteHasPath(root, '/map/')).toBe(true);
    expect(siteHasPath(root, '/map/MT/')).toBe(true);
    // A country's further pages ([...page]).
    expect(siteHasPath(root, '/map/tr/2/')).toBe(true);
    expect(siteHasPath(root, '/glossary/')).toBe(true);
    expect(siteHasPath(root, '/favicon.svg')).toBe(true);
    expect(siteHasPath(root, '/no-such-page/')).toBe(false);
  });
});
