/**
 * `npm test`: everything a change must pass, in order — a Chromium for the
 * browser tests, astro check, the unit tests, a build, then the browser tests
 * against that build. Prints one closing line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// node_modules/.bin first, so every tool's `#!/usr/bin/env node` finds the pinned Node 24.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
const port = process.env.PORT ?? '4329';
// Not test-results/: Playwright empties that folder when it starts.
const reports = '.build/reports';
mkdirSync(reports, { recursive: true });
// A report left by an earlier run must not be counted if a step fails before writing its own.
for (const f of ['vitest.json', `playwright-${port}.json`]) rmSync(`${reports}/${f}`, { force: true });

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`${status === 0 ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

const ok =
  run('browser', bin('node'), ['scripts/chromium.ts', '--ensure']) &&
  run('types', bin('astro'), ['check']) &&
  run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]) &&
  run('build', bin('astro'), ['build']) &&
  run('browser tests', bin('playwright'), ['test']);

function count(file: string, pick: (json: any) => [number, number]): void {
  if (!existsSync(file)) return;
  try {
    const [p, f] = pick(JSON.parse(readFileSync(file, 'utf8')));
    passed += p;
    failed += f;
  } catch {
    /* a broken report is reported by the step's own exit code */
  }
}
count(`${reports}/vitest.json`, (j) => [j.numPassedTests ?? 0, j.numFailedTests ?? 0]);
count(`${reports}/playwright-${port}.json`, (j) => [(j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0), j.stats?.unexpected ?? 0]);

if (!ok && failed === 0) failed = 1; // a step failed before any test could count it (check, build)
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
