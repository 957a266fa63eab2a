// `npm run bench:editor`: the editor benchmark (bench/editor-bench.ts) in Debian's Chromium
// against browser mode. Not part of `npm test`. Figures go to stdout and to
// test-results/bench/editor-bench.json.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: 'editor-bench.ts',
  globalSetup: '../tests/e2e/global-setup.ts',
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../test-results/bench',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1280, height: 1000 },
    locale: 'vi-VN',
    actionTimeout: 120_000,
    navigationTimeout: 60_000,
  },
});
