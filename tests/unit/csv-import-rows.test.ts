import { describe, expect, it } from 'vitest';
import { CsvFileError, importAmbassadorCsv } from '../../src/lib/map/csv-import.ts';
import { checkProfileLink } from '../../src/lib/map/import/links.ts';
import { validateAmbassadors } from '../../src/lib/map/schema.ts';
import { fixtureText, geonamesTowns } from './fixtures/import/load.ts';

const run = (name: string, options = {}) => importAmbassadorCsv(fixtureText(name), { towns: geonamesTowns(), ...options });
const byLine = (r: ReturnType<typeof run>) => r.errors.map((e) => [e.line, e.id, e.code]);

describe('only what identifies and places a person is required', () => {
  it('imports a file with none of the optional columns, and the build accepts the records', () => {
    const r = run('minimal.csv');
    expect(r.errors).toEqual([]);
    expect(r.records.map((a) => [a.id, a.town, a.support])).toEqual([
      ['m-1', 'Vienna', ['training']],
      ['m-2', 'Vilnius', ['email']],
    ]);
    for (const a of r.records) for (const k of ['kind', 'levels', 'since', 'profile', 'region'] as const) expect(a[k]).toBeUndefined();
    expect(r.flagged.map((f) => [f.line, f.code])).toEqual([
      [2, 'town-from-coordinates'],
      [3, 'town-from-coordinates'],
    ]);
    expect(validateAmbassadors(r.records).problems).toEqual([]);
  });

  it('still stops when an identifying column is missing', () => {
    expect(() => importAmbassadorCsv('id;name;country;town;languages\n1;A;ES;Girona;es\n')).toThrow(CsvFileError);
    expect(() => importAmbassadorCsv('id;name;country;town;languages\n1;A;ES;Girona;es\n')).toThrow(/line 1: no column for "support"/);
    expect(() => importAmbassadorCsv('id;name;country;lat;languages;support\n1;A;ES;4;es;training\n')).toThrow(
      /"lon" \(there is a "lat" column\)/,
    );
  });
});

describe('a town-only file', () => {
  const r = run('town-only.csv');

  it('places rows from the GeoNames towns, folding case and accents, local names and a region', () => {
    expect(r.records.map((a) => [a.id, a.lat, a.lon])).toEqual([
      ['tw-01', 41.98311, 2.82493],
      ['tw-02', 45.46427, 9.18951],
      ['tw-03', 41.14961, -8.61099],
      ['tw-04', 39.43705, -0.46546],
      ['tw-07', 35.89968, 14.5148],
    ]);
    expect(r.placedFromTown).toBe(5);
  });

  it('reports an ambiguous town with its candidates and an unknown town, with their lines', () => {
    expect(byLine(r)).toEqual([
      [6, 'tw-05', 'ambiguous-town'],
      [7, 'tw-06', 'unknown-town'],
    ]);
    expect(r.errors[0]!.reason).toMatch(/2 towns called "Torrent" in ES.*near Valencia.*near Barcelona/);
    expect(r.errors[1]!.reason).toContain('"Nowhereville" not found in SE');
  });

  it('never guesses without the town list', () => {
    const bare = importAmbassadorCsv(fixtureText('town-only.csv'));
    expect(bare.records).toEqual([]);
    expect(new Set(bare.errors.map((e) => e.code))).toEqual(new Set(['no-place']));
  });
});

