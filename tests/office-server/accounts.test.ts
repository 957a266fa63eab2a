import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { readFileSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAccountStore, type NewAccount } from '../../electron/office-server/accounts/account-store';
import { hashPassword, verifyPassword } from '../../electron/office-server/accounts/passwords';
import { bundleChild, cleanUp, runChild, tempDir } from './store-helpers';

let hash: string;
let addAccounts: string;

beforeAll(async () => {
  hash = await hashPassword('mật khẩu dài');
  addAccounts = await bundleChild('add-accounts');
});
afterEach(() => cleanUp());
afterAll(() => cleanUp({ bundles: true }));

function lan(overrides: Partial<NewAccount> = {}): NewAccount {
  return { login: 'lan', name: 'Nguyễn Thị Lan', initials: 'NTL', role: 'drafter', unit: 'Phòng Tổng hợp', passwordHash: hash, ...overrides };
}

const onPosix = process.platform !== 'win32';

describe('passwords', () => {
  it('a hash verifies its password and no other', async () => {
    const encoded = await hashPassword('correct horse');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('correct horse', encoded)).toBe(true);
    expect(await verifyPassword('correct horsf', encoded)).toBe(false);
    expect(await verifyPassword('', encoded)).toBe(false);
  });

  it('two hashes of one password differ (random salt), both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('a password typed decomposed matches one set composed (NFC)', async () => {
    const encoded = await hashPassword('Mật khẩu Việt'.normalize('NFC'));
    expect(await verifyPassword('Mật khẩu Việt'.normalize('NFD'), encoded)).toBe(true);
  });

  it('refuses a password shorter than 8 characters', async () => {
    await expect(hashPassword('1234567')).rejects.toMatchObject({ code: 'password-too-short' });
    await expect(hashPassword('12345678')).resolves.toMatch(/^scrypt\$/);
  });

  it('a hash that cannot be read, or asks for a huge cost, verifies nothing', async () => {
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(false);
  });
});

