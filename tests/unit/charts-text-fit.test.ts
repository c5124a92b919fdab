import { describe, expect, it } from 'vitest';
import { assertLabelFits, estimateTextWidth } from '../../src/lib/charts/text-fit.ts';

describe('label width estimate for diagrams', () => {
  it('grows with the text, the font size and bold', () => {
    const plain = estimateTextWidth('Partner finding', 15);
    expect(estimateTextWidth('Partner finding and more', 15)).toBeGreaterThan(plain);
    expect(estimateTextWidth('Partner finding', 20)).toBeCloseTo((plain * 20) / 15);
    expect(estimateTextWidth('Partner finding', 15, true)).toBeGreaterThan(plain);
  });

  it('counts wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('WWWW', 10)).toBeGreaterThan(estimateTextWidth('iiii', 10) * 2);
  });

  it('refuses a label that would spill out of its box, naming the diagram and the label', () => {
    expect(() => assertLabelFits('Schematic "x"', 'Create project', 120, 14, true)).not.toThrow();
    expect(() => assertLabelFits('Schematic "x"', 'Create a project now, please', 120, 14, true)).toThrow(
      /^Schematic "x": the label "Create a project now, please" needs about \d+ units but its box leaves 120/,
    );
  });
});
