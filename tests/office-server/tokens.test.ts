import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAccountStore } from '../../electron/office-server/accounts/account-store';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import { hashPassword } from '../../electron/office-server/accounts/passwords';
import { AuthError } from '../../electron/office-server/contracts';
import { cleanUp, tempDir } from './store-helpers';

const PASSWORD = 'mật khẩu của Lan';
const DAY = 24 * 60 * 60 * 1000;
let hash: string;

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});
afterEach(() => cleanUp());
afterAll(() => cleanUp({ bundles: true }));

/** A data folder with one account, and a clock the test moves. */
async function office(options: { tokenLifetimeMs?: number } = {}) {
  const dataDir = tempDir();
  let clock = new Date('2025-03-05T08:00:00.000Z');
  const auth = createAuthenticator({ dataDir, now: () => clock, ...options });
  await createAccountStore(dataDir).add({ login: 'lan', name: 'Nguyễn Thị Lan', initials: 'NTL', role: 'drafter', unit: 'Phòng Tổng hợp', passwordHash: hash });
  return {
    dataDir,
    auth,
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

/** The token with one character of its `part` (0 payload, 1 signature) changed. */
function tampered(token: string, part: 0 | 1): string {
  const parts = token.split('.');
  const index = Math.floor(parts[part].length / 2);
  const swapped = parts[part][index] === 'A' ? 'B' : 'A';
  parts[part] = parts[part].slice(0, index) + swapped + parts[part].slice(index + 1);
  return parts.join('.');
}

describe('sign-in', () => {
  it('gives a token for 30 days and the account without its password hash', async () => {
    const { auth } = await office();
    const session = await auth.signIn('LAN', PASSWORD.normalize('NFD'));
    expect(session.expires).toBe('2025-04-04T08:00:00.000Z');
    expect(session.account).toMatchObject({ login: 'lan', name: 'Nguyễn Thị Lan', role: 'drafter', disabled: false });
    expect(Object.keys(session.account).sort()).toEqual(['created', 'disabled', 'id', 'initials', 'login', 'name', 'role', 'unit']);
    expect(await auth.verify(session.token)).toEqual(session.account);
  });

  it('a wrong password and an unknown login get the same code and message', async () => {
    const { auth } = await office();
    const wrong = await refusal(auth.signIn('lan', 'not the password'));
    const unknown = await refusal(auth.signIn('mai', PASSWORD));
    expect(wrong.code).toBe('wrong-password');
    expect(unknown.code).toBe('wrong-password');
    expect(unknown.message).toBe(wrong.message);
  });

  it('account(id) and list() give accounts without password hashes', async () => {
    const { auth } = await office();
    const [listed] = await auth.list();
    expect(listed).not.toHaveProperty('passwordHash');
    expect(listed).not.toHaveProperty('tokenVersion');
    expect(await auth.account(listed.id)).toEqual(listed);
    expect(await auth.account('no-such-id')).toBeNull();
  });
});

describe('token checks', () => {
  it('no token is token-missing', async () => {
    const { auth } = await office();
    for (const token of [undefined, null, '']) expect((await refusal(auth.verify(token))).code).toBe('token-missing');
  });

  it('a garbled token is token-invalid', async () => {
    const { auth } = await office();
    for (const token of ['abc', 'a.b.c', '.', 'not base64!.x', `${Buffer.from('{"sub":"x"}').toString('base64url')}.`, 'x'.repeat(5000)]) {
      expect((await refusal(auth.verify(token))).code).toBe('token-invalid');
    }
  });

  it('a changed signature or a changed payload is token-invalid', async () => {
    const { auth } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    expect((await refusal(auth.verify(tampered(token, 1)))).code).toBe('token-invalid');
    expect((await refusal(auth.verify(tampered(token, 0)))).code).toBe('token-invalid');
    // A payload that names a later expiry, with the old signature.
    const [payload, signature] = token.split('.');
    const longer = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 4_000_000_000 };
    expect((await refusal(auth.verify(`${Buffer.from(JSON.stringify(longer)).toString('base64url')}.${signature}`))).code).toBe('token-invalid');
  });

  it("a token signed with another office's secret is token-invalid", async () => {
    const first = await office();
    const second = await office();
    const { token } = await first.auth.signIn('lan', PASSWORD);
    expect((await refusal(second.auth.verify(token))).code).toBe('token-invalid');
  });

  it('a token ends after its lifetime', async () => {
    const { auth, advance } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    advance(30 * DAY - 1000);
    await expect(auth.verify(token)).resolves.toMatchObject({ login: 'lan' });
    advance(1000);
    expect((await refusal(auth.verify(token))).code).toBe('token-expired');
  });

  it('a shorter lifetime can be set', async () => {
    const { auth, advance } = await office({ tokenLifetimeMs: 60_000 });
    const { token, expires } = await auth.signIn('lan', PASSWORD);
    expect(expires).toBe('2025-03-05T08:01:00.000Z');
    advance(60_000);
    expect((await refusal(auth.verify(token))).code).toBe('token-expired');
  });

  it('after a password reset the old token is refused; the new password signs in, the old one not', async () => {
    const { auth, dataDir } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    await createAccountStore(dataDir).setPasswordHash('lan', await hashPassword('new password 2025'));
    expect((await refusal(auth.verify(token))).code).toBe('token-invalid');
    expect((await refusal(auth.signIn('lan', PASSWORD))).code).toBe('wrong-password');
    const fresh = await auth.signIn('lan', 'new password 2025');
    await expect(auth.verify(fresh.token)).resolves.toMatchObject({ login: 'lan' });
  });

  it('a disabled account is refused at once, and its old tokens stay dead after it is enabled again', async () => {
    const { auth, dataDir } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    const store = createAccountStore(dataDir);
    await store.setDisabled('lan', true);
    expect((await refusal(auth.verify(token))).code).toBe('account-disabled');
    expect((await refusal(auth.signIn('lan', PASSWORD))).code).toBe('account-disabled');
    // Without the right password, a disabled account looks like any wrong sign-in.
    expect((await refusal(auth.signIn('lan', 'not the password'))).code).toBe('wrong-password');
    await store.setDisabled('lan', false);
    expect((await refusal(auth.verify(token))).code).toBe('token-invalid');
    await expect(auth.signIn('lan', PASSWORD)).resolves.toMatchObject({ account: { login: 'lan' } });
  });

  it("a correctly signed token whose account left the file is account-unknown", async () => {
    const { auth, dataDir } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    writeFileSync(join(dataDir, 'accounts.json'), JSON.stringify({ accounts: [] }));
    expect((await refusal(auth.verify(token))).code).toBe('account-unknown');
  });
});

describe('server secret', () => {
  it('is 32 bytes only its owner reads, made once: tokens stay valid after a restart', async () => {
    const { auth, dataDir } = await office();
    const { token } = await auth.signIn('lan', PASSWORD);
    const secret = readFileSync(join(dataDir, 'server-secret'));
    expect(secret).toHaveLength(32);
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'server-secret')).mode & 0o777).toBe(0o600);
    const restarted = createAuthenticator({ dataDir, now: () => new Date('2025-03-06T00:00:00.000Z') });
    await expect(restarted.verify(token)).resolves.toMatchObject({ login: 'lan' });
    expect(readFileSync(join(dataDir, 'server-secret'))).toEqual(secret);
  });

  it('authenticators starting at once on a new folder agree on one secret', async () => {
    const { dataDir } = await office();
    const auths = Array.from({ length: 5 }, () => createAuthenticator({ dataDir }));
    const sessions = await Promise.all(auths.map((auth) => auth.signIn('lan', PASSWORD)));
    for (const auth of auths) for (const session of sessions) await expect(auth.verify(session.token)).resolves.toMatchObject({ login: 'lan' });
  });

  it('a damaged secret is refused, not replaced', async () => {
    const { auth, dataDir } = await office();
    writeFileSync(join(dataDir, 'server-secret'), 'short');
    await expect(auth.signIn('lan', PASSWORD)).rejects.toMatchObject({ code: 'server-secret-damaged' });
    expect(readFileSync(join(dataDir, 'server-secret'), 'utf8')).toBe('short');
  });
});
