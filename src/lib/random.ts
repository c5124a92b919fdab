/** A source of numbers in [0, 1); Math.random in the browser, seeded in tests and data generation. */
export type Rng = () => number;

/** mulberry32: a tiny deterministic RNG, so tests, replays and sample data come out the same every time. */
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
