/**
 * Pushes overlapping map markers apart, in screen pixels. Clusters sit at the
 * centroid of their points, so two bubbles can land on top of each other;
 * then neither is a usable touch target (WCAG 2.2 asks for 24 px) and one
 * hides the other's number. A few rounds of pairwise relaxation are enough
 * for the couple of hundred markers a screen holds. Markers are kept apart as
 * squares, not circles: a touch target is its box (WCAG 2.5.8 and axe measure
 * boxes), and two round markers side by side on a diagonal can have boxes
 * that overlap while the discs do not.
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
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = boxDistance(dx, dy);
        if (d >= need) continue;
        moved = true;
        if (d === 0) {
          // Exactly on top of each other: apart along a fixed direction, so the result is repeatable.
          a.x -= need / 2;
          b.x += need / 2;
          continue;
        }
        // Along the line between them, each half the way, until the boxes are `need` apart.
        const push = (need / d - 1) / 2;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (!moved) break;
  }
  return out;
}

/** How far apart two centres are, as the gap between boxes counts it: the larger of the two offsets. */
function boxDistance(dx: number, dy: number): number {
  return Math.max(Math.abs(dx), Math.abs(dy));
}

/** The smallest gap between two markers' boxes (negative when they overlap). */
export function smallestGap(discs: readonly Disc[]): number {
  let gap = Infinity;
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const a = discs[i]!;
      const b = discs[j]!;
      gap = Math.min(gap, boxDistance(b.x - a.x, b.y - a.y) - (a.size + b.size) / 2);
    }
  }
  return gap;
}
