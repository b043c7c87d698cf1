/**
 * End-to-end tests: the real renderer in Debian's Chromium against the headless host (project `chromium`), and
 * the Electron shell through Playwright's `_electron` wherever Electron's binary exists (project `electron`).
 * No browser is downloaded: Chromium comes from the system (`CHROMIUM_PATH`, default /usr/bin/chromium).
 */
import { defineConfig } from '@playwright/test';
import { e2ePort, e2eDataDir, e2eLaunchKey, launchCookie } from './test/e2e/support/e2eHost';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './test/e2e/support/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    // Every context starts as a window opened from the host's printed URL: it holds the launch cookie.
    storageState: { cookies: [launchCookie(e2ePort)], origins: [] },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh data folder per run, so every run starts from the same demo data, holding this run's launch key.
    command: `node -e "const fs = require('fs'); fs.rmSync('${e2eDataDir}', { recursive: true, force: true }); fs.mkdirSync('${e2eDataDir}', { recursive: true, mode: 0o700 }); fs.writeFileSync('${e2eDataDir}/launch.key', '${e2eLaunchKey}', { mode: 0o600 })" && node scripts/serve.mjs --port ${e2ePort} --data-dir ${e2eDataDir}`,
    url: `http://127.0.0.1:${e2ePort}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
  projects: [
    { name: 'chromium', testDir: 'test/e2e/browser' },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
});
