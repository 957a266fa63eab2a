/**
 * Why the office server's own files (accounts, register, server secret) refused a call: a
 * kebab-case code the app translates, and an English message a person can act on.
 */
export type OfficeStoreErrorCode =
  | 'accounts-damaged'
  | 'register-damaged'
  | 'server-secret-damaged'
  | 'lock-timeout'
  | 'login-taken'
  | 'login-unknown'
  | 'account-invalid'
  | 'password-too-short'
  | 'password-too-long'
  | 'register-request-invalid';

export class OfficeStoreError extends Error {
  constructor(
    readonly code: OfficeStoreErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'OfficeStoreError';
  }
}
