/**
 * The office's accounts: `<data>/accounts.json` = `{ "accounts": StoredAccount[] }` (mode 0600:
 * it holds password hashes). Checked with zod whenever it is read; a damaged file is refused with
 * 'accounts-damaged' and never replaced. Every change re-reads the file under the cross-process
 * lock and writes it atomically, so `vanban server user add` run while the server runs (or two of
 * them at once) never loses an account; the server sees the change at its next read.
 *
 * Logins are unique compared in NFC, trimmed and lowercased ("Lan" and "lan" are one login); the
 * login is kept as it was first written. `tokenVersion` goes up when the password is reset or the
 * account is disabled: every token signed before is refused from then on.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Account, AccountRole } from '../contracts';
import type { FileLockOptions } from '../storage/file-lock';
import { createLockedJsonFile } from '../storage/locked-json-file';
import { OfficeStoreError } from '../storage/store-error';
import { isPasswordHash } from './passwords';

export const ACCOUNT_ROLES = ['drafter', 'reviewer', 'clerk', 'admin'] as const satisfies readonly AccountRole[];

export interface StoredAccount extends Account {
  passwordHash: string;
  tokenVersion: number;
}

export interface NewAccount {
  login: string;
  name: string;
  initials: string;
  role: AccountRole;
  unit: string;
  /** From hashPassword (hashed before the store is called: scrypt does not run under the lock). */
  passwordHash: string;
}

export interface AccountStore {
  readonly file: string;
  list(): Promise<StoredAccount[]>;
  byId(id: string): Promise<StoredAccount | null>;
  byLogin(login: string): Promise<StoredAccount | null>;
  /** Refused with 'login-taken' when the login exists, 'account-invalid' for a field that cannot be kept. */
  add(account: NewAccount): Promise<StoredAccount>;
  /** Disabling also ends every token of the account. 'login-unknown' when there is none. */
  setDisabled(login: string, disabled: boolean): Promise<StoredAccount>;
  /** A new password hash; every token of the account ends. 'login-unknown' when there is none. */
  setPasswordHash(login: string, passwordHash: string): Promise<StoredAccount>;
}

/** The form logins are compared in. */
export function loginKey(login: string): string {
  return login.normalize('NFC').trim().toLowerCase();
}

/** The account as the other parts see it: without the hash and the token version. */
export function publicAccount(stored: StoredAccount): Account {
  const { passwordHash: _hash, tokenVersion: _version, ...account } = stored;
  return account;
}

const isNfc = (text: string) => text === text.normalize('NFC');
const noSpaceOrControl = /^[^\s\p{Cc}]+$/u;
const noControl = /^[^\p{Cc}]*$/u;

const loginSchema = z.string().min(1).max(64).regex(noSpaceOrControl, 'no spaces or control characters').refine(isNfc, 'not NFC');
const nameSchema = z.string().min(1).max(200).regex(noControl, 'no control characters').refine(isNfc, 'not NFC');
const initialsSchema = z.string().min(1).max(10).regex(noSpaceOrControl, 'no spaces or control characters').refine(isNfc, 'not NFC');
const unitSchema = z.string().max(200).regex(noControl, 'no control characters').refine(isNfc, 'not NFC');

const storedAccountSchema = z.strictObject({
  id: z.string().min(1),
  login: loginSchema,
  name: nameSchema,
  initials: initialsSchema,
  role: z.enum(ACCOUNT_ROLES),
  unit: unitSchema,
  disabled: z.boolean(),
  created: z.string().min(1),
  passwordHash: z.string().refine(isPasswordHash, 'not a scrypt password hash'),
  tokenVersion: z.number().int().min(0),
});

const accountsFileSchema = z
  .strictObject({ accounts: z.array(storedAccountSchema) })
  .superRefine((file, context) => {
    const ids = new Set<string>();
    const logins = new Set<string>();
    file.accounts.forEach((account, index) => {
      if (ids.has(account.id)) context.addIssue({ code: 'custom', path: ['accounts', index, 'id'], message: `id ${account.id} appears twice` });
      if (logins.has(loginKey(account.login))) {
        context.addIssue({ code: 'custom', path: ['accounts', index, 'login'], message: `login ${account.login} appears twice` });
      }
      ids.add(account.id);
      logins.add(loginKey(account.login));
    });
  });

