import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../src/lib/book.ts';
import { closeParaphrases, nameWords, proseOf, sharedRuns, textOfHtml } from '../../src/lib/originality.ts';

/**
 * Every page, question and caption is written in our own words: no run of 10
 * consecutive words (case and punctuation ignored) may match the editorial
 * sources in ../shared/sources.
 */
const root = resolve(import.meta.dirname, '../..');
const sourcesDir = resolve(root, '../shared/sources');
const sources = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(sourcesDir, name), 'utf8'));

/** Files under content/<dir> with one of the extensions; a folder that does not exist yet gives none. */
function contentFiles(dir: string, pattern: RegExp): string[] {
  const start = join(root, 'content', dir);
  if (!existsSync(start)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const p = join(d, name);
      return statSync(p).isDirectory() ? walk(p) : pattern.test(name) ? [p] : [];
    });
  return walk(start).sort();
}

const YAML = /\.ya?ml$/;
const checked = {
  chapters: contentFiles('chapters', /\.mdx$/),
  faq: contentFiles('faq', YAML),
  glossary: contentFiles('glossary', YAML),
  toolkit: contentFiles('toolkit', YAML),
  // The quizzes land in another issue: until then the folder may be missing.
  quizzes: contentFiles('quizzes', /\.(ya?ml|json|mdx?)$/),
  sources: contentFiles('sources', YAML),
};

describe('the book is written in its own words', () => {
  it('reads every editorial source', () => {
    expect(sources).toHaveLength(SOURCE_IDS.length);
    expect(sources.every((text) => text.length > 1000)).toBe(true);
  });

  it('has content to check in every folder that must exist', () => {
    expect(checked.chapters.length).toBeGreaterThanOrEqual(3);
    for (const kind of ['faq', 'glossary', 'toolkit'] as const) expect(checked[kind].length, kind).toBeGreaterThan(0);
  });

  for (const [kind, files] of Object.entries(checked)) {
    for (const file of files) {
      it(`${kind}: ${relative(root, file)} shares no 10-word run with the sources`, () => {
        expect(sharedRuns(proseOf(readFileSync(file, 'utf8')), sources)).toEqual([]);
      });
    }
  }
});

describe('the originality check itself', () => {
  // From the programme overview (004): a sentence of fourteen words.
  const original = 'eTwinning provides support, services, ideas, tools and recognition to facilitate co-operation between schools.';

  it('finds the sentence in the sources it was taken from', () => {
    expect(sharedRuns(original, sources).length).toBeGreaterThan(0);
  });

  it('catches a copy whose case and punctuation were changed', () => {
    const disguised =
      'As they say: ETWINNING Provides Support; Services — Ideas, Tools AND Recognition, to facilitate co operation between schools!';
    expect(sharedRuns(disguised, sources)).toContain('provides support services ideas tools and recognition to facilitate co');
  });

  it('catches a copy hidden in MDX markup', () => {
    const mdx =
      '## Money\n\n<Callout kind="note">eTwinning provides <strong>support</strong>, services, ideas, tools and recognition to facilitate co-operation between schools.</Callout>';
    expect(sharedRuns(proseOf(mdx), sources).length).toBeGreaterThan(0);
  });

  it('lets a paraphrase of the same facts through', () => {
    const paraphrase =
      'Instead of money, eTwinning gives schools help, services, ideas, tools and recognition so that they can work together.';
    expect(sharedRuns(paraphrase, sources)).toEqual([]);
  });
});

describe('the check on built pages', () => {
  it('reads the text a reader meets, not scripts or markup', () => {
    const html =
      '<html><head><title>x</title></head><body><script>var copied = "provides support, services, ideas";</script>' +
      '<p>Fish &amp; chips</p><img alt="A map of Europe"><style>p{}</style></body></html>';
    const text = textOfHtml(html);
    expect(text).toContain('Fish & chips');
    expect(text).toContain('A map of Europe');
    expect(text).not.toContain('copied');
  });

  it('finds a copied sentence in a built page', () => {
    const page =
      '<body><p>eTwinning provides support, services, ideas, tools and recognition to facilitate co-operation between schools.</p></body>';
    expect(sharedRuns(textOfHtml(page), sources).length).toBeGreaterThan(0);
  });

  it('leaves out a list of country names that happens to follow the source order', () => {
    const names = nameWords([
      'Austria',
      'Belgium',
      'Bulgaria',
      'Croatia',
      'Cyprus',
      'Czech Republic',
      'Denmark',
      'Estonia',
      'Finland',
      'France',
    ]);
    const list = 'Austria Belgium Bulgaria Croatia Cyprus Czech Republic Denmark Estonia Finland France';
    expect(
      sharedRuns(list, ['Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark, Estonia, Finland, France.']),
    ).not.toEqual([]);
    expect(
      sharedRuns(list, ['Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark, Estonia, Finland, France.'], 10, names),
    ).toEqual([]);
  });

  it('flags a source sentence with a few words swapped, and lets a real rewrite through', () => {
    // From the Spanish FAQ (001): the professional development workshops.
    const swapped =
      'These face-to-face workshops are organised in various European countries and aim to introduce eTwinning projects to teachers and help them find partners abroad.';
    expect(closeParaphrases(swapped, sources)).toHaveLength(1);
    const rewrite = 'Teachers from several countries spend time together, get a first feel for project work and meet future partners.';
    expect(closeParaphrases(rewrite, sources)).toEqual([]);
  });
});
