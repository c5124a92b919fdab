/**
 * Usage:
 *   node scripts/check-originality.ts [files...]
 *     Lists every run of 10 words a content file shares with ../shared/sources
 *     (default: every chapter, FAQ, glossary, quiz, toolkit and sources file).
 *   node scripts/check-originality.ts --built <dist>
 *     Does the same for the text of every built HTML page under <dist> (what a
 *     reader actually meets, widgets and decks included), and lists sentences
 *     that follow a source sentence too closely (close paraphrases).
 * Exits 1 if any shared run or close paraphrase is found, naming the file or page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COUNTRIES } from '../src/lib/countries.ts';
import { closeParaphrases, nameWords, proseOf, sharedRuns, textOfHtml } from '../src/lib/originality.ts';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = resolve(root, '../shared/sources');

export function sourceTexts(): string[] {
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(sourcesDir, f), 'utf8'));
}

function walk(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, pattern) : pattern.test(name) ? [p] : [];
  });
}

const args = process.argv.slice(2);
const sources = sourceTexts();
// Country lists (and the older names a source uses for two of them) are facts, not prose.
const names = nameWords([
  ...COUNTRIES.map((c) => c.name),
  'Czech Republic',
  'Former Yugoslav Republic of Macedonia',
  'Holland',
  'Arrmenia',
]);
let bad = 0;

if (args[0] === '--built') {
  const dist = resolve(args[1] ?? 'dist');
  // Pagefind's index and Astro's assets are not pages; everything else a reader can open is.
  const pages = walk(dist, /\.html$/).filter((f) => !/[/\\](pagefind|_astro)[/\\]/.test(f));
  if (pages.length === 0) {
    console.error(`${dist}: no built HTML pages found (build the site first)`);
    process.exit(1);
  }
  for (const page of pages) {
    const text = textOfHtml(readFileSync(page, 'utf8'));
    const name = relative(dist, page);
    for (const run of sharedRuns(text, sources, 10, names)) {
      console.log(`${name}: shares "${run}"`);
      bad++;
    }
    for (const p of closeParaphrases(text, sources, { names })) {
      console.log(`${name}: close paraphrase (${p.overlap}): "${p.sentence}"\n    source: "${p.source}"`);
      bad++;
    }
  }
  console.log(
    bad ? `${bad} finding(s) in the built pages` : `${pages.length} built page(s) checked: no shared run of 10 words, no close paraphrase`,
  );
} else {
  const files = args.length
    ? args.map((f) => resolve(f))
    : walk(join(root, 'content'), /\.(mdx?|ya?ml|json)$/).filter((f) => !f.includes('/content/ambassadors/'));
  for (const f of files) {
    const runs = sharedRuns(proseOf(readFileSync(f, 'utf8')), sources);
    for (const r of runs) console.log(`${f}: shares "${r}"`);
    bad += runs.length;
  }
  console.log(bad ? `${bad} shared run(s) of 10 words found` : `${files.length} file(s) checked: no shared run of 10 words`);
}
process.exit(bad ? 1 : 0);
