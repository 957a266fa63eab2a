// A bounded run of the kill-during-save harness (the full one, 1000 kills of 10 KB–5 MB
// documents, is `node scripts/kill-harness.mjs`): saves killed with SIGKILL leave every document,
// .bak and recovery copy loadable, and the start-up sweep leaves no temporary file.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('kill during save', () => {
  it('12 kills of 10–100 KB saves: nothing corrupt, no temporary file left after restart', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/kill-harness.mjs'), '--kills', '12', '--max-kb', '100', '--json'], { cwd: root, encoding: 'utf8', timeout: 115_000 });
    const counts = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(counts).toMatchObject({ kills: 12, corruptTargets: 0, corruptBackups: 0, corruptRecovery: 0, leftoverTempFilesAfterRestart: 0, missingTargets: 0 });
    expect(run.status).toBe(0);
  });
});
