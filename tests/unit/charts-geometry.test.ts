import { worldTopology } from '../../src/collections/world.ts';
import { describe, expect, it } from 'vitest';
import { layoutHorizontalBars } from '../../src/lib/charts/bars.ts';
import { buildChoropleth } from '../../src/lib/charts/choropleth.ts';
import { alpha2FromNumeric, NUMERIC_BY_ALPHA2 } from '../../src/lib/charts/iso-numeric.ts';
import { layoutLine } from '../../src/lib/charts/line.ts';
import { formatNumber, linearScale, niceTicks } from '../../src/lib/charts/scale.ts';
import { COUNTRIES, countryByCode } from '../../src/lib/countries.ts';

describe('scales and ticks', () => {
  it('maps a domain onto a range, also reversed (SVG y grows downwards)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });

  it('chooses round ticks that reach past the largest value', () => {
    expect(niceTicks(335_000, 4)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    expect(niceTicks(7, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('formats numbers the British way', () => {
    expect(formatNumber(335000)).toBe('335,000');
    expect(formatNumber(230000, true)).toBe('230k');
    expect(formatNumber(1500, true)).toBe('1.5k');
  });
});

describe('horizontal bars', () => {
  const layout = layoutHorizontalBars(
    [
      { label: 'Spain', value: 6 },
      { label: 'Malta', value: 3 },
      { label: 'Iceland', value: 0 },
    ],
    { width: 600, labelWidth: 150, barHeight: 20, gap: 10, top: 30, valueRoom: 50 },
  );

  it('draws bars proportional to their values from the same baseline', () => {
    const [spain, malta, iceland] = layout.rows;
    expect(spain!.x).toBe(150);
    expect(spain!.width).toBeCloseTo(2 * malta!.width);
    expect(iceland!.width).toBe(0);
    expect(layout.ticks.at(-1)!.x).toBe(550);
  });

  it('stacks rows without overlap and sizes the chart to fit them', () => {
    const ys = layout.rows.map((r) => r.y);
    expect(ys).toEqual([30, 60, 90]);
    expect(layout.height).toBeGreaterThanOrEqual(90 + 20);
    for (const row of layout.rows) expect(row.valueX).toBeGreaterThan(row.x + row.width);
  });

  it('refuses negative or missing values with the bar named', () => {
    expect(() => layoutHorizontalBars([{ label: 'Nowhere', value: -1 }], { width: 300, labelWidth: 100 })).toThrow(/Nowhere/);
    expect(() => layoutHorizontalBars([{ label: 'Gap', value: Number.NaN }], { width: 300, labelWidth: 100 })).toThrow(/Gap/);
  });
});

describe('line chart', () => {
  const line = layoutLine(
    [
      { label: 'c. 2014', value: 230_000 },
      { label: 'c. 2016', value: 335_000 },
    ],
    { width: 500, height: 300 },
  );

  it('places later, larger values to the right and higher up', () => {
    const [a, b] = line.points;
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeLessThan(a!.y);
    expect(line.path).toBe(`M${a!.x},${a!.y}L${b!.x},${b!.y}`);
  });

  it('puts zero on the bottom of the plot so growth is not exaggerated', () => {
    expect(line.ticks[0]).toEqual({ value: 0, y: line.plot.bottom });
    const top = line.ticks.at(-1)!;
    expect(top.value).toBeGreaterThanOrEqual(335_000);
    expect(top.y).toBe(line.plot.top);
  });
});

/** The absolute points of a path made of M (absolute) and l (relative) commands. */
function absolutePoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  let pen: [number, number] = [0, 0];
  for (const m of d.matchAll(/([Ml])(-?[\d.]+),(-?[\d.]+)/g)) {
    const x = Number(m[2]);
    const y = Number(m[3]);
    pen = m[1] === 'M' ? [x, y] : [pen[0] + x, pen[1] + y];
    out.push(pen);
  }
  return out;
}

describe('choropleth of the eTwinning countries', () => {
  const world = worldTopology('50m');
  const map = buildChoropleth(world, {
    width: 800,
    bounds: [
      [-25, 29],
      [51, 71.5],
    ],
    categorise: (code) => countryByCode(code)?.programme,
    aliases: { 'N. Cyprus': 'CY' },
  });

  it('maps every country the book lists, in its programme', () => {
    for (const c of COUNTRIES) {
      const shape = map.shapes.find((s) => s.code === c.code);
      expect(shape, `${c.name} on the map`).toBeDefined();
      expect(shape!.category).toBe(c.programme);
      expect(shape!.d).toMatch(/^M[\d.]+,[\d.]+l/);
    }
    expect(Object.keys(NUMERIC_BY_ALPHA2).sort()).toEqual(COUNTRIES.map((c) => c.code).sort());
    expect(alpha2FromNumeric(40)).toBe('AT');
  });

  it('keeps every shape inside the drawing and leaves other countries unclassed', () => {
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(1000);
    for (const s of map.shapes) {
      for (const [x, y] of absolutePoints(s.d)) {
        // Relative steps are rounded to 0.1 px, so allow that much.
        expect(x).toBeGreaterThanOrEqual(-0.05);
        expect(x).toBeLessThanOrEqual(800.05);
        expect(y).toBeGreaterThanOrEqual(-0.05);
        expect(y).toBeLessThanOrEqual(map.height + 0.05);
      }
    }
    expect(map.shapes.find((s) => s.name === 'Russia')?.category).toBe('other');
    expect(map.shapes.some((s) => s.name === 'Brazil')).toBe(false);
  });

  it('puts Iceland north-west of Tunisia and shows Malta as a tiny shape', () => {
    const at = (code: string) => map.shapes.find((s) => s.code === code && s.key !== 'N. Cyprus')!;
    expect(at('IS').centroid[0]).toBeLessThan(at('TN').centroid[0]);
    expect(at('IS').centroid[1]).toBeLessThan(at('TN').centroid[1]);
    expect(at('MT').area).toBeLessThan(20);
    expect(at('FR').area).toBeGreaterThan(1000);
  });

  it('stays light enough to inline in a page', () => {
    const bytes = map.shapes.reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(100_000);
  });
});
