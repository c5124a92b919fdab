import type { Rng } from '../random.ts';

export { seededRng, type Rng } from '../random.ts';

/** Fisher–Yates on a copy: every order equally likely for a fair RNG. */
export function shuffle<T>(items: readonly T[], rng: Rng = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A new option order for each question. True/false questions keep "True"
 * before "False": shuffling two words only makes them harder to read.
 */
export function shuffleOptionOrders(
  questions: readonly { id: string; kind: string; options: readonly { id: string }[] }[],
  rng: Rng = Math.random,
): Record<string, string[]> {
  return Object.fromEntries(
    questions.map((q) => {
      const ids = q.options.map((o) => o.id);
      return [q.id, q.kind === 'true-false' ? ids : shuffle(ids, rng)];
    }),
  );
}
