import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { serverUserCommand } from '../../electron/cli/commands/server-user';
import { errorLine } from '../../electron/cli/error-line';
import { promptHidden } from '../../electron/cli/read-password';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import { bundleChild, cleanUp, runChild, tempDir } from './store-helpers';

let cli: string;

beforeAll(async () => {
  cli = await bundleChild('server-user-main');
});
afterEach(() => cleanUp());
afterAll(() => cleanUp({ bundles: true }));

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the command in this process as the CLI dispatcher does (a thrown error: one line, exit 2). */
async function run(argv: string[], password?: string): Promise<Run> {
  const result: Run = { code: 0, out: [], err: [] };
  const io = {
    out: (line: string) => result.out.push(line),
    err: (line: string) => result.err.push(line),
    readPassword: password === undefined ? undefined : async () => password,
  };
  try {
    result.code = await serverUserCommand(argv, io);
  } catch (error) {
    result.err.push(`vanban: ${errorLine(error)}`);
    result.code = 2;
  }
  return result;
}

function addArgs(dir: string, login = 'lan', role = 'drafter'): string[] {
  return ['add', '--data', dir, '--login', login, '--name', 'Nguyễn Thị Lan', '--initials', 'NTL', '--role', role, '--unit', 'Phòng Tổng hợp'];
}

describe('vanban server user (in process)', () => {
  it('add, then list shows the table', async () => {
    const dir = join(tempDir(), 'office-data');
    expect(await run(addArgs(dir), 'mật khẩu dài')).toEqual({ code: 0, out: ['Added lan (Nguyễn Thị Lan, drafter, Phòng Tổng hợp)'], err: [] });
    expect((await run([...addArgs(dir, 'huong', 'reviewer').slice(0, 5), '--name', 'Trần Hương', '--initials', 'TH', '--role', 'reviewer', '--unit', 'Văn phòng'], 'mật khẩu khác')).code).toBe(0);
    const listed = await run(['list', '--data', dir]);
    expect(listed.code).toBe(0);
    expect(listed.out).toEqual([
      'LOGIN  NAME            ROLE      UNIT            DISABLED',
      'lan    Nguyễn Thị Lan  drafter   Phòng Tổng hợp  no',
      'huong  Trần Hương      reviewer  Văn phòng       no',
    ]);
    await expect(createAuthenticator({ dataDir: dir }).signIn('lan', 'mật khẩu dài')).resolves.toMatchObject({ account: { role: 'drafter' } });
  });

  it('list of a folder without accounts says so', async () => {
    expect((await run(['list', '--data', tempDir()])).out).toEqual(['No accounts yet (add one with vanban server user add)']);
  });

  it('a login already used is refused (exit 2, one line), whatever its case', async () => {
    const dir = tempDir();
    await run(addArgs(dir), 'mật khẩu dài');
    const again = await run(addArgs(dir, 'LAN'), 'mật khẩu dài');
    expect(again.code).toBe(2);
    expect(again.err).toEqual([expect.stringMatching(/^vanban: The login "lan" is already used/)]);
  });

  it('a password shorter than 8 characters is refused and nothing is written', async () => {
    const dir = tempDir();
    const result = await run(addArgs(dir), 'short');
    expect(result).toMatchObject({ code: 2, err: ['vanban: The password must have at least 8 characters.'] });
    expect(existsSync(join(dir, 'accounts.json'))).toBe(false);
  });

  it.each([
    [[], 'server user: missing action'],
    [['remove', '--data', '/tmp'], 'unknown action "remove"'],
    [['list'], 'server user list: missing --data <folder>'],
    [['add', '--data', '/tmp/x', '--login', 'lan'], 'missing --name'],
    [['add', '--data', '/tmp/x', '--login', 'lan', '--name', 'Lan', '--initials', 'L', '--role', 'boss', '--unit', 'U'], 'unknown role "boss"'],
    [['disable', '--data', '/tmp'], 'missing <login>'],
    [['list', '--data', '/tmp', '--bogus'], "Unknown option '--bogus'"],
    [['list', '--data', '/nonexistent/vanban-data'], 'the data folder /nonexistent/vanban-data does not exist'],
  ])('%j is a usage error mentioning %s', async (argv, expected) => {
    const result = await run(argv, 'mật khẩu dài');
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain(expected);
  });

  it('disable ends sign-ins at once, enable lets the account sign in again', async () => {
    const dir = tempDir();
    await run(addArgs(dir), 'mật khẩu dài');
    const auth = createAuthenticator({ dataDir: dir });
    const { token } = await auth.signIn('lan', 'mật khẩu dài');
    expect(await run(['disable', '--data', dir, 'Lan'])).toMatchObject({ code: 0, out: ['Disabled lan; its sign-ins have ended'] });
    expect((await run(['disable', '--data', dir, 'lan'])).out).toEqual(['lan was already disabled']);
    await expect(auth.verify(token)).rejects.toMatchObject({ code: 'account-disabled' });
    expect((await run(['list', '--data', dir])).out[1]).toMatch(/ yes$/);
    expect(await run(['enable', '--data', dir, 'lan'])).toMatchObject({ code: 0, out: ['Enabled lan'] });
    await expect(auth.signIn('lan', 'mật khẩu dài')).resolves.toMatchObject({ account: { disabled: false } });
    expect(await run(['enable', '--data', dir, 'mai'])).toMatchObject({ code: 2, err: [expect.stringContaining('no account with the login "mai"')] });
  });

  it('reset-password: the new password signs in, the old one and old tokens do not', async () => {
    const dir = tempDir();
    await run(addArgs(dir), 'mật khẩu dài');
    const auth = createAuthenticator({ dataDir: dir });
    const { token } = await auth.signIn('lan', 'mật khẩu dài');
    expect(await run(['reset-password', '--data', dir, 'lan'], 'mật khẩu mới 2025')).toMatchObject({
      code: 0,
      out: ['New password set for lan; its earlier sign-ins have ended'],
    });
    await expect(auth.verify(token)).rejects.toMatchObject({ code: 'token-invalid' });
    await expect(auth.signIn('lan', 'mật khẩu dài')).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(auth.signIn('lan', 'mật khẩu mới 2025')).resolves.toMatchObject({ account: { login: 'lan' } });
    expect((await run(['reset-password', '--data', dir, 'mai'], 'mật khẩu mới 2025')).code).toBe(2);
  });

  it('a damaged accounts file is reported and left alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'accounts.json'), '{ broken');
    const result = await run(addArgs(dir), 'mật khẩu dài');
    expect(result).toMatchObject({ code: 2, err: [expect.stringContaining('is damaged (not JSON)')] });
    expect(readFileSync(join(dir, 'accounts.json'), 'utf8')).toBe('{ broken');
  });
});

