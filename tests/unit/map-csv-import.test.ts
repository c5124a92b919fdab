import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvFileError, importAmbassadorCsv } from '../../src/lib/map/csv-import.ts';

const messy = readFileSync(new URL('./fixtures/map-messy.csv', import.meta.url), 'utf8');
// The fixture's profile links are placeholders on example.org.
const options = { profileHosts: ['example.org'] };

describe('CSV import of a national support service export', () => {
  const result = importAmbassadorCsv(messy, options);

  it('reads a messy file: BOM, ";" separator, blank lines, decimal commas, quoted cells over two lines', () => {
    expect(result.delimiter).toBe(';');
    expect(result.records.map((r) => r.id)).toEqual(['A-001', 'A-002', 'A-006']);
    const [marta, jordi, multi] = result.records;
    expect(marta).toMatchObject({ country: 'ES', region: 'Canary Islands', lat: 28.46824, lon: -16.25462, languages: ['es', 'en'] });
    expect(marta!.support).toEqual(['training', 'visits']);
    expect(marta!.levels).toEqual(['primary', 'lower-secondary']);
    // A country written as a name, a list split on "/", "Secondary" meaning both stages.
    expect(jordi).toMatchObject({ name: 'Jordi Sampleu; the second', country: 'ES', kind: 'teacher-trainer', support: ['email'] });
    expect(jordi!.languages).toEqual(['ca', 'es', 'en']);
    expect(jordi!.levels).toEqual(['lower-secondary', 'upper-secondary']);
    expect(multi!.town).toBe('Valletta\n(harbour)');
    expect(result.lines).toEqual([3, 4, 10]);
  });

  it('reports every bad row with its line number and reason', () => {
    expect(result.errors).toEqual([
      { line: 6, id: 'A-003', code: 'missing-field', reason: 'missing field "name"' },
      { line: 7, id: 'A-004', code: 'unknown-country', reason: expect.stringMatching(/^unknown country "XX"/) as unknown },
      { line: 8, id: 'A-005', code: 'coordinates-out-of-range', reason: 'coordinates out of range (lat 137.74, lon -25.67)' },
      {
        line: 9,
        id: 'A-001',
        code: 'duplicate-id',
        reason: 'duplicate id "A-001" (line 3 has the same id; ids are compared ignoring case)',
      },
      {
        line: 12,
        id: 'A-007',
        code: 'invalid-value',
        reason: expect.stringMatching(/languages\.0.*not an ISO 639-1 language code/) as unknown,
      },
    ]);
  });

  it('never imports contact details and says so', () => {
    expect(result.warnings).toContain('column "E-mail" ignored: contact details are never published on the map');
    expect(JSON.stringify(result.records)).not.toContain('marta@example.org');
  });

  it('accepts "," with CRLF line ends and other header spellings', () => {
    const csv =
      'id,name,role,country,region,town,lat,lng,language,levels,services,since,profile\r\n' +
      'x1,Test Person,Head teacher,gr,Attica,Athens,37.98,23.72,el,Primary,Phone,2020,https://example.org/x1\r\n';
    const r = importAmbassadorCsv(csv, options);
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({ id: 'x1', kind: 'head-teacher', country: 'GR', lon: 23.72, support: ['phone'] });
  });

  it('stops with a clear message when a required column is missing', () => {
    expect(() => importAmbassadorCsv('id;name\n1;A\n')).toThrow(CsvFileError);
    expect(() => importAmbassadorCsv('id;name\n1;A\n')).toThrow(/line 1: no column for "country"/);
    expect(() => importAmbassadorCsv('\uFEFF\n\n')).toThrow(/empty/);
  });
});
