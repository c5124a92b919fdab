import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';

// A national edition: the site built from an imported town-only export and a test edition config
// (tests/e2e-edition/serve-edition.ts builds it into .build/edition and serves it).
const port = Number(process.env.PORT ?? 4407);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e-edition',
  workers: 1,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.build/reports/playwright-edition.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node_modules/.bin/node tests/e2e-edition/serve-edition.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // A full build of the site comes first.
    timeout: 900_000,
  },
});
