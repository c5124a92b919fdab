/**
 * Finds a Chromium for Playwright: Playwright's own browser where it is
 * installed, else Debian's /usr/bin/chromium. Run as a CLI (`--ensure`), it
 * installs Debian's chromium when neither exists and we are root, and
 * otherwise says what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Flags Debian's Chromium needs in containers, and no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function ensure(): void {
  const found = findChromium();
  if (found) {
    console.log(`Chromium for the browser tests: ${found}`);
    return;
  }
  if (process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (findChromium()) return;
  }
  console.error(
    'No Chromium for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)\n' +
      "  - Playwright's own browser: npx playwright install chromium\n" +
      '  - or set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}

if (process.argv.includes('--ensure')) ensure();
