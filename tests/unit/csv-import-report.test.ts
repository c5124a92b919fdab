import { describe, expect, it } from 'vitest';
import { importAmbassadorCsv } from '../../src/lib/map/csv-import.ts';
import { describeDiff, diffRecords } from '../../src/lib/map/import/diff.ts';
import { formatReport, reportCsv, summaryLine } from '../../src/lib/map/import/report.ts';

const HEADER = 'id;name;country;lat;lon;town;languages;support;profile\n';
const row = (i: number, over: Partial<Record<'country' | 'lat' | 'profile' | 'name', string>> = {}) =>
  `r-${i};${over.name ?? `Person ${i}`};${over.country ?? 'ES'};${over.lat ?? '40,4'};-3,7;Madrid;es;training;${over.profile ?? ''}\n`;

describe('a report for 5,000 rows with hundreds of problems', () => {
  let csv = HEADER;
  for (let i = 1; i <= 5000; i++) {
    if (i % 20 === 0) csv += row(i, { country: 'XX' });
    else if (i % 33 === 0) csv += row(i, { lat: 'north' });
    else if (i === 7) csv += row(i, { profile: 'javascript:alert(1)' });
    else if (i === 9) csv += row(i).replace('r-9', '=2+2');
    else csv += row(i);
  }
  const r = importAmbassadorCsv(csv);
  const lines = formatReport('export.csv', r, 5);

  it('starts with the count for each reason, the largest first', () => {
    expect(r.errors).toHaveLength(250 + 144 + 1 + 1);
    expect(lines.slice(0, 4)).toEqual([
      'Rejected, by reason:',
      '      250  not an eTwinning or eTwinning Plus country [unknown-country]',
      '      144  coordinates that are not numbers, or only one of them [bad-coordinates]',
      expect.stringMatching(/^ {8}1 {2}/),
    ]);
  });

  it('then lists a few lines of each reason and says how many more the CSV holds', () => {
    const section = lines.indexOf('rejected — unknown-country (250):');
    expect(lines.slice(section + 1, section + 7)).toEqual([
      ...[20, 40, 60, 80, 100].map(
        (id) => `  export.csv:${id + 1} (id r-${id}): unknown country "XX": not an eTwinning or eTwinning Plus country`,
      ),
      '  … and 245 more (--report <file.csv> lists every line)',
    ]);
    expect(lines.length).toBeLessThan(40);
    expect(summaryLine('export.csv', r)).toBe('export.csv: 5,000 row(s): 4,604 written, 396 rejected; 0 placed from their town name.');
  });

  it('writes every line to a CSV a spreadsheet opens safely', () => {
    const text = reportCsv(r);
    const body = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(body).toHaveLength(1 + 396);
    expect(body[0]).toBe('"line","id","outcome","reason","message"');
    expect(body[1]).toBe(
      '"8","r-7","rejected","bad-link","profile link ""javascript:alert(1)"" must start with https:// (it is a javascript: address)"',
    );
    // An id typed as a formula is reported, but no cell starts with "=" where a spreadsheet would run it.
    expect(body[2]).toMatch(/^"10","'=2\+2","rejected","invalid-value",/);
    expect(body.every((l) => !/(^|,)"[=+\-@]/.test(l))).toBe(true);
  });
});

describe('a re-import', () => {
  const before = importAmbassadorCsv(HEADER + row(1) + row(2) + row(3)).records;
  const after = importAmbassadorCsv(HEADER + row(1) + row(3, { name: 'Renamed Person', lat: '41' }) + row(4)).records;

  it('says who was added, removed and changed, by id and field', () => {
    const diff = diffRecords(before, after);
    expect(diff).toEqual({ added: ['r-4'], removed: ['r-2'], changed: [{ id: 'r-3', fields: ['lat', 'name'] }], unchanged: 1 });
    expect(describeDiff(diff)).toEqual([
      '1 added, 1 removed, 1 changed, 1 unchanged',
      '  added: r-4',
      '  removed: r-2',
      '  changed: r-3 (lat, name)',
    ]);
  });
});
