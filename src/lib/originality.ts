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

/** Words that join names in a list ("Bosnia and Herzegovina", "the Netherlands"). */
const LIST_JOINERS = new Set(['and', 'the', 'of']);

/**
 * Runs of `n` words in `text` that also occur in any of `sources` (deduplicated).
 * A run made only of `names` (say, the countries' names in alphabetical order)
 * is a list of facts, not a copied sentence, and is left out.
 */
export function sharedRuns(text: string, sources: readonly string[], n = 10, names: ReadonlySet<string> = new Set()): string[] {
  const sourceShingles = new Set<string>();
  for (const s of sources) for (const sh of shingles(normaliseWords(s), n)) sourceShingles.add(sh);
  const isNameList = (run: string) => names.size > 0 && run.split(' ').every((w) => names.has(w) || LIST_JOINERS.has(w));
  const found: string[] = [];
  for (const sh of shingles(normaliseWords(text), n)) if (sourceShingles.has(sh) && !isNameList(sh)) found.push(sh);
  return found;
}

/** The folded words of some names, for `sharedRuns` and `closeParaphrases` to treat as a list. */
export function nameWords(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((n) => normaliseWords(n)));
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

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader of a built page meets: the body without scripts, styles
 * and markup, entities decoded. Attribute text (alt, aria-label, title) is
 * read too, because a screen reader says it aloud.
 */
export function textOfHtml(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\s(?:alt|aria-label|title)="([^"]*)"/gi, ' >$1< ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return HTML_ENTITIES[e.toLowerCase()] ?? m;
    });
}

const STOPWORDS = new Set(
  'a an and are as at be by can for from has have in is it its of on or that the their them they this to was were will with you your not no all any'.split(
    ' ',
  ),
);

/** A sentence's content words (folded; stopwords and names out). */
function contentWords(sentence: string, names: ReadonlySet<string>): string[] {
  return normaliseWords(sentence).filter((w) => !STOPWORDS.has(w) && !names.has(w) && w.length > 2);
}

/** Sentences of a text: split at full stops, question and exclamation marks and line breaks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface Paraphrase {
  sentence: string;
  source: string;
  /** Share of the sentence's content words, in order, that the source sentence also has. */
  overlap: number;
}

/**
 * Sentences that follow one source sentence too closely: at least `min`
 * content words (names left out), and a longest common subsequence of content
 * words covering `threshold` of the longer of the two. Swapping a few synonyms into a copied
 * sentence keeps its skeleton, which this finds; two sentences that merely
 * share a topic rarely keep the same words in the same order.
 */
export function closeParaphrases(
  text: string,
  sources: readonly string[],
  { threshold = 0.6, min = 10, names = new Set<string>() }: { threshold?: number; min?: number; names?: ReadonlySet<string> } = {},
): Paraphrase[] {
  const sourceSentences = sources
    .flatMap(sentencesOf)
    .map((s) => ({ s, w: contentWords(s, names) }))
    .filter((x) => x.w.length >= min);
  const found: Paraphrase[] = [];
  for (const sentence of sentencesOf(text)) {
    const words = contentWords(sentence, names);
    if (words.length < min) continue;
    for (const { s, w } of sourceSentences) {
      const common = lcsLength(words, w);
      const overlap = common / Math.max(words.length, w.length);
      if (overlap >= threshold) {
        found.push({ sentence, source: s, overlap: Math.round(overlap * 100) / 100 });
        break;
      }
    }
  }
  return found;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0));
    prev = row;
  }
  return prev[b.length] ?? 0;
}
