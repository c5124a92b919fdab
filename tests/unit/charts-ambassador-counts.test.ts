import { describe, expect, it } from 'vitest';
import { countByCountry, countriesFromCsv, countriesFromJson } from '../../src/lib/charts/ambassador-counts.ts';

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

  it('reads JSON arrays, JSON objects holding the records, and CSV with either separator', () => {
    expect(countriesFromJson([{ country: 'PT' }, { country: 'IE' }])).toEqual(['PT', 'IE']);
    expect(countriesFromJson({ generated: '2026', ambassadors: [{ id: 1, country: 'PL' }] })).toEqual(['PL']);
    expect(countriesFromCsv('\uFEFFid;name;country\n1;A;SE\n\n2;"B";"NO"\n')).toEqual(['SE', 'NO']);
    expect(countriesFromCsv('id,country\n1,GR\n')).toEqual(['GR']);
    expect(() => countriesFromJson({ nothing: true })).toThrow(/country/);
    expect(() => countriesFromCsv('id,name\n1,A')).toThrow(/country/);
  });
});
