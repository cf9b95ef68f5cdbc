import { defineConfig } from '@playwright/test';
import { E2E_PORT } from './support/server';

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Two spec files at a time. Three finished in 11.0 min where two took 12.5 (7 Dec), but with the
  // work-queue spec's pages beside them the CI machine's two cores were loaded enough for timing
  // races (a desk toast come and gone before it was looked at). Each test enrolls its own tablet
  // and takes its citizens from a registration range of its own; a spec that counts all the site
  // holds has a server of its own (support/own-server.ts). E2E_WORKERS=1 runs them one by one.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalSetup: './support/global-setup.ts',
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    // The tablets' clocks are in Vietnam, as the demo site's sessions are: a run at 01:00 UTC+7
    // must not see today's registrations as tomorrow's.
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'landscape', use: { viewport: { width: 1280, height: 800 } } },
    // Portrait tablets: the screens again, with their accessibility scans.
    {
      name: 'portrait',
      use: { viewport: { width: 800, height: 1280 } },
      testMatch: ['attention.spec.ts', 'signin.spec.ts', 'stations.spec.ts'],
    },
  ],
});
