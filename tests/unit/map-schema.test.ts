import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/lib/countries.ts';
import { ambassadorSchema, validateAmbassadors } from '../../src/lib/map/schema.ts';
import { loadAmbassadors, parseAmbassadorFile } from '../../src/collections/ambassadors.ts';

const good = {
  id: 'es-0001',
  name: 'Marta Exampleton',
  kind: 'teacher',
  country: 'es',
  region: 'Canary Islands',
  town: 'La Laguna',
  lat: 28.4853,
  lon: -16.3201,
  languages: ['ES', 'en'],
  subjects: ['Science'],
  levels: ['primary'],
  support: ['training', 'visits'],
  since: 2015,
  profile: 'https://example.org/p/es-0001',
};

const reasons = (record: object) => {
  const r = ambassadorSchema.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ambassador record validation', () => {
  it('accepts a complete record and normalises codes', () => {
    const r = ambassadorSchema.parse(good);
    expect(r.country).toBe('ES');
    expect(r.languages).toEqual(['es', 'en']);
    expect(r.fictional).toBe(false);
  });

  it('refuses unknown countries, languages, levels and support', () => {
    expect(reasons({ ...good, country: 'US' })).toEqual([expect.stringMatching(/^country: .*not an eTwinning/)]);
    expect(reasons({ ...good, languages: ['xx'] })[0]).toMatch(/^languages\.0: .*ISO 639-1/);
    expect(reasons({ ...good, levels: ['university'] })[0]).toMatch(/^levels\.0/);
    expect(reasons({ ...good, support: [] })[0]).toMatch(/^support/);
  });

  it('refuses coordinates out of range', () => {
    expect(reasons({ ...good, lat: 91 })).toEqual(['lat: latitude out of range']);
    expect(reasons({ ...good, lon: -181 })).toEqual(['lon: longitude out of range']);
  });

  it('never lets contact details onto the map', () => {
    expect(reasons({ ...good, email: 'marta@example.org' })[0]).toMatch(/email/);
    expect(reasons({ ...good, name: 'Marta marta@example.org' })[0]).toMatch(/^name: .*e-mail/);
    expect(reasons({ ...good, region: 'call +34 922 123 456' })[0]).toMatch(/^region: .*phone/);
    expect(reasons({ ...good, profile: 'http://example.org/p' })[0]).toMatch(/^profile/);
  });

  it('reports every bad record and duplicate ids without stopping', () => {
    const { records, problems } = validateAmbassadors([good, { ...good, town: '' }, good, { ...good, id: 'es-2' }]);
    expect(records.map((r) => r.id)).toEqual(['es-0001', 'es-2']);
    expect(problems).toEqual([
      { index: 1, id: 'es-0001', message: expect.stringMatching(/^town/) as unknown },
      { index: 2, id: 'es-0001', message: 'duplicate id "es-0001"' },
    ]);
  });

  it('names the file and the record when a data file is bad', () => {
    const file = JSON.stringify({ about: 'test', ambassadors: [good, { ...good, id: 'x', lat: 200 }] });
    expect(() => parseAmbassadorFile(file, '/tmp/bad.json')).toThrow(
      /bad\.json: 1 invalid ambassador record.*\n.*ambassadors\[1\] \(id x\): lat/,
    );
    expect(() => parseAmbassadorFile('{', '/tmp/broken.json')).toThrow(/broken\.json: not valid JSON/);
  });
});

describe('the committed sample data set', () => {
  const { about, ambassadors } = loadAmbassadors();

  it('is about 1,200 fictional people across every eTwinning and eTwinning Plus country', () => {
    expect(about).toMatch(/FICTIONAL/);
    expect(ambassadors.length).toBeGreaterThanOrEqual(1100);
    expect(ambassadors.every((a) => a.fictional)).toBe(true);
    const countries = new Set(ambassadors.map((a) => a.country));
    expect(COUNTRIES.filter((c) => !countries.has(c.code))).toEqual([]);
  });

  it('reaches the outermost regions', () => {
    const regions = new Set(ambassadors.map((a) => a.region));
    for (const r of ['Canary Islands', 'Madeira', 'Azores', 'Réunion']) expect(regions).toContain(r);
    const canary = ambassadors.find((a) => a.region === 'Canary Islands')!;
    expect(canary.lat).toBeLessThan(30);
    expect(canary.lon).toBeLessThan(-13);
  });

  it('holds no test record: every published person is an ordinary fictional sample', () => {
    // The escaping tests make their own hostile records (tests/e2e/map.spec.ts).
    expect(ambassadors.filter((a) => /[<>]/.test(a.name) || a.note || !a.fictional)).toEqual([]);
  });
});