type AccountsFile = z.infer<typeof accountsFileSchema>;

/** The fields as they are kept (NFC, trimmed), or 'account-invalid' naming the first bad one. */
function cleanNewAccount(input: NewAccount): NewAccount {
  const clean = {
    login: input.login.normalize('NFC').trim(),
    name: input.name.normalize('NFC').trim().replace(/\s+/g, ' '),
    initials: input.initials.normalize('NFC').trim(),
    role: input.role,
    unit: input.unit.normalize('NFC').trim().replace(/\s+/g, ' '),
    passwordHash: input.passwordHash,
  };
  const checks: [keyof typeof clean, z.ZodType][] = [
    ['login', loginSchema],
    ['name', nameSchema],
    ['initials', initialsSchema],
    ['role', z.enum(ACCOUNT_ROLES)],
    ['unit', unitSchema],
    ['passwordHash', storedAccountSchema.shape.passwordHash],
  ];
  for (const [field, schema] of checks) {
    const result = schema.safeParse(clean[field]);
    if (!result.success) {
      throw new OfficeStoreError('account-invalid', `The account's ${field} cannot be used: ${result.error.issues[0].message}.`, { field });
    }
  }
  return clean;
}

export function createAccountStore(dataDir: string, options: { now?: () => Date; lock?: FileLockOptions } = {}): AccountStore {
  const file = join(dataDir, 'accounts.json');
  const now = options.now ?? (() => new Date());
  const accounts = createLockedJsonFile({
    path: file,
    schema: accountsFileSchema,
    empty: (): AccountsFile => ({ accounts: [] }),
    damaged: (reason) =>
      new OfficeStoreError('accounts-damaged', `The accounts file ${file} is damaged (${reason}); nobody can sign in until it is repaired or restored.`, {
        path: file,
        reason,
      }),
    mode: 0o600,
    lock: options.lock,
  });

  function find(data: AccountsFile, login: string): StoredAccount | null {
    const key = loginKey(login);
    return data.accounts.find((account) => loginKey(account.login) === key) ?? null;
  }

  function unknown(login: string): OfficeStoreError {
    return new OfficeStoreError('login-unknown', `There is no account with the login "${login}" in ${file}.`, { login });
  }

  /** Changes one account (found by login) and writes the file; `change` returns null for no change. */
  function updateAccount(login: string, change: (account: StoredAccount) => StoredAccount | null): Promise<StoredAccount> {
    return accounts.update((data) => {
      const current = find(data, login);
      if (!current) throw unknown(login);
      const changed = change(current);
      if (!changed) return { result: current };
      return { next: { accounts: data.accounts.map((account) => (account.id === current.id ? changed : account)) }, result: changed };
    });
  }

  return {
    file,
    list: async () => (await accounts.read()).accounts,
    byId: async (id) => (await accounts.read()).accounts.find((account) => account.id === id) ?? null,
    byLogin: async (login) => find(await accounts.read(), login),

    add: async (input) => {
      const clean = cleanNewAccount(input);
      return accounts.update((data) => {
        const existing = find(data, clean.login);
        if (existing) throw new OfficeStoreError('login-taken', `The login "${existing.login}" is already used in ${file}.`, { login: existing.login });
        const account: StoredAccount = { id: randomUUID(), ...clean, disabled: false, created: now().toISOString(), tokenVersion: 0 };
        return { next: { accounts: [...data.accounts, account] }, result: account };
      });
    },

    setDisabled: (login, disabled) =>
      updateAccount(login, (account) => {
        if (account.disabled === disabled) return null;
        return { ...account, disabled, tokenVersion: disabled ? account.tokenVersion + 1 : account.tokenVersion };
      }),

    setPasswordHash: async (login, passwordHash) => {
      if (!isPasswordHash(passwordHash)) throw new OfficeStoreError('account-invalid', 'The new password hash is not a scrypt hash.', { field: 'passwordHash' });
      return updateAccount(login, (account) => ({ ...account, passwordHash, tokenVersion: account.tokenVersion + 1 }));
    },
  };
}