describe('vanban server user (separate process, real stdin)', () => {
  it('--password-stdin reads the first line of standard input', async () => {
    const dir = tempDir();
    const result = await runChild(cli, [...addArgs(dir), '--password-stdin'], 'mật khẩu từ stdin\r\nsecond line\n');
    expect(result).toEqual({ code: 0, stdout: 'Added lan (Nguyễn Thị Lan, drafter, Phòng Tổng hợp)\n', stderr: '' });
    await expect(createAuthenticator({ dataDir: dir }).signIn('lan', 'mật khẩu từ stdin')).resolves.toMatchObject({ account: { login: 'lan' } });
  });

  it('--password-stdin with nothing on standard input is refused', async () => {
    const dir = tempDir();
    const result = await runChild(cli, [...addArgs(dir), '--password-stdin'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standard input has no password');
    expect(existsSync(join(dir, 'accounts.json'))).toBe(false);
  });

  it('without a terminal and without --password-stdin the password is not asked for', async () => {
    const dir = tempDir();
    const result = await runChild(cli, addArgs(dir), 'mật khẩu dài\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('vanban: server user add: no terminal to ask for the password on; pass it with --password-stdin\n');
    expect(existsSync(join(dir, 'accounts.json'))).toBe(false);
  });

  it('disable from the command line while a server verifies tokens: refused at once', async () => {
    const dir = tempDir();
    await run(addArgs(dir), 'mật khẩu dài');
    const auth = createAuthenticator({ dataDir: dir });
    const { token } = await auth.signIn('lan', 'mật khẩu dài');
    await expect(auth.verify(token)).resolves.toMatchObject({ login: 'lan' });
    expect(await runChild(cli, ['disable', '--data', dir, 'lan'])).toMatchObject({ code: 0, stdout: 'Disabled lan; its sign-ins have ended\n' });
    await expect(auth.verify(token)).rejects.toMatchObject({ code: 'account-disabled' });
  });

  it('reset-password --password-stdin in another process ends the old token', async () => {
    const dir = tempDir();
    await run(addArgs(dir), 'mật khẩu dài');
    const auth = createAuthenticator({ dataDir: dir });
    const { token } = await auth.signIn('lan', 'mật khẩu dài');
    expect((await runChild(cli, ['reset-password', '--data', dir, 'lan', '--password-stdin'], 'mật khẩu mới 2025\n')).code).toBe(0);
    await expect(auth.verify(token)).rejects.toMatchObject({ code: 'token-invalid' });
    await expect(auth.signIn('lan', 'mật khẩu mới 2025')).resolves.toMatchObject({ account: { login: 'lan' } });
  });
});

describe('the hidden password prompt', () => {
  /** A stand-in terminal: what is typed is pushed in, what is shown is collected. */
  function terminal() {
    const input = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode(mode: boolean): void; raw: boolean[] };
    input.isTTY = true;
    input.raw = [];
    input.setRawMode = (mode) => void input.raw.push(mode);
    const shown: string[] = [];
    const output = new Writable({
      write(chunk, _encoding, done) {
        shown.push(String(chunk));
        done();
      },
    });
    return { input, output, shown };
  }

  it('reads up to Enter without showing it, honours backspace, leaves raw mode', async () => {
    const { input, output, shown } = terminal();
    const answer = promptHidden('Password: ', input as unknown as NodeJS.ReadStream, output);
    input.write('mật khẩuX\u007f dài\r');
    expect(await answer).toBe('mật khẩu dài');
    expect(shown.join('')).toBe('Password: \n');
    expect(input.raw).toEqual([true, false]);
  });

  it('Ctrl-C cancels', async () => {
    const { input, output } = terminal();
    const answer = promptHidden('Password: ', input as unknown as NodeJS.ReadStream, output);
    input.write('abc\u0003');
    await expect(answer).rejects.toThrow('cancelled');
    expect(input.raw).toEqual([true, false]);
  });
});
