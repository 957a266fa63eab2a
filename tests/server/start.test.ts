import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const START = join(ROOT, 'scripts/start.mjs');
const ENV = { VANBAN_SKIP_RENDERER: '1', DISPLAY: ':0' };

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...ENV } });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}${build.stdout}`);
});

/** Runs `npm start`'s script until `done(output)` is true, then stops it with SIGTERM. */
function runStart(args: string[], env: Record<string, string>, done: (output: string) => boolean): Promise<{ output: string; code: number | null }> {
  const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, env: { ...process.env, ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${output}`));
    }, 50_000);
    const check = () => {
      if (done(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', (chunk) => {
      output += chunk;
      check();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

const ADDRESS = /^VanBan Studio \(browser mode\): http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/m;

describe('npm start (scripts/start.mjs)', () => {
  it('starts browser mode with one clear line when there is no Electron binary, passing --dir on', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vanban-start-'));
    const { output, code } = await runStart(['--dir', join(base, 'docs'), '--no-open'], { ELECTRON_OVERRIDE_DIST_PATH: join(base, 'no-electron'), VANBAN_USER_DATA_DIR: join(base, 'data') }, (out) => ADDRESS.test(out) && out.includes('Press Ctrl+C'));
    const notice = output.split('\n').filter((line) => line.startsWith('Electron is not available'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatch(/^Electron is not available on this machine \(its binary is missing: .+\); starting browser mode instead\.$/);
    expect(output).toMatch(ADDRESS);
    expect(output).toContain(`Documents folder: ${join(base, 'docs')}`);
    expect(existsSync(join(base, 'docs'))).toBe(true);
    expect(code).toBe(0);
  });

  it('--browser skips Electron without a notice', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vanban-start-'));
    const { output } = await runStart(['--browser', '--dir', join(base, 'docs'), '--no-open'], { VANBAN_USER_DATA_DIR: join(base, 'data') }, (out) => ADDRESS.test(out) && out.includes('Press Ctrl+C'));
    expect(output).toMatch(ADDRESS);
    expect(output).not.toContain('Electron is not available');
  });

  it('starts Electron with the main process bundle and the extra arguments where a binary runs', async () => {
    if (!existsSync(join(ROOT, 'dist/electron/main.cjs'))) return; // no main process in this checkout yet
    const base = mkdtempSync(join(tmpdir(), 'vanban-start-'));
    const fake = join(base, 'electron');
    writeFileSync(fake, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo v45.0.0; exit 0; fi\necho "FAKE ELECTRON: $*"\n');
    chmodSync(fake, 0o755);
    const { output, code } = await runStart(['--dir', '/tmp/x'], { ELECTRON_OVERRIDE_DIST_PATH: base }, () => false);
    expect(code).toBe(0);
    expect(output).toContain(`FAKE ELECTRON: ${join(ROOT, 'dist/electron/main.cjs')} --dir /tmp/x`);
    expect(output).not.toContain('browser mode');
  });
});
