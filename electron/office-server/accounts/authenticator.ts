/**
 * The Authenticator of the office server (contracts.ts) over the account store and signed tokens.
 *
 * Refusals, and what they tell the person signing in:
 * - an unknown login and a wrong password are both 'wrong-password' with one message ("Wrong login
 *   or password."), and an unknown login still costs one scrypt run: neither the code, the message
 *   nor the time says which logins exist;
 * - 'account-disabled' at sign-in only after the password was right (otherwise it would tell
 *   strangers which logins exist); at verify as soon as the account is disabled, whatever the token;
 * - verify: 'token-missing' (none given), 'token-invalid' (garbled, not signed with this data
 *   folder's secret, or signed before the password was reset or the account disabled),
 *   'token-expired', 'account-unknown' (a correctly signed token whose account is no longer in
 *   the accounts file, e.g. a file restored from an older backup).
 * Every verify reads the account again (the store re-reads the file when another process changed it).
 */
import { randomBytes } from 'node:crypto';
import { AuthError, type Account, type Authenticator } from '../contracts';
import type { FileLockOptions } from '../storage/file-lock';
import { createAccountStore, publicAccount, type AccountStore } from './account-store';
import { hashPassword, verifyPassword } from './passwords';
import { loadServerSecret } from './server-secret';
import { DEFAULT_TOKEN_LIFETIME_MS, readToken, signToken } from './tokens';

export interface AuthenticatorOptions {
  dataDir: string;
  now?: () => Date;
  tokenLifetimeMs?: number;
  lock?: FileLockOptions;
}

const WRONG_LOGIN_OR_PASSWORD = 'Wrong login or password.';

export function createAuthenticator(options: AuthenticatorOptions): Authenticator & { readonly store: AccountStore } {
  const now = options.now ?? (() => new Date());
  const lifetimeMs = options.tokenLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS;
  const store = createAccountStore(options.dataDir, { now, lock: options.lock });

  let secret: Promise<Buffer> | null = null;
  function serverSecret(): Promise<Buffer> {
    if (!secret) {
      secret = loadServerSecret(options.dataDir);
      secret.catch(() => {
        secret = null;
      });
    }
    return secret;
  }

  /** Hashed once, checked against when the login is unknown (so that refusal takes as long). */
  let decoy: Promise<string> | null = null;
  function decoyHash(): Promise<string> {
    decoy ??= hashPassword(randomBytes(18).toString('base64url'));
    return decoy;
  }

  return {
    store,

    async signIn(login, password) {
      if (typeof login !== 'string' || typeof password !== 'string') throw new AuthError('wrong-password', WRONG_LOGIN_OR_PASSWORD);
      const stored = await store.byLogin(login);
      if (!stored) {
        await verifyPassword(password, await decoyHash());
        throw new AuthError('wrong-password', WRONG_LOGIN_OR_PASSWORD);
      }
      if (!(await verifyPassword(password, stored.passwordHash))) throw new AuthError('wrong-password', WRONG_LOGIN_OR_PASSWORD);
      if (stored.disabled) throw new AuthError('account-disabled', 'This account is disabled; ask the office administrator.');
      const issuedAt = Math.floor(now().getTime() / 1000);
      const expiresAt = Math.floor((now().getTime() + lifetimeMs) / 1000);
      const token = signToken({ sub: stored.id, ver: stored.tokenVersion, iat: issuedAt, exp: expiresAt }, await serverSecret());
      return { token, account: publicAccount(stored), expires: new Date(expiresAt * 1000).toISOString() };
    },

    async verify(token) {
      if (token === undefined || token === null || token === '') throw new AuthError('token-missing', 'Not signed in.');
      if (typeof token !== 'string') throw new AuthError('token-invalid', 'The sign-in token is not valid; sign in again.');
      const checked = readToken(token, await serverSecret(), now());
      if (!checked.ok) {
        if (checked.code === 'token-expired') throw new AuthError('token-expired', 'The sign-in has expired; sign in again.');
        throw new AuthError('token-invalid', 'The sign-in token is not valid; sign in again.');
      }
      const stored = await store.byId(checked.payload.sub);
      if (!stored) throw new AuthError('account-unknown', 'The account of this sign-in no longer exists.');
      if (stored.disabled) throw new AuthError('account-disabled', 'This account is disabled; ask the office administrator.');
      if (stored.tokenVersion !== checked.payload.ver) {
        throw new AuthError('token-invalid', 'The sign-in is no longer valid (the password was reset or the account disabled); sign in again.');
      }
      return publicAccount(stored);
    },

    async account(id): Promise<Account | null> {
      const stored = await store.byId(id);
      return stored ? publicAccount(stored) : null;
    },

    list: async () => (await store.list()).map(publicAccount),
  };
}
