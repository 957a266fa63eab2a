// The app's sign-in to a real office server (accounts, tokens and HTTP API of electron/office-server)
// through the host service: status, sign-in, the token kept only in a keychain, inbox, refusals.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostCallError } from '../../core/host/contract';
import { createHostService, type HostService } from '../../electron/node/host-service';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import { hashPassword } from '../../electron/office-server/accounts/passwords';
import { createFileRegister } from '../../electron/office-server/register/file-register';
import { startOfficeServer, type OfficeServer } from '../../electron/office-server/start-server';
import { keychainTokenVault } from '../../electron/main/keychain-token-vault';
import { fake, safeStorage } from './fake-electron';

let work: string;
let server: OfficeServer;
let authenticator: ReturnType<typeof createAuthenticator>;

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'vanban-office-client-'));
  const dataDir = join(work, 'server');
  authenticator = createAuthenticator({ dataDir });
  await authenticator.store.add({ login: 'lan', name: 'Nguyễn Thị Lan', initials: 'NTL', role: 'drafter', unit: 'Văn phòng', passwordHash: await hashPassword('mật khẩu 123') });
  server = await startOfficeServer({ dataDir, authenticator, register: createFileRegister(dataDir) });
  fake.reset();
});

afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

function host(userDataDir: string, keychain: 'available' | 'none' | 'basic_text' = 'none'): HostService {
  fake.keychain = keychain;
  return createHostService({ mode: 'electron', documentsDir: join(work, 'docs'), userDataDir, version: 'test', officeTokens: keychainTokenVault(safeStorage, userDataDir) });
}

async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(HostCallError);
  return (error as HostCallError).code;
}

describe('office sign-in from the app', () => {
  it('signs in, shows who is signed in, lists the (empty) inbox, and signs out', async () => {
    const app = host(join(work, 'user'));
    expect(await app.officeStatus({})).toEqual({ serverUrl: null, account: null, expires: null, tokenKept: false });
    const status = await app.officeSignIn({ serverUrl: server.url, login: 'LAN', password: 'mật khẩu 123' });
    expect(status.account).toMatchObject({ login: 'lan', name: 'Nguyễn Thị Lan', role: 'drafter' });
    expect(status.serverUrl).toBe(server.url);
    expect(await app.officeInbox({})).toEqual({ items: [] });
    const out = await app.officeSignOut({});
    expect(out).toMatchObject({ serverUrl: server.url, account: null });
    expect(await refusal(app.officeInbox({}))).toBe('token-missing');
  });

  it('never writes the password, and the token only through the keychain', async () => {
    const userDir = join(work, 'user');
    const app = host(userDir, 'available');
    expect((await app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'mật khẩu 123' })).tokenKept).toBe(true);
    const files = readdirSync(userDir);
    expect(files).toContain('office-token.bin');
    const token = (await authenticator.signIn('lan', 'mật khẩu 123')).token.split('.')[0];
    for (const file of files) {
      const text = readFileSync(join(userDir, file)).toString('latin1');
      expect(text).not.toContain('mật khẩu');
      expect(text).not.toContain(token);
    }
    // A restart of the app: still signed in.
    expect((await host(userDir, 'available').officeStatus({})).account?.login).toBe('lan');
  });

  it('without a real keychain (none, or the basic_text fallback) the sign-in lasts this run only, with no token file', async () => {
    for (const keychain of ['none', 'basic_text'] as const) {
      const userDir = join(work, `user-${keychain}`);
      const app = host(userDir, keychain);
      const status = await app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'mật khẩu 123' });
      expect(status).toMatchObject({ tokenKept: false, account: { login: 'lan' } });
      expect(readdirSync(userDir)).not.toContain('office-token.bin');
      expect((await host(userDir, keychain).officeStatus({})).account).toBeNull();
    }
  });

  it('a wrong password, an unknown login, a disabled account and a server that is not there are refused with their codes', async () => {
    const app = host(join(work, 'user'));
    expect(await refusal(app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'sai mật khẩu' }))).toBe('wrong-password');
    expect(await refusal(app.officeSignIn({ serverUrl: server.url, login: 'không-có', password: 'sai mật khẩu' }))).toBe('wrong-password');
    await app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'mật khẩu 123' });
    await authenticator.store.setDisabled('lan', true);
    // The server ends the session at once; the app then shows itself signed out.
    expect(await refusal(app.officeInbox({}))).toBe('account-disabled');
    expect((await app.officeStatus({})).account).toBeNull();
    expect(await refusal(app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'mật khẩu 123' }))).toBe('account-disabled');
    await server.close();
    expect(await refusal(app.officeSignIn({ serverUrl: server.url, login: 'lan', password: 'mật khẩu 123' }))).toBe('server-offline');
    server = await startOfficeServer({ dataDir: join(work, 'server'), authenticator, register: createFileRegister(join(work, 'server')) });
  });

  it('refuses a server address that is not http(s) before any call', async () => {
    const app = host(join(work, 'user'));
    expect(await refusal(app.officeSignIn({ serverUrl: 'file:///etc/passwd', login: 'lan', password: 'mật khẩu 123' }))).toBe('bad-request');
  });
});
