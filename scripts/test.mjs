#!/usr/bin/env node
// `npm test`: type-check, then vitest, then Playwright (when configured).
// The last line printed is always the summary: "N passed, N failed[, N skipped]".
// Extra arguments are passed to vitest (`npm test -- tests/core`); a filtered
// run skips Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);
const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    // npx's own config warnings are noise here; the runners' output is kept.
    env: { ...process.env, npm_config_loglevel: 'error', ...env },
    shell: process.platform === 'win32',
  });
  if (result.error) console.error(`${command} ${args[0]}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function section(title) {
  console.log(`\n=== ${title} ===`);
}

/** Adds one runner's counts; a crash (non-zero exit, no failure recorded) counts as one failure. */
function add(name, counts, exitCode) {
  const failed = counts?.failed ?? 0;
  totals.passed += counts?.passed ?? 0;
  totals.skipped += counts?.skipped ?? 0;
  totals.failed += failed;
  if (exitCode !== 0 && failed === 0) {
    console.log(`${name} exited with code ${exitCode} without reporting a failed test: counted as 1 failure.`);
    totals.failed += 1;
  }
}

function vitestCounts(report) {
  if (!report) return undefined;
  // A test file that fails to load has no assertion results: count it once.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(report) {
  const stats = report?.stats;
  if (!stats) return undefined;
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

function finish() {
  rmSync(tmp, { recursive: true, force: true });
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

section('Type check (tsc --noEmit)');
const tscCode = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (tscCode !== 0) {
  console.log('Type check failed: tests not run.');
  totals.failed += 1;
  finish();
}
console.log('Type check passed.');

section('Unit and render tests (vitest)');
const vitestJson = path.join(tmp, 'vitest.json');
const vitestCode = run('npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`, ...extraArgs,
]);
add('vitest', vitestCounts(readJson(vitestJson)), vitestCode);

const playwrightConfig = ['playwright.config.ts', 'playwright.config.mjs', 'playwright.config.js']
  .find((name) => existsSync(path.join(root, name)));
if (playwrightConfig && extraArgs.length === 0) {
  section('End-to-end tests (Playwright)');
  const playwrightJson = path.join(tmp, 'playwright.json');
  const playwrightCode = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  add('playwright', playwrightCounts(readJson(playwrightJson)), playwrightCode);
}

finish();
