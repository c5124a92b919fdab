import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmbassadorFile } from '../../src/collections/ambassadors.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run import:ambassadors -- file.csv --out path`, run as a national service would run it. */
function runImport(csvPath: string, out: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/map-import.ts', csvPath, '--out', out]);
    const run: Run = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', fail).on('close', (status) => done({ ...run, status }));
  });
}

// The CSV parsing itself is tested in process (map-csv-import.test.ts); these run the command.
describe('the import:ambassadors command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amb-import-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const out = (name: string) => join(dir, name);
  // Each run starts a Node process: all four start at once rather than one after another.
  const runs = {
    messy: runImport('tests/unit/fixtures/map-messy.csv', out('messy.json')),
    good: runImport(
      write(
        'good.csv',
        'id,name,kind,country,region,town,lat,lon,languages,levels,support,since,profile\nok-1,Test Person,Teacher,MT,Malta,Valletta,35.9,14.51,mt;en,Primary,E-mail,2019,https://example.org/ok-1\n',
      ),
      out('good.json'),
    ),
    missing: runImport(join(dir, 'missing.csv'), out('x.json')),
    short: runImport(write('short.csv', 'id;name\n1;A\n'), out('short.json')),
  };

  it('writes the good rows, lists every rejected row by line, and exits non-zero', async () => {
    const r = await runs.messy;
    expect(r.status).toBe(1);
    for (const line of [6, 7, 8, 9, 12]) expect(r.stderr).toContain(`map-messy.csv:${line}: rejected`);
    expect(r.stdout).toMatch(/3 ambassador\(s\) written .*; 5 row\(s\) rejected/);
    // The output is a valid data file the build accepts.
    const file = parseAmbassadorFile(readFileSync(out('messy.json'), 'utf8'), out('messy.json'));
    expect(file.ambassadors.map((a) => a.id)).toEqual(['A-001', 'A-002', 'A-006']);
  });

  it('exits 0 when every row is good', async () => {
    const r = await runs.good;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(parseAmbassadorFile(readFileSync(out('good.json'), 'utf8'), out('good.json')).ambassadors).toHaveLength(1);
  });

  it('exits 2 naming the file when it cannot be read', async () => {
    const r = await runs.missing;
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.csv: cannot read the file/);
  });

  it('exits 2, writing nothing, when the file lacks a required column', async () => {
    const r = await runs.short;
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/short\.csv: no column for "kind"/);
    expect(existsSync(out('short.json'))).toBe(false);
  });
});
