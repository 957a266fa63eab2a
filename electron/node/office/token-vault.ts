/**
 * Where the office sign-in token is kept between runs. Only an OS keychain may keep it (Electron's
 * safeStorage: DPAPI on Windows, Keychain on macOS, the secret service on Linux); where there is
 * none the token lives in memory until the app closes and is never written in plain text.
 */
export interface TokenVault {
  /** Whether a token written survives a restart. */
  readonly keeps: boolean;
  read(): Promise<string | null>;
  write(token: string): Promise<void>;
  clear(): Promise<void>;
}

/** A token for this run only (browser mode; no keychain). */
export function memoryTokenVault(): TokenVault {
  let token: string | null = null;
  return {
    keeps: false,
    read: async () => token,
    write: async (value) => {
      token = value;
    },
    clear: async () => {
      token = null;
    },
  };
}
