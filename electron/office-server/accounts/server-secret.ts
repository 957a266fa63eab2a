/**
 * The key tokens are signed with: 32 random bytes in `<data>/server-secret` (mode 0600), made on
 * first use. It is written to a temporary file and linked into place, so two processes starting
 * at once agree on one secret (the second link fails and that process reads the first one's).
 * Removing the file signs everyone out (a new secret is made at the next start).
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { OfficeStoreError } from '../storage/store-error';

export const SECRET_LENGTH = 32;

async function readSecret(path: string): Promise<Buffer | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  if (bytes.length !== SECRET_LENGTH) {
    throw new OfficeStoreError(
      'server-secret-damaged',
      `The server secret ${path} is damaged (${bytes.length} bytes instead of ${SECRET_LENGTH}); remove it to make a new one (everyone will have to sign in again).`,
      { path },
    );
  }
  return bytes;
}

async function createSecret(dataDir: string, path: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temp = join(dataDir, `.server-secret.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(randomBytes(SECRET_LENGTH));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, path).catch((error) => {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** The data folder's secret, made when there is none ('server-secret-damaged' for a wrong length). */
export async function loadServerSecret(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, 'server-secret');
  const existing = await readSecret(path);
  if (existing) return existing;
  await createSecret(dataDir, path);
  const created = await readSecret(path);
  if (!created) throw new OfficeStoreError('server-secret-damaged', `The server secret ${path} vanished while it was being made.`, { path });
  return created;
}
