// Playwright `_electron` suite: `npx playwright test -c tests/e2e-electron`.
// Needs the build (npm run build, renderer included) and an Electron binary; without the binary
// every test is skipped with a message saying so.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
