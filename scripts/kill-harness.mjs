#!/usr/bin/env node
// Kill-during-save harness: bundles scripts/kill-harness.ts (esbuild) into a temporary folder
// and runs it. Saves documents of 10 KB to 5 MB in a worker process, kills it with SIGKILL at
// random moments (1000 times by default), restarts as the app does (the start-up sweep) and
// counts corrupt documents, corrupt .bak files, corrupt recovery copies and leftover temporary
// files. Exits 1 when any count is not zero.
//
// Usage: node scripts/kill-harness.mjs [--kills N] [--lanes L] [--min-kb 10] [--max-kb 5120] [--seed S] [--json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'vanban-kill-harness-'));
const bundle = join(work, 'kill-harness.mjs');
try {
  await build({
    entryPoints: [join(root, 'scripts/kill-harness.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: root,
    // The bundle runs from a temporary folder: CommonJS dependencies need `require`.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const run = spawnSync(process.execPath, [bundle, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
