import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmbassadorFile } from '../../src/collections/ambassadors.ts';
import { fixturePath } from './fixtures/import/load.ts';
import { makeXlsx } from './fixtures/import/make-xlsx.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Three commands at a time: a dozen Node processes at once starve a shared two-core machine.
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= 3) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** `npm run import:ambassadors -- <args>`, run as a national service would run it. */
function runImport(...args: string[]): Promise<Run> {
  return slot(() => spawnImport(args));
}

function spawnImport(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/map-import.ts', ...args]);
    const run: Run = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', fail).on('close', (status) => done({ ...run, status }));
  });
}

const HEADER = 'id,name,country,town,lat,lon,languages,support,listed\n';
const person = (id: string, name = `Person ${id}`) => `${id},${name},MT,Valletta,35.9,14.51,mt,E-mail,yes\n`;

// The CSV parsing itself is tested in process (csv-import-*.test.ts); these run the command.
// The last of the fourteen runs may wait for the others.
describe('the import:ambassadors command', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'amb-import-'));
  const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const out = (name: string) => join(dir, name);
  const sample = (name: string) => (copyFileSync('content/ambassadors/ambassadors.json', out(name)), out(name));
  const real = write(
    'real.json',
    `{"about":"a real network","ambassadors":[${['a', 'b', 'c', 'd'].map((id) => JSON.stringify({ id, name: `Person ${id}`, country: 'MT', town: 'Valletta', lat: 35.9, lon: 14.51, languages: ['mt'], support: ['email'] })).join(',')}]}`,
  );
  const sampleBefore = readFileSync('content/ambassadors/ambassadors.json', 'utf8');
  // Each run starts a Node process: all start at once rather than one after another.
  const runs = {
    // 5 of its 8 rows are bad: "mostly rejected", so it is written only with --force.
    messy: runImport('tests/unit/fixtures/map-messy.csv', '--out', out('messy.json'), '--profile-host', 'example.org', '--force'),
    good: runImport(write('good.csv', HEADER + person('ok-1')), '--out', out('good.json')),
    missing: runImport(join(dir, 'missing.csv'), '--out', out('x.json')),
    short: runImport(write('short.csv', 'id;name\n1;A\n'), '--out', out('short.json')),
    noFolder: runImport(join(dir, 'good.csv'), '--out', join(dir, 'no-such-folder', 'data.json')),
    headerOnly: runImport(fixturePath('header-only.csv'), '--out', sample('header-only.json')),
    allBad: runImport(fixturePath('hostile-links.csv'), '--out', sample('all-bad.json'), '--profile-host', 'nowhere.example'),
    forced: runImport(fixturePath('data-loss.csv'), '--out', out('forced.json'), '--force'),
    dryRun: runImport(fixturePath('town-only.csv'), '--out', sample('dry.json'), '--dry-run', '--report', out('dry-report.csv')),
    windows: runImport(fixturePath('windows-1252.csv'), '--out', out('w.json')),
    usage: runImport('--bogus'),
    workbook: makeXlsx([
      ['ID', 'Name', 'Country', 'City', 'Languages', 'Support offered', 'Listed'],
      ['x-1', 'Kasia Przykładowa', 'Poland', 'Gdańsk', 'pl', 'training', 'TAK'],
      ['x-2', 'Jan Příklad', 'CZ', 'Brno', 'cs', 'email', 'no'],
    ]).then((bytes) => (writeFileSync(out('network.xlsx'), bytes), runImport(out('network.xlsx'), '--out', out('xlsx.json')))),
    shrink: runImport(write('one.csv', HEADER + person('a')), '--out', real),
    reimport: runImport(
      write('re.csv', HEADER + person('a', 'Renamed Person') + person('b') + person('c') + person('e')),
      '--out',
      write('re.json', readFileSync(real, 'utf8')),
    ),
  };

  it('with --force writes the good rows, lists every rejected row by line, and exits 1', async () => {
    const r = await runs.messy;
    expect(r.status).toBe(1);
    for (const line of [6, 7, 8, 9, 12]) expect(r.stderr).toContain(`map-messy.csv:${line} (id `);
    expect(r.stdout).toContain('map-messy.csv: 8 row(s): 3 written, 5 rejected');
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

  it('exits 2 naming the file when it cannot be read, or its header lacks a column', async () => {
    expect(await runs.missing).toMatchObject({ status: 2, stderr: expect.stringMatching(/missing\.csv: cannot read the file/) as unknown });
    const short = await runs.short;
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/short\.csv: line 1: no column for "country"/);
    expect(existsSync(out('short.json'))).toBe(false);
  });

  it('exits 2 with a sentence, not a stack trace, for an --out in a missing folder or an unknown option', async () => {
    const r = await runs.noFolder;
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--out .*no-such-folder.*: the folder .* does not exist\n$/);
    const u = await runs.usage;
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('Usage: npm run import:ambassadors');
  });

  it('never replaces a data file with an empty result: header-only or all rows rejected', async () => {
    const h = await runs.headerOnly;
    expect(h.status).toBe(2);
    expect(h.stderr).toContain('line 1 is the header and there are no rows under it');
    expect(readFileSync(out('header-only.json'), 'utf8')).toBe(sampleBefore);
    const bad = await runs.allBad;
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/Nothing written: 7 of 8 rows were rejected/);
    expect(readFileSync(out('all-bad.json'), 'utf8')).toBe(sampleBefore);
  });

  it('writes a mostly rejected result only with --force, still exiting 1', async () => {
    const r = await runs.forced;
    expect(r.status).toBe(1);
    expect(parseAmbassadorFile(readFileSync(out('forced.json'), 'utf8'), 'forced.json').ambassadors.map((a) => a.id)).toEqual(['d-3']);
  });

  it('refuses to drop more than half of a real network without --force', async () => {
    const r = await runs.shrink;
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('it would remove 3 of the 4 people');
    expect(parseAmbassadorFile(readFileSync(real, 'utf8'), real).ambassadors).toHaveLength(4);
  });

  it('--dry-run prints the report and the changes, writes the --report CSV, and leaves the data file alone', async () => {
    const r = await runs.dryRun;
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('5 added, 1200 removed, 0 changed, 0 unchanged');
    expect(r.stdout).toContain('7 row(s): 5 written, 2 rejected; 5 placed from their town name.');
    expect(r.stdout).toContain('Dry run:');
    expect(readFileSync(out('dry.json'), 'utf8')).toBe(sampleBefore);
    const raw = readFileSync(out('dry-report.csv'), 'utf8');
    // A BOM, so Excel reads the accents as UTF-8.
    expect(raw.startsWith('\uFEFF"line"')).toBe(true);
    const csv = raw.trim().split('\r\n');
    expect(csv.map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      '"line","id","outcome","reason"',
      '"6","tw-05","rejected","ambiguous-town"',
      '"7","tw-06","rejected","unknown-town"',
    ]);
  });

  it('prints what a re-import changes, by id', async () => {
    const r = await runs.reimport;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 added, 1 removed, 1 changed, 2 unchanged');
    expect(r.stdout).toContain('added: e');
    expect(r.stdout).toContain('removed: d');
    expect(r.stdout).toContain('changed: a (name)');
  });

  it('reads an .xlsx workbook, keeping out the row without consent', async () => {
    const r = await runs.workbook;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 row(s): 1 written, 0 rejected, 1 left out (no consent to be listed); 1 placed from their town name.');
    expect(r.stderr).toContain('network.xlsx:3 (id x-2): said no to being listed');
    const [kasia] = parseAmbassadorFile(readFileSync(out('xlsx.json'), 'utf8'), 'xlsx.json').ambassadors;
    expect(kasia).toMatchObject({ id: 'x-1', name: 'Kasia Przykładowa', country: 'PL', town: 'Gdańsk' });
  });

  it('reads a Windows-1252 export and says it did', async () => {
    const r = await runs.windows;
    expect(r.stderr).toContain('not valid UTF-8, read as Windows-1252');
    const names = parseAmbassadorFile(readFileSync(out('w.json'), 'utf8'), 'w.json').ambassadors.map((a) => a.name);
    expect(names).toEqual(['René Exemplær – Åse', 'François Démo']);
  });
});
