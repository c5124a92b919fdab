/**
 * Usage: node scripts/i18n-check.ts [lang...]
 *   Compares every file under content/i18n/<lang>/ with the English file at the
 *   same path under content/ and lists each place where the translation's shape
 *   differs (keys, ids, links, headings, figures). Also lists English files that
 *   have no translation yet. Exits 1 if any translated file has a problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { compareData, compareMdx } from '../src/lib/i18n/translation-structure.ts';

const root = resolve(import.meta.dirname, '..');
const content = join(root, 'content');
const i18n = join(content, 'i18n');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const translatable = (path: string) => /\.(mdx|yaml)$/.test(path) && !path.endsWith('edition.yaml');
const langs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : existsSync(i18n)
    ? readdirSync(i18n).filter((name) => statSync(join(i18n, name)).isDirectory())
    : [];
const english = filesUnder(content).filter((p) => !p.startsWith(i18n + '/') && translatable(p));
let failed = 0;

for (const lang of langs) {
  const base = join(i18n, lang);
  for (const file of filesUnder(base).filter(translatable)) {
    const rel = relative(base, file);
    const original = join(content, rel);
    const shown = relative(root, file);
    if (!existsSync(original)) {
      console.log(`${shown}: no English file content/${rel}`);
      failed++;
      continue;
    }
    let problems;
    try {
      problems = file.endsWith('.mdx')
        ? compareMdx(readFileSync(original, 'utf8'), readFileSync(file, 'utf8'), (t) => parse(t) as unknown)
        : compareData(parse(readFileSync(original, 'utf8')), parse(readFileSync(file, 'utf8')));
    } catch (error) {
      problems = [{ where: 'file', message: `cannot be read: ${(error as Error).message.split('\n')[0]}` }];
    }
    for (const p of problems) console.log(`${shown}: ${p.where}: ${p.message}`);
    if (problems.length) failed++;
  }
  const missing = english.filter((p) => !existsSync(join(base, relative(content, p))));
  if (missing.length) console.log(`${lang}: not translated yet: ${missing.map((p) => relative(content, p)).join(', ')}`);
}
console.log(failed ? `${failed} translated file(s) differ from English in shape` : 'every translated file keeps the English shape');
process.exit(failed ? 1 : 0);
