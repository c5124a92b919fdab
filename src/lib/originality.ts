/**
 * Originality check: every page, question and caption must be written in our
 * own words. We flag any run of `n` consecutive words that also appears in a
 * source text, after normalising case and punctuation.
 */
import { foldText } from './fold-text.ts';

export function normaliseWords(text: string): string[] {
  return foldText(text)
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function shingles(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** Runs of `n` words in `text` that also occur in any of `sources` (deduplicated). */
export function sharedRuns(text: string, sources: readonly string[], n = 10): string[] {
  const sourceShingles = new Set<string>();
  for (const s of sources) for (const sh of shingles(normaliseWords(s), n)) sourceShingles.add(sh);
  const found: string[] = [];
  for (const sh of shingles(normaliseWords(text), n)) if (sourceShingles.has(sh)) found.push(sh);
  return found;
}

/**
 * MDX and YAML carry markup that is not prose: strip imports, tags and
 * attribute-only lines so the check compares what a reader reads.
 */
export function proseOf(mdxOrYaml: string): string {
  return mdxOrYaml
    .replace(/^---[\s\S]*?\n---/, (fm) => fm.replace(/^(?!\s*(title|description):).*$/gm, ''))
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ');
}
