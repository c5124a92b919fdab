/**
 * Serves the built site for the browser tests and the bench:
 * `node scripts/serve.ts [--port 4329] [--dir dist]` (BUILD_DIR is honoured,
 * then PORT). Unlike `astro preview`, several can run at once. What it
 * serves and how: scripts/static-server.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(arg('dir') ?? (process.env.BUILD_DIR ? join(process.env.BUILD_DIR, 'dist') : 'dist'));
const port = Number(arg('port') ?? process.env.PORT ?? 4329);

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Build first (npm run build).`);
  process.exit(1);
}

createStaticServer(root, { gzip: args.includes('--gzip') }).listen(port, '127.0.0.1', () =>
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`),
);