describe('hostile cells', () => {
  it('keeps formula-looking cells as text and flags them', () => {
    const r = run('formulas.csv');
    expect(r.records.map((a) => a.name)).toEqual(['=HYPERLINK("https://evil.example";"click")', 'Plain Name', 'Minus Sign']);
    expect(r.flagged.map((f) => [f.line, f.code, f.message.split(' ')[0]])).toEqual([
      [2, 'formula-like', 'name'],
      [3, 'formula-like', 'town'],
      [3, 'formula-like', 'note'],
      [4, 'formula-like', 'note'],
    ]);
    // A negative latitude is a number, not a formula.
    expect(r.records[2]!.lat).toBe(-45.75);
  });

  it('accepts only https profile links on the platform, rejecting each other kind with its line', () => {
    const r = run('hostile-links.csv');
    expect(r.records.map((a) => [a.id, a.profile])).toEqual([
      ['h-1', 'https://school-education.ec.europa.eu/en/people/h-1'],
      ['h-8', undefined],
    ]);
    expect(byLine(r)).toEqual([3, 4, 5, 6, 7, 8].map((line) => [line, `h-${line - 1}`, 'bad-link']));
    expect(r.errors.map((e) => e.reason)).toEqual([
      expect.stringContaining('javascript:'),
      expect.stringContaining('data:'),
      expect.stringContaining('https://'),
      expect.stringContaining('user name or password'),
      expect.stringContaining('on evil.example'),
      expect.stringContaining('on school-education.ec.europa.eu.evil.example'),
    ]);
  });

  it('lets the organisation allow its own profile host', () => {
    expect(checkProfileLink('https://profiles.example.edu/p/1', ['profiles.example.edu'])).toEqual({
      ok: true,
      url: 'https://profiles.example.edu/p/1',
    });
    expect(checkProfileLink('https://school-education.ec.europa.eu:8443/x').ok).toBe(false);
    expect(checkProfileLink('not a link').ok).toBe(false);
  });
});

describe('consent to be listed', () => {
  const r = run('consent.csv');

  it('publishes only the rows that said yes and reports the others', () => {
    expect(r.records.map((a) => a.id)).toEqual(['c-1', 'c-5']);
    expect(r.leftOut.map((x) => [x.line, x.id, x.code])).toEqual([
      [3, 'c-2', 'not-listed'],
      [4, 'c-3', 'no-consent'],
    ]);
    expect(byLine(r)).toEqual([[5, 'c-4', 'consent-unclear']]);
  });

  it('refuses a file without a consent column when asked to', () => {
    expect(() => run('minimal.csv', { requireConsent: true })).toThrow(/no column for "listed"/);
    expect(run('minimal.csv').warnings).toContain(
      'no consent ("listed") column: every row is published; --require-consent refuses such a file',
    );
  });
});

describe('nothing is lost', () => {
  const r = run('data-loss.csv');

  it('reports two rows run together by a quote closed on the next line, naming both lines', () => {
    expect(r.errors[0]).toMatchObject({ line: 2, id: 'd-1', code: 'quotes' });
    expect(r.errors[0]!.reason).toMatch(/lines 2–3 were read as one row/);
  });

  it('does not read "0x0E" as 14, and treats ids differing only in case as one person', () => {
    expect(byLine(r).slice(1)).toEqual([
      [5, 'd-4', 'bad-coordinates'],
      [6, 'D-3', 'duplicate-id'],
    ]);
    expect(r.records.map((a) => a.id)).toEqual(['d-3']);
  });

  it('accounts for every row: written + rejected + left out = rows in', () => {
    for (const name of ['data-loss.csv', 'consent.csv', 'town-only.csv', 'hostile-links.csv']) {
      const x = run(name);
      expect(x.records.length + x.errors.length + x.leftOut.length).toBe(x.rowsIn);
    }
    expect(r.rowsIn).toBe(4);
  });

  it('stops on a quote that is never closed instead of hiding every later row', () => {
    expect(() => run('unclosed-quote.csv')).toThrow(CsvFileError);
    expect(() => run('unclosed-quote.csv')).toThrow(/^line 3: a quote \(".*never closed/);
  });

  it('keeps a legitimate quoted newline (a town over two lines)', () => {
    const x = importAmbassadorCsv(
      'id;name;country;town;lat;lon;languages;support\nv-1;Multi Line;MT;"Valletta\n(harbour)";35.9;14.51;mt;phone\nv-2;Next;MT;Mdina;35.88;14.4;mt;phone\n',
    );
    expect(x.errors).toEqual([]);
    expect(x.lines).toEqual([2, 4]);
  });

  it('also refuses case-twin ids in a data file', () => {
    const [a] = run('minimal.csv').records;
    expect(validateAmbassadors([a, { ...a, id: a!.id.toUpperCase() }]).problems).toEqual([
      expect.objectContaining({ index: 1, message: expect.stringContaining('duplicate id') as unknown }),
    ]);
  });
});
