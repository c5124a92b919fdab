/**
 * The book's data, read straight from content/ with the schemas the build
 * uses, so every count and id a spec expects follows the data instead of a
 * number copied by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { factSchema, faqSchema, glossarySchema, sourceSchema } from '../../src/lib/content-schemas.ts';
import { COUNTRIES } from '../../src/lib/countries.ts';
import { checkKnowledgeFile, selfAssessmentSchema } from '../../src/lib/quiz/schema.ts';
import { deckSchema } from '../../src/lib/toolkit/schema.ts';

const yaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

export { COUNTRIES };

const knowledge = checkKnowledgeFile(yaml('content/quizzes/knowledge.yaml'), 'content/quizzes/knowledge.yaml');
if (knowledge.errors.length) throw new Error(knowledge.errors.join('\n'));
/** The knowledge quiz's questions, in the order the quiz asks them. */
export const QUESTIONS = [...knowledge.questions].sort((a, b) => a.number - b.number);

export const SELF_ASSESSMENT = selfAssessmentSchema.parse(yaml('content/quizzes/self-assessment.yaml'));

export const GLOSSARY = z.array(glossarySchema).parse(yaml('content/glossary/terms.yaml'));

/** Every FAQ question, group by group in the order the page shows the groups. */
export const FAQ = yamlFiles('content/faq')
  .map((f) => faqSchema.parse(yaml(`content/faq/${f}`)))
  .sort((a, b) => a.order - b.order)
  .flatMap((group) => group.questions);

export const FACTS = z.array(factSchema).parse(yaml('content/facts/figures.yaml'));

export const SOURCES = z.array(sourceSchema).parse(yaml('content/sources/sources.yaml'));

/** The toolkit decks in catalogue order (the file name is the deck's id). */
export const DECKS = yamlFiles('content/toolkit')
  .map((f) => ({ id: basename(f, '.yaml'), ...deckSchema.parse(yaml(`content/toolkit/${f}`)) }))
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/** The chapter slugs (the file names in content/chapters). */
export const CHAPTER_SLUGS = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => basename(f, '.mdx'))
  .sort();

/** How many <Figure> a chapter's source holds. */
export const figuresInChapter = (slug: string) => readFileSync(`content/chapters/${slug}.mdx`, 'utf8').match(/^<Figure\b/gm)?.length ?? 0;

export interface Person {
  id: string;
  name: string;
  country: string;
  town: string;
  lat: number;
  lon: number;
}
/** The ambassadors the build puts on the map: the committed sample (the tests do not set AMBASSADORS_FILE). */
export const PEOPLE = (JSON.parse(readFileSync('content/ambassadors/ambassadors.json', 'utf8')) as { ambassadors: Person[] }).ambassadors;
export const peopleIn = (code: string) => PEOPLE.filter((p) => p.country === code);

/**
 * The country pages the browser checks visit (axe, CSP, landmarks). All 44
 * come from one template, so two stand for them, each for a reason the data
 * decides: the longest list (the most people: most markup for axe, most
 * repeated ids) and the first country with a note (the template's only optional block).
 * Every country page's heading, people and links are checked from disk in
 * links.spec.ts.
 */
export const SAMPLE_COUNTRY_PAGES = (() => {
  const longest = [...COUNTRIES].sort((a, b) => peopleIn(b.code).length - peopleIn(a.code).length || a.code.localeCompare(b.code))[0];
  const withNote = COUNTRIES.find((c) => c.note);
  if (!longest || !withNote) throw new Error('no country to sample');
  return [...new Set([longest.code, withNote.code])].map((code) => `/map/${code.toLowerCase()}/`);
})();

/**
 * The decks whose viewer and handout pages the browser checks visit. Every
 * deck's two pages come from the same two templates, so the few decks that
 * between them show every variant the templates have (each slide layout, a
 * slide without bullets, a deck with and without a subtitle) stand for all.
 */
export const SAMPLE_DECKS = (() => {
  const variants = (deck: (typeof DECKS)[number]) =>
    new Set([
      ...deck.slides.map((s) => `layout ${s.layout}`),
      ...(deck.slides.some((s) => s.bullets.length === 0) ? ['slide without bullets'] : []),
      deck.subtitle ? 'subtitle' : 'no subtitle',
    ]);
  const missing = new Set(DECKS.flatMap((d) => [...variants(d)]));
  const chosen: typeof DECKS = [];
  while (missing.size) {
    // Greedy cover: the deck that shows the most variants not yet shown (catalogue order breaks ties).
    const best = DECKS.map((d) => ({ d, n: [...variants(d)].filter((v) => missing.has(v)).length })).sort((a, b) => b.n - a.n)[0]!;
    chosen.push(best.d);
    for (const v of variants(best.d)) missing.delete(v);
  }
  return chosen;
})();
