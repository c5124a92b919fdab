/** A source of numbers in [0, 1); Math.random in the browser, seeded in tests. */
export type Rng = () => number;

/** Fisher–Yates on a copy: every order equally likely for a fair RNG. */
export function shuffle<T>(items: readonly T[], rng: Rng = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** mulberry32: a tiny deterministic RNG so tests (and replays) get the same order. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
