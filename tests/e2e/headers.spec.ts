import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/static-server.ts';
import { expect, hydrateIslands, test } from './fixtures.ts';
import { builtPages, distDir } from './helpers.ts';

/**
 * The site as a real host serves it with the generated dist/_headers
 * (src/integrations/headers.ts), by a server of its own (the static server
 * with each path's headers set first, as such a host does), so the header CSP (frame-ancestors included) is enforced on top
 * of the page's <meta> CSP. Every page is opened: no CSP violation, no error.
 */

/** dist/_headers as path patterns and their headers, in file order. */
function readHeadersFile(): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      rules.push({ pattern: new RegExp(`^${escaped.replace(/\*/g, '.*')}$`), headers: [] });
    } else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      rules.at(-1)!.headers.push([name, value]);
    }
  }
  return rules;
}

const RULES = readHeadersFile();
const headersOf = (pathname: string) => Object.fromEntries(RULES.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers));

test('the headers file carries the hardening a meta CSP cannot, and long caching for hashed files only', () => {
  const page = headersOf('/book/welcome/');
  const csp = page['Content-Security-Policy'] ?? '';
  for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "form-action 'self'", "default-src 'self'"])
    expect(csp).toContain(directive);
  // The same script hashes as the page's own <meta> CSP.
  const meta = readFileSync(join(distDir, 'index.html'), 'utf8');
  for (const hash of csp.match(/'sha256-[^']+'/g) ?? []) expect(meta).toContain(hash);
  expect(csp.match(/'sha256-/g)?.length ?? 0).toBeGreaterThan(0);
  expect(page['Permissions-Policy']).toContain('geolocation=(self)');
  expect(page['X-Content-Type-Options']).toBe('nosniff');
  expect(page['Referrer-Policy']).toBeTruthy();
  expect(page['Cache-Control']).toBeUndefined();
  expect(headersOf('/_astro/client.abc123.js')['Cache-Control']).toContain('immutable');
  const nginx = readFileSync(join(distDir, 'nginx-headers.conf'), 'utf8');
  const apache = readFileSync(join(distDir, '.htaccess'), 'utf8');
  for (const config of [nginx, apache]) expect(config).toContain(csp);
});

/** The static server, with the headers dist/_headers gives each path set on every response. */
async function hostWithHeaders(): Promise<{ base: string; server: Server }> {
  const files = createStaticServer(distDir).listeners('request')[0] as RequestListener;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headersOf(new URL(req.url ?? '/', 'http://host').pathname))) res.setHeader(name, value);
    files(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test.describe('served with the generated headers', () => {
  let host: { base: string; server: Server };
  test.beforeAll(async () => {
    host = await hostWithHeaders();
  });
  test.afterAll(() => host.server.close());

  test('every page loads without a CSP violation or a page error', async ({ page }) => {
    test.setTimeout(180_000);
    const violations: string[] = [];
    const errors: string[] = [];
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    const pages = builtPages().filter((p) => p.endsWith('/'));
    const first = await page.goto(host.base + pages[0]!);
    expect(first?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const path of pages) {
      await page.goto(host.base + path);
      // The pages with islands run them too (quizzes, map, offline saver), under the header CSP.
      if (await page.locator('astro-island').count()) await hydrateIslands(page);
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a page refuses to be framed', async ({ page }) => {
    await page.goto(`${host.base}/404.html`);
    await page.setContent(`<iframe src="${host.base}/book/welcome/" title="framed"></iframe>`);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.url()).not.toBe('about:blank');
    expect(frame.url()).not.toContain('/book/welcome/');
  });
});
