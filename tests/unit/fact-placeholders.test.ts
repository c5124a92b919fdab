import { describe, expect, it } from 'vitest';
import { factIdsIn, fillFacts } from '../../src/lib/fact-placeholders.ts';

const displays = new Map([
  ['countries-etwinning', '36'],
  ['teachers-overview', 'more than 335,000'],
]);

describe('fact placeholders', () => {
  it('fills each placeholder with the figure as written in the facts file', () => {
    expect(fillFacts('{fact:teachers-overview} teachers in {fact:countries-etwinning} countries', displays, 'x')).toBe(
      'more than 335,000 teachers in 36 countries',
    );
  });

  it('names the data entry and the id when a figure is unknown', () => {
    expect(() => fillFacts('about {fact:no-such-figure}', displays, 'content/faq/about.yaml#how-big')).toThrow(
      'content/faq/about.yaml#how-big: {fact:no-such-figure} is not in content/facts/figures.yaml',
    );
  });

  it('lists the ids a text uses', () => {
    expect(factIdsIn('{fact:a} and {fact:b-2}')).toEqual(['a', 'b-2']);
  });
});
