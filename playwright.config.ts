// End-to-end tests of the editor in browser mode, in Debian's Chromium (/usr/bin/chromium).
// `npx playwright test` (also run by `npm test`, which adds `--reporter=list,json`).
// Each test starts its own browser-mode server on a free port with fresh documents and user
// data folders (tests/e2e/fixtures.ts). The renderer is built once before the run
// (tests/e2e/global-setup.ts; VANBAN_E2E_NO_BUILD=1 uses dist/ as it is).
// Two projects: "browser" (tests/e2e) and "electron" (tests/e2e-electron: the real app through
// Playwright's _electron, skipped with a message where no Electron binary is installed — so
// `npm test` always says whether it ran).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/chromium';
import { TIME_ZONE } from './tests/e2e/clock';

export default defineConfig({
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // A slow CI machine with two cores: one test at a time per core, nothing retried.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  // Baselines without a platform suffix: they are made in this Chromium only.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/e2e-electron', use: { launchOptions: {} } },
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1280, height: 1400 },
    locale: 'vi-VN',
    timezoneId: TIME_ZONE,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
