import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's /usr/bin/chromium is a script that adds desktop flags (GPU rasterization, which a
// headless run emulates on the CPU); its binary is started directly when it is there.
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
const chromium =
  process.env['CHROMIUM_PATH'] ??
  (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : '/usr/bin/chromium');

// Browser end-to-end suites (test/web) in Debian's Chromium — nothing is downloaded. The
// product is started by the global setup as `npm start` would (see test/web/support/product.ts).
export default defineConfig({
  testDir: 'test/web',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/web',
  globalSetup: './test/web/global-setup.ts',
  // Two workers, each with a product of its own (test/web/global-setup.ts); a file's tests run
  // in order in one worker.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI']
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 800 },
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    // No trace unless asked (`--trace retain-on-failure`): recording one for every test cost
    // about 40 % more CPU (dead-ends + smoke: 59 s with, 36 s without), on a machine the two
    // workers already keep busy. A failure still keeps its screenshot.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
