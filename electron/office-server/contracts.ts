/**
 * What the office server's parts promise each other: the account store (accounts, passwords,
 * tokens), the register (numbers given once per agency and year) and the sync server (Hocuspocus
 * documents with their access record). Each part is built against these types, so they can be
 * tested alone and put together in electron/office-server/server.ts.
 */
import type { AccountRole } from '../../core/sync';

export type { AccountRole };

/** One office account, as the server keeps it (never with its password hash). */
export interface Account {
  id: string;
  /** Sign-in name, unique, compared case-insensitively after NFC. */
  login: string;
  /** Full name as steps and comments show it (NFC). */
  name: string;
  initials: string;
  role: AccountRole;
  /** The unit (phòng, ban) the account belongs to. */
  unit: string;
  disabled: boolean;
  created: string;
}

/** Why a sign-in or a token was refused; each code has a translation in the app. */
export type AuthErrorCode = 'token-missing' | 'token-invalid' | 'token-expired' | 'account-disabled' | 'account-unknown' | 'wrong-password';

export class AuthError extends Error {
  constructor(readonly code: AuthErrorCode, message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

/** Signs people in and checks the tokens they come back with. */
export interface Authenticator {
  /** Checks name and password; returns a signed token that expires, and the account. */
  signIn(login: string, password: string): Promise<{ token: string; account: Account; expires: string }>;
  /** The account a token belongs to, read again from the store (a disabled account is refused at once). */
  verify(token: string | undefined | null): Promise<Account>;
  /** Accounts by id, for the sync server's names (submit to a named reviewer). */
  account(id: string): Promise<Account | null>;
  list(): Promise<Account[]>;
}

/** The office's outgoing register on the server. */
export interface OfficeRegister {
  /**
   * The next number for agency and year, given once: concurrent calls (also from other server
   * processes on the same data folder) never get the same number, and numbers are consecutive.
   */
  allocate(request: { agencyCode: string; year: number; documentId: string; accountId: string }): Promise<number>;
  /** Gives a number back when the issue it was allocated for failed (only if it is still the last one). */
  release(request: { agencyCode: string; year: number; number: number; documentId: string }): Promise<boolean>;
}
