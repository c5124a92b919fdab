/**
 * The self-assessment result as a URL: the answers, one digit per statement
 * in data order, after a format version ("1.3021…"). The page recomputes the
 * profile from them, so a shared link always shows what the scoring says
 * today, and a link cannot claim a result its answers do not give.
 */
import type { SelfAnswers } from './scoring.ts';

export const SHARE_PARAM = 'answers';
const FORMAT = '1';

export function encodeSelfAnswers(statementIds: readonly string[], answers: SelfAnswers): string {
  return `${FORMAT}.${statementIds.map((id) => (typeof answers[id] === 'number' ? String(answers[id]) : '-')).join('')}`;
}

/** Answers from a shared value, or undefined when it is missing, of another format, the wrong length or out of scale. */
export function decodeSelfAnswers(
  value: string | null | undefined,
  statementIds: readonly string[],
  scaleLength: number,
): SelfAnswers | undefined {
  if (!value) return undefined;
  const [format, digits] = value.split('.');
  if (format !== FORMAT || digits === undefined || digits.length !== statementIds.length) return undefined;
  const answers: SelfAnswers = {};
  for (const [i, ch] of [...digits].entries()) {
    const id = statementIds[i] as string;
    if (ch === '-') continue;
    const n = Number(ch);
    if (!/^\d$/.test(ch) || n >= scaleLength) return undefined;
    answers[id] = n;
  }
  return Object.keys(answers).length === statementIds.length ? answers : undefined;
}

/** The page URL with the answers in the query string; the hash takes the reader to the result. */
export function shareUrl(pageUrl: string, encoded: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set(SHARE_PARAM, encoded);
  url.hash = 'quiz-result';
  return url.toString();
}
