/**
 * The static server for the built site (sirv, with what a static host does
 * around it): `x/index.html` for `/x/`, a redirect from `/x` to `/x/` when
 * that is a folder, 404.html with status 404 for anything else, no caching
 * beyond revalidation, and nothing outside the folder it serves. With `gzip`
 * (the benches), text is compressed when the browser asks, as every common
 * host does: timing uncompressed pages would time a host nobody uses. The
 * browser tests leave it off: a gzip stream arrives in other chunks, and the
 * layout checks were written against the plain one.
 * scripts/serve.ts is its command line; the benches start it with startStaticServer.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

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

/** The type of what sirv serves for a path: a folder's index.html, or the file named. */
function typeOf(pathname: string): string {
  const ext = pathname.endsWith('/') ? '.html' : extname(pathname) || '.html';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** A server for the folder `dir`; call listen() on it. */
export function createStaticServer(dir: string, { gzip = false } = {}): Server {
  const root = resolve(dir);
  const files = sirv(root, {
    // Reads the folder at each request (a rebuild shows at once) and never caches on its own.
    dev: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('Content-Type', typeOf(pathname));
      res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
    createReadStream(join(root, '404.html')).pipe(res);
  };
  const compress = compression();
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const folder = url.pathname.endsWith('/') ? undefined : folderAt(root, url.pathname);
    if (folder) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const serve = () => files(req, res, () => notFound(res));
    if (gzip) compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], serve);
    else serve();
  });
}

/** The folder a request path names inside root (decoded as sirv decodes it), if there is one. */
function folderAt(root: string, pathname: string): string | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (!path.startsWith(root + sep)) return undefined;
  return existsSync(path) && statSync(path).isDirectory() ? path : undefined;
}

/** Starts scripts/serve.ts in a child process (apart from the bench's own event loop) and waits until it answers. */
export async function startStaticServer(options: { port: number; dir?: string; env?: NodeJS.ProcessEnv; gzip?: boolean }) {
  const args = [
    'scripts/serve.ts',
    '--port',
    String(options.port),
    ...(options.dir ? ['--dir', options.dir] : []),
    ...(options.gzip ? ['--gzip'] : []),
  ];
  const child = spawn(process.execPath, args, { env: options.env ?? process.env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => child.kill() };
}
