import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import * as schemas from '../../src/lib/content-schemas.ts';
import { chapterSchema, faqSchema, glossarySchema } from '../../src/lib/content-schemas.ts';
import { fakeContext } from './loader-context.ts';

/**
 * The content collections' schemas, checked with zod directly. When an entry
 * fails, Astro stops the build with the entry's file (from its loader) and
 * one line `**<field>**: <message>` per issue, the field being the issue's
 * path: these tests check that path and message.
 */
const astroLines = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `**${i.path.join('.')}**: ${i.message}`);
};

const GOOD_CHAPTER = parse(`title: A test chapter
description: A chapter written only to test the content schema.
part: discover
order: 99
audience: [teacher]
sources: [overview]
reviewed: 2026-11-22`) as Record<string, unknown>;

describe('chapter frontmatter', () => {
  it('accepts a well-formed chapter, dating it and making it narrow by default', () => {
    const chapter = chapterSchema.parse(GOOD_CHAPTER);
    expect(chapter.reviewed).toEqual(new Date('2026-11-22'));
    expect(chapter.wide).toBe(false);
  });

  it('names a missing title', () => {
    const { title: _, ...untitled } = GOOD_CHAPTER;
    expect(astroLines(chapterSchema, untitled)).toEqual([expect.stringMatching(/^\*\*title\*\*: /)]);
  });

  it('names a field whose value is of the wrong kind', () => {
    expect(astroLines(chapterSchema, { ...GOOD_CHAPTER, part: 'chapter-one' })).toEqual([
      expect.stringMatching(/^\*\*part\*\*: .*"discover"/),
    ]);
    expect(astroLines(chapterSchema, { ...GOOD_CHAPTER, audience: ['pupils'] })).toEqual([expect.stringMatching(/^\*\*audience\.0\*\*: /)]);
    expect(astroLines(chapterSchema, { ...GOOD_CHAPTER, description: 'Too short.' })).toEqual([
      expect.stringMatching(/^\*\*description\*\*: .*20/),
    ]);
  });

  it('refuses a review date that is not a real day, where Date would roll it over', () => {
    for (const reviewed of ['2026-13-45', '2026-02-30', '2026-2-3', 'soon'])
      expect(astroLines(chapterSchema, { ...GOOD_CHAPTER, reviewed }), reviewed).toEqual([expect.stringMatching(/^\*\*reviewed\*\*: /)]);
    expect(chapterSchema.parse({ ...GOOD_CHAPTER, reviewed: '2028-02-29' }).reviewed).toEqual(new Date('2028-02-29'));
  });

  it('refuses a key it does not know (MDX would read `layout` as a layout component)', () => {
    expect(astroLines(chapterSchema, { ...GOOD_CHAPTER, layout: 'wide' })).toEqual([expect.stringMatching(/^\*\*\*\*: .*"layout"/)]);
  });
});

describe('FAQ and glossary entries', () => {
  it('names the question whose chapter link is not a chapter address', () => {
    const group = { title: 'About', order: 1, questions: [{ id: 'q', question: 'What is it?', answer: 'It is a book about eTwinning.' }] };
    expect(astroLines(faqSchema, { ...group, questions: [{ ...group.questions[0], chapter: '/faq/' }] })).toEqual([
      '**questions.0.chapter**: must look like /book/<slug>/ or /book/<slug>/#<heading>',
    ]);
  });

  it('refuses a term id that cannot be an anchor', () => {
    const entry = { id: 'Twin Space', term: 'TwinSpace', definition: 'The private space of one project.' };
    expect(astroLines(glossarySchema, entry)).toEqual([expect.stringMatching(/^\*\*id\*\*: /)]);
  });
});

// The config imports Astro's virtual module, and glob() keeps its options to itself: outside a
// build, both only need to hand back what they are given.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));
vi.mock('astro/loaders', () => ({ glob: (options: GlobOptions) => ({ name: 'glob', options }) }));
interface GlobOptions {
  pattern: string;
  base: string;
}
type Wired = { loader: Loader & { options?: GlobOptions }; schema: z.ZodType };

const root = resolve(import.meta.dirname, '../..');
const { collections } = await import('../../src/content.config.ts');
const wired = Object.entries(collections as Record<string, Wired>);

/** Frontmatter of an MDX file, or the whole of a YAML file. */
const dataOf = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return parse(file.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text) as unknown;
};

describe('the collections, as src/content.config.ts wires them to content/', () => {
  it('gives every collection a schema from src/lib/content-schemas.ts', () => {
    const known = new Set<unknown>(Object.values(schemas));
    for (const [name, { schema }] of wired) expect(known.has(schema), name).toBe(true);
  });

  for (const [name, { loader, schema }] of wired) {
    it(`${name}: every entry of its files passes its schema`, async () => {
      if (loader.options) {
        const base = join(root, loader.options.base);
        const files = globSync(loader.options.pattern, { cwd: base });
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) expect(astroLines(schema, dataOf(join(base, file))), file).toEqual([]);
      } else {
        const { context, stored } = fakeContext(root, schema);
        await loader.load(context);
        expect(stored.size).toBeGreaterThan(0);
      }
    });
  }
});
