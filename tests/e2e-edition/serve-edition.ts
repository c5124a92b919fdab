/**
 * The edition e2e's web server: imports the town-only fixture as a national
 * service would (its two bad rows are rejected, exit code 1), builds the
 * site with that data file and the test edition config into .build/edition,
 * then serves it. EDITION_REUSE=1 serves the last build again.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const buildDir = '.build/edition';
const data = resolve(buildDir, 'ambassadors.json');
const port = process.env.PORT ?? '4407';
const node = process.execPath;
const run = (command: string, args: string[], options: SpawnSyncOptions = {}) =>
  spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options }).status;

if (!(process.env.EDITION_REUSE && existsSync(resolve(buildDir, 'dist')))) {
  mkdirSync(buildDir, { recursive: true });
  const imported = run(node, ['scripts/map-import.ts', 'tests/unit/fixtures/import/town-only.csv', '--out', data]);
  if (imported !== 1 || !existsSync(data)) throw new Error(`the import should write the good rows and exit 1, it exited ${imported}`);
  const env = {
    ...process.env,
    BUILD_DIR: buildDir,
    AMBASSADORS_FILE: data,
    EDITION_FILE: 'tests/e2e-edition/edition.yaml',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (run('node_modules/.bin/astro', ['build'], { env }) !== 0) throw new Error('the edition build failed');
}
run(node, ['scripts/serve.ts', '--port', port, '--dir', resolve(buildDir, 'dist')]);
