import { describe, expect, it } from 'vitest';
import { CsvFileError, importAmbassadorCsv, importAmbassadorTable } from '../../src/lib/map/csv-import.ts';
import { EncodingError, decodeBytes } from '../../src/lib/map/import/decode.ts';
import { readWorkbook } from '../../src/lib/map/import/xlsx.ts';
import { fixtureBytes, geonamesTowns } from './fixtures/import/load.ts';
import { makeXlsx } from './fixtures/import/make-xlsx.ts';

/** Decodes a fixture as the command does, then imports it. */
function importFixture(name: string) {
  const decoded = decodeBytes(fixtureBytes(name));
  return { decoded, result: importAmbassadorCsv(decoded.text, { towns: geonamesTowns() }) };
}
const people = (r: ReturnType<typeof importAmbassadorCsv>) => r.records.map((a) => [a.id, a.name, a.town]);

describe('spreadsheet exports as people save them', () => {
  it('reads UTF-8 with a BOM, "," and quoted cells', () => {
    const { decoded, result } = importFixture('utf8-bom-comma.csv');
    expect(decoded).toMatchObject({ encoding: 'utf-8', how: 'byte order mark' });
    expect(result.delimiter).toBe(',');
    expect(people(result)).toEqual([['g-1', 'Jürgen Beispiel', 'Köln']]);
    expect(result.records[0]!.support).toEqual(['training', 'visits']);
  });

  it('detects a Windows-1252 export and keeps its accents (not "�")', () => {
    const { decoded, result } = importFixture('windows-1252.csv');
    expect(decoded).toMatchObject({ encoding: 'windows-1252', how: 'not valid UTF-8' });
    expect(people(result)).toEqual([
      ['w-1', 'René Exemplær – Åse', 'Køge'],
      ['w-2', 'François Démo', 'Besançon'],
    ]);
    expect(JSON.stringify(result.records)).not.toContain('\uFFFD');
    expect(result.records[0]).toMatchObject({ lat: 55.45802, lon: 12.18214 });
  });

  it.each(['utf16le-tab.csv', 'utf16be-tab.csv'])('reads a UTF-16 "Unicode text" export with tabs: %s', (name) => {
    const { decoded, result } = importFixture(name);
    expect(decoded.encoding).toBe(name.includes('le') ? 'utf-16le' : 'utf-16be');
    expect(result.delimiter).toBe('\t');
    expect(result.errors).toEqual([]);
    expect(result.lines).toEqual([2, 3]);
    expect(people(result)).toEqual([
      ['x-1', 'Zoë Voorbeeld', 'Gent'],
      ['x-2', 'Šárka Příklad', 'Brno'],
    ]);
  });

  it('reads UTF-16 without a byte order mark from its zero bytes', () => {
    const withBom = fixtureBytes('utf16le-tab.csv');
    const decoded = decodeBytes(withBom.slice(2));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', how: 'zero bytes' });
    expect(decoded.text.startsWith('id\tname')).toBe(true);
  });

  it('uses the encoding named with --encoding, and says so when the file is not in it', () => {
    expect(decodeBytes(fixtureBytes('windows-1252.csv'), 'windows-1252').how).toBe('named');
    expect(() => decodeBytes(fixtureBytes('windows-1252.csv'), 'utf-8')).toThrow(EncodingError);
  });

  it('takes an Excel "sep=;" first line as the separator, not as the header', () => {
    const { result } = importFixture('excel-sep.csv');
    expect(result.delimiter).toBe(';');
    expect(result.lines).toEqual([3]);
    expect(result.records[0]).toMatchObject({ id: 's-1', town: 'Kraków', lat: 50.06143, lon: 19.93658 });
  });

  it('accepts comma decimals and quoted separators and newlines', () => {
    const csv = 'id;name;country;town;lat;lon;languages;support\nq-1;"Ana; the elder";PT;"Ponta\nDelgada";37,74;-25,67;pt;training\n';
    const r = importAmbassadorCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject({ name: 'Ana; the elder', town: 'Ponta\nDelgada', lat: 37.74, lon: -25.67 });
  });

  it('reads an .xlsx workbook, numbering rows as the spreadsheet does', async () => {
    const bytes = await makeXlsx([
      ['id', 'name', 'country', 'town', 'lat', 'lon', 'languages', 'support', 'since'],
      ['x-1', 'Kasia Przykładowa', 'PL', 'Gdańsk', 54.35205, 18.64637, 'pl', 'training', 2018],
      undefined,
      ['x-2', 'Jan Příklad', 'CZ', 'Brno', 49.19522, 16.60796, 'cs', 'email', 2021],
      ['x-3', 'Bad Country', 'XX', 'Nowhere', 1, 1, 'en', 'training', 2020],
    ]);
    const r = importAmbassadorTable(await readWorkbook(bytes));
    expect(r.delimiter).toBe('sheet');
    expect(r.records.map((a) => [a.id, a.name, a.lat, a.since])).toEqual([
      ['x-1', 'Kasia Przykładowa', 54.35205, 2018],
      ['x-2', 'Jan Příklad', 49.19522, 2021],
    ]);
    expect(r.lines).toEqual([2, 4]);
    expect(r.errors).toEqual([expect.objectContaining({ line: 5, id: 'x-3', code: 'unknown-country' })]);
  });

  it('refuses an empty file and a header with no rows, naming the line', () => {
    expect(() => importAmbassadorCsv('\uFEFF\n\n')).toThrow(/empty/);
    expect(() => importAmbassadorCsv(new TextDecoder().decode(fixtureBytes('header-only.csv')))).toThrow(
      new CsvFileError('line 1 is the header and there are no rows under it: nothing to import'),
    );
  });
});
