/**
 * `node scripts/epubcheck.ts --ensure`: the EPUB checker the browser tests use
 * (tests/e2e/epub.spec.ts). Debian's `epubcheck` (the W3C's checker, a Java
 * program) when present; as root it is installed with apt-get, as `npm test`
 * does for Chromium. Otherwise it says how to install it, and the one test
 * that needs it reports itself skipped with that reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const EPUBCHECK = '/usr/bin/epubcheck';

function ensure(): void {
  if (existsSync(EPUBCHECK)) {
    console.log(`EPUB checker: ${EPUBCHECK}`);
    return;
  }
  if (process.getuid?.() === 0) {
    console.log("No epubcheck found: installing Debian's epubcheck package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'epubcheck'], { stdio: 'inherit', env });
    if (existsSync(EPUBCHECK)) return;
  }
  console.warn('No epubcheck: the EPUB check will be skipped. Install it with: sudo apt-get install epubcheck');
}

if (process.argv.includes('--ensure')) ensure();
