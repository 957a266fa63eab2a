import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const ENTRY = join(ROOT, 'dist/server/browser-mode.cjs');

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VANBAN_SKIP_RENDERER: '1' },
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}${build.stdout}`);
});

interface Started {
  url: string;
  port: number;
  token: string;
  documents: string;
  output: () => string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [ENTRY, '--no-open', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
    child.stdout.on('data', () => {
      const address = /^VanBan Studio \(browser mode\): (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64}))$/m.exec(out);
      const documents = /^Documents folder: (.+)$/m.exec(out);
      if (!address || !documents) return;
      clearTimeout(timer);
      resolve({
        url: address[1],
        port: Number(address[2]),
        token: address[3],
        documents: documents[1],
        output: () => out,
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      });
    });
    exited.then((code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

describe('browser mode entry point (dist/server/browser-mode.cjs)', () => {
  it('prints the address and the folder, serves the shipped templates, and stops cleanly on SIGTERM', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vanban-main-'));
    const server = await start(['--dir', join(base, 'docs')], { VANBAN_USER_DATA_DIR: join(base, 'data') });
    expect(server.documents).toBe(realpathSync(join(base, 'docs')));
    const response = await fetch(`http://127.0.0.1:${server.port}/api/call/listTemplates`, {
      method: 'POST',
      headers: { 'X-VanBan-Token': server.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    const body = await response.json();
    expect(body.ok).toBe(true);
    expect(body.result.map((t: { id: string }) => t.id)).toContain('ke-hoach-ubnd-tinh');
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('VanBan Studio stopped.');
  });

  it('defaults to VanBan in the documents folder and stops on SIGINT', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vanban-home-'));
    const server = await start([], { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(home, '.config'), VANBAN_USER_DATA_DIR: join(home, 'data') });
    expect(server.documents).toBe(join(realpathSync(home), 'Documents', 'VanBan'));
    expect(existsSync(join(home, 'Documents', 'VanBan'))).toBe(true);
    expect(await server.stop('SIGINT')).toBe(0);
  });

  it('rejects a bad port with one line and exit 2', () => {
    const result = spawnSync(process.execPath, [ENTRY, '--no-open', '--port', 'abc'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['vanban browser mode: --port: expected a number from 0 to 65535, got abc']);
    const unknown = spawnSync(process.execPath, [ENTRY, '--no-open', '--bogus'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});
