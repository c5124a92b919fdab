/**
 * `npm test`: everything a change must pass — a Chromium for the browser
 * tests; lint, format and type checks; the unit tests and a build; then the
 * browser tests against that build. Prints one closing line "N passed, N failed".
 *
 * Steps that do not depend on each other run side by side (the machine has
 * two cores), each with its output shown whole when it ends, so the log reads
 * in order.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// node_modules/.bin first, so every tool's `#!/usr/bin/env node` finds the pinned Node 24.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
const port = process.env.PORT ?? '4329';
// Not test-results/: Playwright empties that folder when it starts.
const reports = '.build/reports';
const distDir = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/dist` : 'dist';
mkdirSync(reports, { recursive: true });
// A report left by an earlier run must not be counted if a step fails before writing its own.
for (const f of ['vitest.json', `playwright-${port}.json`, 'playwright-edition.json']) rmSync(`${reports}/${f}`, { force: true });

interface Step {
  label: string;
  cmd: string;
  args: string[];
}
const bin = (name: string) => `node_modules/.bin/${name}`;
const step = (label: string, name: string, ...args: string[]): Step => ({ label, cmd: bin(name), args });

const finished = (label: string, ok: boolean, started: number) =>
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** Steps side by side; each one's output is printed whole when it ends. */
async function runTogether(steps: Step[]): Promise<boolean> {
  const results = await Promise.all(
    steps.map(
      ({ label, cmd, args }) =>
        new Promise<boolean>((resolve) => {
          const started = Date.now();
          const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('close', (code) => {
            console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}\n${output.trimEnd()}`);
            finished(label, code === 0, started);
            resolve(code === 0);
          });
        }),
    ),
  );
  return results.every(Boolean);
}

/** Steps one after another with output live, not blocking the steps running beside them. */
async function runSequence(steps: Step[]): Promise<boolean> {
  for (const { label, cmd, args } of steps) {
    console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => spawn(cmd, args, { env, stdio: 'inherit' }).on('close', resolve));
    finished(label, code === 0, started);
    if (code !== 0) return false;
  }
  return true;
}

// The browser tests are the long pole, so the build and they start as soon as the type check has written
// Astro's generated types, and lint and the unit tests run beside them; getting a Chromium (a download on a
// fresh machine) overlaps the checks.
const checks = await Promise.all([
  runTogether([
    // astro check first: it writes .astro/types.d.ts, without which type-checked lint cannot see astro:content's types.
    step('types', 'astro', 'check'),
    // The service worker has its own tsconfig: the WebWorker and DOM libraries cannot share one program.
    step('worker types', 'tsc', '-p', 'src/client/offline-worker/tsconfig.json'),
    step('format', 'prettier', '--check', '.'),
  ]),
  // One after the other: both may use apt-get, which allows one run at a time.
  runSequence([
    step('browser', 'node', 'scripts/chromium.ts', '--ensure'),
    step('EPUB checker', 'node', 'scripts/epubcheck.ts', '--ensure'),
  ]),
]);
const ok =
  checks.every(Boolean) &&
  (
    await Promise.all([
      (async () =>
        (await runTogether([
          step('lint', 'eslint', '.'),
          step('unit tests', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`),
        ])) &&
        // A national edition: its own build from an imported town-only export and a test edition config.
        (await runSequence([step('edition browser tests', 'playwright', 'test', '-c', 'playwright.edition.config.ts')])))(),
      runSequence([
        step('build', 'astro', 'build'),
        // The words as readers get them: no run of 10 words, no close paraphrase of a source, on any built page.
        step('originality of the built pages', 'node', 'scripts/check-originality.ts', '--built', distDir),
        step('browser tests', 'playwright', 'test'),
      ]),
    ])
  ).every(Boolean);

let passed = 0;
let failed = 0;
function count(file: string, pick: (json: unknown) => [number, number]): void {
  if (!existsSync(file)) return;
  try {
    const [p, f] = pick(JSON.parse(readFileSync(file, 'utf8')));
    passed += p;
    failed += f;
  } catch {
    /* a broken report is reported by the step's own exit code */
  }
}
const num = (value: unknown) => (typeof value === 'number' ? value : 0);
count(`${reports}/vitest.json`, (json) => {
  const j = json as { numPassedTests?: unknown; numFailedTests?: unknown };
  return [num(j.numPassedTests), num(j.numFailedTests)];
});
for (const report of [`${reports}/playwright-${port}.json`, `${reports}/playwright-edition.json`])
  count(report, (json) => {
    const s = (json as { stats?: { expected?: unknown; flaky?: unknown; unexpected?: unknown } }).stats ?? {};
    return [num(s.expected) + num(s.flaky), num(s.unexpected)];
  });

if (!ok && failed === 0) failed = 1; // a step failed before any test could count it (lint, check, build)
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
