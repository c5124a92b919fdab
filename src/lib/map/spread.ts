/**
 * Pushes overlapping map markers apart, in screen pixels. Clusters sit at the
 * centroid of their points, so two bubbles can land on top of each other;
 * then neither is a usable touch target (WCAG 2.2 asks for 24 px) and one
 * hides the other's number. A few rounds of pairwise relaxation are enough
 * for the couple of hundred markers a screen holds.
 */
export interface Disc {
  x: number;
  y: number;
  /** Diameter in pixels. */
  size: number;
}

/** Space kept between two markers' edges. */
export const GAP_PX = 2;

export function spreadDiscs(discs: readonly Disc[], rounds = 8): Disc[] {
  const out = discs.map((d) => ({ ...d }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        const need = (a.size + b.size) / 2 + GAP_PX;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= need) continue;
        // Exactly on top of each other: separate along a fixed direction so the result is repeatable.
        if (d === 0) [dx, dy] = [1, 0];
        const push = (need - (d || 0)) / 2 / (d || 1);
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/** The smallest gap between two discs' edges (negative when they overlap). */
export function smallestGap(discs: readonly Disc[]): number {
  let gap = Infinity;
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const a = discs[i]!;
      const b = discs[j]!;
      gap = Math.min(gap, Math.hypot(b.x - a.x, b.y - a.y) - (a.size + b.size) / 2);
    }
  }
  return gap;
}
