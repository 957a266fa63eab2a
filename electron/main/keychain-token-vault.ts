/**
 * The office sign-in token in the OS keychain: Electron's safeStorage encrypts it (DPAPI on
 * Windows, Keychain on macOS, the secret service on Linux) into office-token.bin in the user data
 * folder. Where safeStorage cannot encrypt for real (no keychain; Linux's "basic_text" fallback,
 * which is a fixed key), the token is kept in memory only: never in plain text on disk.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../node/atomic-write';
import { memoryTokenVault, type TokenVault } from '../node/office/token-vault';

type Keychain = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string };

export function keychainTokenVault(safeStorage: Keychain, userDataDir: string): TokenVault {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') return memoryTokenVault();
  const file = join(userDataDir, 'office-token.bin');
  return {
    keeps: true,
    async read() {
      try {
        return safeStorage.decryptString(await readFile(file));
      } catch {
        // Missing, or written by another user or machine: signed out.
        return null;
      }
    },
    async write(token) {
      await mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(file, safeStorage.encryptString(token), { mode: 0o600 });
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}
