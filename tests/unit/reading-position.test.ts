import { describe, expect, it } from 'vitest';
import { continueHref, isReadingPosition, lastPassed } from '../../src/lib/reading-position.ts';

describe('lastPassed', () => {
  const tops = [-900, -400, -20, 119, 120, 600, 1400];

  it('finds the last heading above the line, as a scan of every heading would', () => {
    for (const line of [-1000, -400, 0, 119, 120, 121, 5000]) {
      const scanned = tops.reduce((found, top, i) => (top < line ? i : found), -1);
      expect(
        lastPassed(tops.length, (i) => tops[i]!, line),
        `line ${line}`,
      ).toBe(scanned);
    }
    expect(lastPassed(0, () => 0, 120)).toBe(-1);
  });

  it('measures only a few headings of a long chapter', () => {
    const measured = new Set<number>();
    lastPassed(200, (i) => (measured.add(i), i * 100 - 5000), 120);
    expect(measured.size).toBeLessThanOrEqual(8);
  });
});

describe('the stored reading position', () => {
  it('leads back to the chapter and the heading, escaped', () => {
    expect(continueHref({ slug: 'getting-help', title: 'Getting help', at: 1, heading: 'the-nso' })).toBe('/book/getting-help/#the-nso');
    expect(continueHref({ slug: 'welcome', title: 'Welcome', at: 1 })).toBe('/book/welcome/');
  });

  it('refuses a stored value that could lead anywhere but a chapter', () => {
    expect(isReadingPosition({ slug: '../admin', title: 'x', at: 1 })).toBe(false);
    expect(isReadingPosition({ slug: 'welcome', title: 'x', at: 1, heading: '"><img>' })).toBe(false);
    expect(isReadingPosition({ slug: 'welcome', title: 'Welcome', at: 1, heading: 'what-this-book-is' })).toBe(true);
  });
});
