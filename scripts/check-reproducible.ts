/**
 * `npm run check:reproducible`: builds the book twice from the same tree and
 * compares every file byte for byte. Readers' saved copies depend on it: the
 * service worker's version is a digest of the files, so a rebuild that
 * changes bytes makes every device download the book again.
 *
 *   node scripts/check-reproducible.ts                  two fresh builds (.build/repro-a, .build/repro-b)
 *   node scripts/check-reproducible.ts --against <dist> one fresh build, compared with a build already made
 *
 * Exits 1 listing the files that differ (and those only one build has).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

function build(buildDir: string): string {
  rmSync(buildDir, { recursive: true, force: true });
  const started = Date.now();
  const env = { ...process.env, BUILD_DIR: buildDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = spawnSync('node_modules/.bin/astro', ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`built ${buildDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return resolve(buildDir, 'dist');
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, path);
    if (statSync(full).isFile()) out.set(path.split(sep).join('/'), readFileSync(full));
  }
  return out;
}

export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other) problems.push(`${path}: only in the first build`);
    else if (!bytes.equals(other)) problems.push(`${path}: differs (${bytes.length} and ${other.length} bytes)`);
  }
  for (const path of b.keys()) if (!a.has(path)) problems.push(`${path}: only in the second build`);
  return problems.sort();
}

const against = process.argv.indexOf('--against');
const first = against > 0 ? resolve(process.argv[against + 1] ?? 'dist') : build('.build/repro-a');
const second = build('.build/repro-b');
const problems = differences(files(first), files(second));
if (problems.length) {
  console.error(`Not reproducible: ${problems.length} file(s) differ between two builds of the same tree:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Reproducible: ${files(second).size} files, byte-identical in both builds.`);
