/**
 * Usage: node scripts/check-originality.ts [files...]
 * Lists every run of 10 words a file shares with ../shared/sources (default:
 * every chapter, FAQ, glossary and quiz file). Exits 1 if any is found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { proseOf, sharedRuns } from '../src/lib/originality.ts';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = resolve(root, '../shared/sources');

export function sourceTexts(): string[] {
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(sourcesDir, f), 'utf8'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(mdx?|ya?ml|json)$/.test(name) ? [p] : [];
  });
}

const args = process.argv.slice(2);
const files = args.length ? args.map((f) => resolve(f)) : walk(join(root, 'content')).filter((f) => !f.includes('/content/ambassadors/'));
const sources = sourceTexts();
let bad = 0;
for (const f of files) {
  const runs = sharedRuns(proseOf(readFileSync(f, 'utf8')), sources);
  for (const r of runs) console.log(`${f}: shares "${r}"`);
  bad += runs.length;
}
console.log(bad ? `${bad} shared run(s) of 10 words found` : `${files.length} file(s) checked: no shared run of 10 words`);
process.exit(bad ? 1 : 0);
