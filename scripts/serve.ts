/**
 * A small static server for the built site, used by the browser tests and the
 * bench: `node scripts/serve.ts [--port 4329] [--dir dist]` (BUILD_DIR is
 * honoured). Unlike `astro preview`, several can run at once. It serves
 * `x/index.html` for `/x/`, redirects `/x` to `/x/` when that is a folder,
 * and answers unknown paths with 404.html and status 404, like a static host.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(arg('dir') ?? (process.env.BUILD_DIR ? join(process.env.BUILD_DIR, 'dist') : 'dist'));
const port = Number(arg('port') ?? process.env.PORT ?? 4329);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Build first (npm run build).`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    path = join(path, 'index.html');
  }
  let status = 200;
  if (!existsSync(path) || !statSync(path).isFile()) {
    status = 404;
    path = join(root, '404.html');
  }
  res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
