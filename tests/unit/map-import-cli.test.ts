import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmbassadorFile } from '../../src/collections/ambassadors.ts';

/** `npm run import:ambassadors -- file.csv --out path`, run as a national service would run it. */
function runImport(csvPath: string, out: string) {
  const r = spawnSync(process.execPath, ['scripts/map-import.ts', csvPath, '--out', out], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the import:ambassadors command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amb-import-'));

  it('writes the good rows, lists every rejected row by line, and exits non-zero', () => {
    const out = join(dir, 'messy.json');
    const r = runImport('tests/unit/fixtures/map-messy.csv', out);
    expect(r.status).toBe(1);
    for (const line of [6, 7, 8, 9, 12]) expect(r.stderr).toContain(`map-messy.csv:${line}: rejected`);
    expect(r.stdout).toMatch(/3 ambassador\(s\) written .*; 5 row\(s\) rejected/);
    // The output is a valid data file the build accepts.
    const file = parseAmbassadorFile(readFileSync(out, 'utf8'), out);
    expect(file.ambassadors.map((a) => a.id)).toEqual(['A-001', 'A-002', 'A-006']);
  });

  it('exits 0 when every row is good', () => {
    const csv = join(dir, 'good.csv');
    writeFileSync(
      csv,
      'id,name,kind,country,region,town,lat,lon,languages,levels,support,since,profile\nok-1,Test Person,Teacher,MT,Malta,Valletta,35.9,14.51,mt;en,Primary,E-mail,2019,https://example.org/ok-1\n',
    );
    const out = join(dir, 'good.json');
    const r = runImport(csv, out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(parseAmbassadorFile(readFileSync(out, 'utf8'), out).ambassadors).toHaveLength(1);
  });

  it('names the file when it cannot be read', () => {
    const r = runImport(join(dir, 'missing.csv'), join(dir, 'x.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.csv: cannot read the file/);
  });
});
