import { describe, expect, it } from 'vitest';
import { countByCountry } from '../../src/lib/charts/ambassador-counts.ts';

describe('ambassadors per country from the sample data', () => {
  it('counts records per country, most first, with English names', () => {
    const result = countByCountry(['ES', 'es', 'MT', 'ES', 'UA']);
    expect(result.counts).toEqual([
      { code: 'ES', name: 'Spain', count: 3 },
      { code: 'MT', name: 'Malta', count: 1 },
      { code: 'UA', name: 'Ukraine', count: 1 },
    ]);
    expect(result.total).toBe(5);
  });

  it('reports records it cannot place instead of dropping them silently', () => {
    const result = countByCountry(['FR', 'XX', '']);
    expect(result.total).toBe(1);
    expect(result.skipped).toEqual([
      'record 2: country "XX" is not an eTwinning or eTwinning Plus country',
      'record 3: country "" is not an eTwinning or eTwinning Plus country',
    ]);
  });
});
