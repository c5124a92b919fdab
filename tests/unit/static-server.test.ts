import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.ts';

/**
 * The server the browser tests and the bench use (scripts/serve.ts), on a
 * folder named like a build (`dist`) beside one whose name starts the same.
 */
const parent = mkdtempSync(join(tmpdir(), 'serve-'));
const files: Record<string, string> = {
  'dist/index.html': '<h1>Cover</h1>',
  'dist/404.html': '<h1>Not found</h1>',
  'dist/book/welcome/index.html': '<h1>Welcome</h1>',
  'dist/toolkit/deck.pptx': 'PK',
  'dist-secret/x.txt': 'secret',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(parent, path, '..'), { recursive: true });
  writeFileSync(join(parent, path), text);
}
const server = createStaticServer(join(parent, 'dist'));

/** A request with the path sent exactly as written (fetch would normalise dot segments). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server for tests and benches', () => {
  beforeAll(() => new Promise<void>((done) => server.listen(0, '127.0.0.1', done)));
  afterAll(() => {
    server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('serves a folder page as HTML that the browser must revalidate', async () => {
    const page = await get('/book/welcome/');
    expect(page).toMatchObject({ status: 200, body: '<h1>Welcome</h1>' });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await get('/')).body).toBe('<h1>Cover</h1>');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const moved = await get('/book/welcome?x=1');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/book/welcome/?x=1');
  });

  it('serves a toolkit download with its Office type', async () => {
    const deck = await get('/toolkit/deck.pptx');
    expect(deck.status).toBe(200);
    expect(deck.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    expect(await get('/no/such/page/')).toMatchObject({ status: 404, body: '<h1>Not found</h1>' });
  });

  it('serves nothing from a sibling folder, however the path is written', async () => {
    for (const path of [
      '/..%2fdist-secret/x.txt',
      '/../dist-secret/x.txt',
      '/%2e%2e/dist-secret/x.txt',
      '/..%5cdist-secret/x.txt',
      '/..%2fdist-secret',
    ]) {
      const answer = await get(path);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(answer.body).not.toContain('secret');
    }
  });
});
