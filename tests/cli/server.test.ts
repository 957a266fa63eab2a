/** `vanban server start|user`: the real bin adds an account, serves sign-in, and stops cleanly. */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, buildCli, errorLineOf, runVanban, tempDir } from './helpers';

const dirs: string[] = [];
const folder = (): string => {
  const dir = tempDir('vanban-server-cli-');
  dirs.push(dir);
  return dir;
};

beforeAll(() => buildCli(), 120_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function addAccount(data: string, login: string, password: string): void {
  const result = spawnSync(
    process.execPath,
    [BIN, 'server', 'user', 'add', '--data', data, '--login', login, '--name', 'Nguyễn Thị Lan', '--initials', 'NL', '--role', 'drafter', '--unit', 'Văn phòng', '--password-stdin'],
    { input: `${password}\n`, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

describe('vanban server', () => {
  it('starts on the given port, lets an account sign in, and stops on SIGTERM after writing', async () => {
    const data = folder();
    addAccount(data, 'lan', 'mat-khau-123');
    const child = spawn(process.execPath, [BIN, 'server', 'start', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const deadline = Date.now() + 20_000;
    while (!/listening on (http:\S+)/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (http:\S+)/.exec(out)?.[1];
    expect(url, `${out}${err}`).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const signedIn = await fetch(`${url}/api/sign-in`, { method: 'POST', body: JSON.stringify({ login: 'lan', password: 'mat-khau-123' }) });
    expect(signedIn.status).toBe(200);
    const body = (await signedIn.json()) as { token: string; account: { name: string; role: string } };
    expect(body.account).toMatchObject({ name: 'Nguyễn Thị Lan', role: 'drafter' });
    const wrong = await fetch(`${url}/api/sign-in`, { method: 'POST', body: JSON.stringify({ login: 'lan', password: 'sai-mat-khau' }) });
    expect(wrong.status).toBe(401);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out).toContain('Stopped.');
    expect(err).toBe('');
  }, 60_000);

  it('says when the data folder has no account yet', async () => {
    const data = folder();
    const child = spawn(process.execPath, [BIN, 'server', 'start', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const deadline = Date.now() + 20_000;
    while (!err.includes('no accounts yet') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(err).toContain('vanban server user add --data');
  }, 60_000);

  it('refuses bad start options in one line, and explains itself in --help', () => {
    expect(errorLineOf(runVanban(['server', 'start']))).toContain('missing --data <folder>');
    expect(errorLineOf(runVanban(['server', 'start', '--data', folder(), '--port', 'abc']))).toContain('--port must be a number');
    expect(errorLineOf(runVanban(['server', 'start', '--data', folder(), '--tls-cert', 'a.pem']))).toContain('--tls-cert and --tls-key go together');
    expect(errorLineOf(runVanban(['server', 'start', '--data', folder(), '--redis', 'redis://127.0.0.1:6379']))).toContain('--instance');
    expect(errorLineOf(runVanban(['server', 'restart']))).toContain('unknown action "restart"');
    const help = runVanban(['server', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('vanban server start --data <folder>');
    expect(help.stdout).toContain('reset-password');
    expect(runVanban(['--help']).stdout).toContain('server start --data <folder>');
  });
});
