import { defineConfig } from 'vitest/config';

// Unit tests run in parallel forks. Render tests (LibreOffice/Poppler round
// trips under tests/render) get a longer timeout and run one file at a time so
// concurrent soffice processes do not fight over CPU and profile locks.
// Playwright specs (tests/e2e) are run by `npx playwright test`, not vitest.
// include/exclude live only in the projects: `extends: true` merges arrays.
const RENDER = 'tests/render/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'tests/e2e/**', RENDER],
        },
      },
      {
        extends: true,
        test: {
          name: 'render',
          include: [RENDER],
          exclude: ['**/node_modules/**', 'tests/e2e/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
