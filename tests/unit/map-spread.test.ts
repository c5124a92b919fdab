import { describe, expect, it } from 'vitest';
import { GAP_PX, smallestGap, spreadDiscs } from '../../src/lib/map/spread.ts';

describe('spreading overlapping map markers', () => {
  it('leaves markers that do not touch where they are', () => {
    const discs = [
      { x: 0, y: 0, size: 30 },
      { x: 100, y: 0, size: 52 },
    ];
    expect(spreadDiscs(discs)).toEqual(discs);
  });

  it('separates two bubbles on the same spot, and markers that overlap', () => {
    const spread = spreadDiscs([
      { x: 50, y: 50, size: 44 },
      { x: 50, y: 50, size: 30 },
      { x: 60, y: 55, size: 24 },
    ]);
    expect(smallestGap(spread)).toBeGreaterThanOrEqual(GAP_PX - 0.5);
  });

  it('keeps the boxes of two markers on a diagonal apart, not only their discs (touch targets are boxes)', () => {
    // 30 px discs whose centres are 24 px apart on each axis: the discs clear each other, the boxes overlap.
    const diagonal = [
      { x: 0, y: 0, size: 30 },
      { x: 24, y: 24, size: 30 },
    ];
    expect(Math.hypot(24, 24)).toBeGreaterThan(30 + GAP_PX);
    const spread = spreadDiscs(diagonal);
    expect(Math.max(Math.abs(spread[1]!.x - spread[0]!.x), Math.abs(spread[1]!.y - spread[0]!.y))).toBeGreaterThanOrEqual(
      30 + GAP_PX - 0.01,
    );
  });

  it('moves each marker only a little in a dense field', () => {
    const discs = Array.from({ length: 60 }, (_, i) => ({ x: (i % 10) * 40, y: Math.floor(i / 10) * 40, size: 44 }));
    const spread = spreadDiscs(discs, 20);
    expect(smallestGap(spread)).toBeGreaterThan(-1);
    const furthest = Math.max(...spread.map((d, i) => Math.hypot(d.x - discs[i]!.x, d.y - discs[i]!.y)));
    expect(furthest).toBeLessThan(60);
  });
});