describe('account store', () => {
  it('keeps accounts across a restart, without the password, in a file only its owner reads', async () => {
    const dir = tempDir();
    const added = await createAccountStore(dir).add(lan());
    expect(added).toMatchObject({ login: 'lan', role: 'drafter', disabled: false, tokenVersion: 0 });
    const again = createAccountStore(dir);
    expect(await again.list()).toEqual([added]);
    expect(await again.byId(added.id)).toEqual(added);
    const text = readFileSync(join(dir, 'accounts.json'), 'utf8');
    expect(text).not.toContain('mật khẩu dài');
    if (onPosix) expect(statSync(join(dir, 'accounts.json')).mode & 0o777).toBe(0o600);
  });

  it('logins are unique ignoring case and Unicode form; the first spelling is kept', async () => {
    const store = createAccountStore(tempDir());
    await store.add(lan({ login: 'Huệ'.normalize('NFD') }));
    await expect(store.add(lan({ login: 'HUỆ' }))).rejects.toMatchObject({ code: 'login-taken' });
    await expect(store.add(lan({ login: ' huệ ' }))).rejects.toMatchObject({ code: 'login-taken' });
    expect((await store.byLogin('huệ'))?.login).toBe('Huệ'.normalize('NFC'));
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses fields it cannot keep', async () => {
    const store = createAccountStore(tempDir());
    await expect(store.add(lan({ login: 'two words' }))).rejects.toMatchObject({ code: 'account-invalid', params: { field: 'login' } });
    await expect(store.add(lan({ name: '  ' }))).rejects.toMatchObject({ code: 'account-invalid', params: { field: 'name' } });
    await expect(store.add(lan({ role: 'boss' as never }))).rejects.toMatchObject({ code: 'account-invalid', params: { field: 'role' } });
    await expect(store.add(lan({ passwordHash: 'secret' }))).rejects.toMatchObject({ code: 'account-invalid', params: { field: 'passwordHash' } });
    expect(await store.list()).toEqual([]);
  });

  it('disabling and a new password raise the token version; enabling does not', async () => {
    const store = createAccountStore(tempDir());
    await store.add(lan());
    expect((await store.setDisabled('LAN', true)).tokenVersion).toBe(1);
    expect((await store.setDisabled('lan', true)).tokenVersion).toBe(1);
    expect(await store.setDisabled('lan', false)).toMatchObject({ disabled: false, tokenVersion: 1 });
    expect((await store.setPasswordHash('lan', await hashPassword('another password'))).tokenVersion).toBe(2);
    await expect(store.setDisabled('nobody', true)).rejects.toMatchObject({ code: 'login-unknown' });
  });

  it.each([
    ['not JSON', '{ "accounts": [ '],
    ['a missing field', JSON.stringify({ accounts: [{ id: 'x', login: 'lan' }] })],
    ['a login twice', null],
  ])('a damaged file (%s) is refused on every call and never overwritten', async (_, content) => {
    const dir = tempDir();
    const file = join(dir, 'accounts.json');
    if (content === null) {
      const store = createAccountStore(tempDir());
      const one = await store.add(lan());
      content = JSON.stringify({ accounts: [one, { ...one, id: 'other', login: 'LAN' }] });
    }
    writeFileSync(file, content);
    const store = createAccountStore(dir);
    await expect(store.list()).rejects.toMatchObject({ code: 'accounts-damaged' });
    await expect(store.byLogin('lan')).rejects.toMatchObject({ code: 'accounts-damaged' });
    await expect(store.add(lan({ login: 'new' }))).rejects.toMatchObject({ code: 'accounts-damaged', message: expect.stringContaining(file) });
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('a reader sees an account another process added after it had read the file', async () => {
    const dir = tempDir();
    const store = createAccountStore(dir);
    await store.add(lan());
    expect(await store.list()).toHaveLength(1);
    const result = await runChild(addAccounts, [dir, 'child', '2', hash]);
    expect(result).toMatchObject({ code: 0, stdout: 'done\n' });
    expect((await store.list()).map((account) => account.login).sort()).toEqual(['child-0', 'child-1', 'lan']);
  });

  it('four processes adding ten accounts each at once lose none', async () => {
    const dir = tempDir();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((prefix) => runChild(addAccounts, [dir, prefix, '10', hash])));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const logins = (await createAccountStore(dir).list()).map((account) => account.login);
    expect(logins).toHaveLength(40);
    expect(new Set(logins).size).toBe(40);
    expect(existsSync(join(dir, 'accounts.json.lock'))).toBe(false);
  });
});

describe('the accounts file lock', () => {
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  }

  it('a lock left by a process that died is broken', async () => {
    const dir = tempDir();
    const lock = join(dir, 'accounts.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), token: 'gone', at: new Date().toISOString() }));
    await createAccountStore(dir, { lock: { timeoutMs: 5_000 } }).add(lan());
    expect(await createAccountStore(dir).list()).toHaveLength(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('a lock held by a running process makes a writer wait, then give up without writing', async () => {
    const dir = tempDir();
    const lock = join(dir, 'accounts.json.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      const held = JSON.stringify({ pid: holder.pid, host: hostname(), token: 'held', at: new Date().toISOString() });
      writeFileSync(lock, held);
      await expect(createAccountStore(dir, { lock: { timeoutMs: 300 } }).add(lan())).rejects.toMatchObject({
        code: 'lock-timeout',
        message: expect.stringContaining(`process ${holder.pid}`),
      });
      expect(existsSync(join(dir, 'accounts.json'))).toBe(false);
      expect(readFileSync(lock, 'utf8')).toBe(held);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it("a lock naming this process that it does not hold (left after a failed release) is broken", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'accounts.json.lock'), JSON.stringify({ pid: process.pid, host: hostname(), token: 'left-over', at: new Date().toISOString() }));
    await createAccountStore(dir, { lock: { timeoutMs: 5_000 } }).add(lan());
    expect(await createAccountStore(dir).list()).toHaveLength(1);
  });

  it('a lock older than the stale limit (a hung holder, another host) is broken', async () => {
    const dir = tempDir();
    const lock = join(dir, 'accounts.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'another-machine', token: 'old', at: '2020-01-01T00:00:00.000Z' }));
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(lock, twoMinutesAgo, twoMinutesAgo);
    await createAccountStore(dir, { lock: { timeoutMs: 5_000 } }).add(lan());
    expect(await createAccountStore(dir).list()).toHaveLength(1);
  });
});
