/**
 * The app's side of the office server: the server address and the signed-in account (office.json
 * in the user data folder, never the token or the password), the token in a TokenVault, sign-in,
 * sign-out and the inbox. Used by the host service in both modes.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { HostCallError, inboxItemSchema, officeAccountSchema, type HostResult } from '../../../core/host/contract';
import { readJsonFileKeepingCorrupt, serialQueue, writeJsonFile } from '../json-file';
import { officeRequest, type FetchLike } from './office-http';
import type { TokenVault } from './token-vault';

type OfficeStatus = HostResult<'officeStatus'>;
type InboxItem = z.output<typeof inboxItemSchema>;

const storedSchema = z.strictObject({
  serverUrl: z.string().nullable(),
  account: officeAccountSchema.nullable(),
  expires: z.string().nullable(),
});
type Stored = z.output<typeof storedSchema>;

/** What the server answers a sign-in with (more fields are ignored). */
const signInAnswerSchema = z.object({
  token: z.string().min(1).max(4096),
  expires: z.string(),
  account: z.object({ id: z.string(), login: z.string(), name: z.string(), initials: z.string(), role: z.enum(['drafter', 'reviewer', 'clerk', 'admin']), unit: z.string() }),
});
const inboxAnswerSchema = z.object({ items: z.array(z.object(inboxItemSchema.shape).strip()) });

export interface OfficeClientOptions {
  userDataDir: string;
  vault: TokenVault;
  fetch?: FetchLike;
  now?: () => Date;
}

export interface OfficeClient {
  status(): Promise<OfficeStatus>;
  signIn(args: { serverUrl: string; login: string; password: string }): Promise<OfficeStatus>;
  signOut(): Promise<OfficeStatus>;
  inbox(): Promise<{ items: InboxItem[] }>;
  /** The address and token for the renderer's sync connection (null when signed out). */
  session(): Promise<{ serverUrl: string; token: string } | null>;
}

const SIGNED_OUT_CODES = new Set(['token-missing', 'token-invalid', 'token-expired', 'account-disabled', 'account-unknown']);

const EMPTY: Stored = { serverUrl: null, account: null, expires: null };

export function createOfficeClient(options: OfficeClientOptions): OfficeClient {
  const file = join(options.userDataDir, 'office.json');
  const queue = serialQueue();
  const now = options.now ?? (() => new Date());

  async function load(): Promise<Stored> {
    const kept = await readJsonFileKeepingCorrupt(file);
    if (kept.state !== 'parsed') return EMPTY;
    const parsed = storedSchema.safeParse(kept.value);
    return parsed.success ? parsed.data : EMPTY;
  }

  async function statusOf(stored: Stored): Promise<OfficeStatus> {
    const token = await options.vault.read();
    const expired = stored.expires !== null && Date.parse(stored.expires) <= now().getTime();
    const signedIn = token !== null && stored.account !== null && !expired;
    return { serverUrl: stored.serverUrl, account: signedIn ? stored.account : null, expires: signedIn ? stored.expires : null, tokenKept: options.vault.keeps };
  }

  async function signedInToken(): Promise<{ stored: Stored; token: string }> {
    const stored = await load();
    const token = await options.vault.read();
    if (!stored.serverUrl || !stored.account || !token) throw new HostCallError('token-missing', 'Not signed in to the office server');
    if (stored.expires !== null && Date.parse(stored.expires) <= now().getTime()) throw new HostCallError('token-expired', 'The office sign-in has expired');
    return { stored, token };
  }

  /** Drops the token and the account; the server address stays for the next sign-in. */
  async function forget(): Promise<Stored> {
    await options.vault.clear();
    const stored: Stored = { ...(await load()), account: null, expires: null };
    await writeJsonFile(file, stored);
    return stored;
  }

  return {
    status: async () => statusOf(await load()),
    signIn: (args) =>
      queue(async () => {
        const serverUrl = args.serverUrl.replace(/\/+$/, '');
        const answer = signInAnswerSchema.safeParse(
          await officeRequest({ serverUrl, method: 'POST', path: '/api/sign-in', body: { login: args.login.normalize('NFC'), password: args.password } }, options.fetch),
        );
        if (!answer.success) throw new HostCallError('server-refused', `${serverUrl} did not answer as an office server`, { server: serverUrl });
        const { token, expires, account } = answer.data;
        await options.vault.write(token);
        const stored: Stored = { serverUrl, account: { id: account.id, login: account.login, name: account.name, initials: account.initials, role: account.role, unit: account.unit }, expires };
        await writeJsonFile(file, stored);
        return statusOf(stored);
      }),
    signOut: () => queue(async () => statusOf(await forget())),
    inbox: async () => {
      const { stored, token } = await signedInToken();
      let raw: unknown;
      try {
        raw = await officeRequest({ serverUrl: stored.serverUrl!, method: 'GET', path: '/api/inbox', token }, options.fetch);
      } catch (error) {
        // The server no longer takes this token (expired, password reset, account disabled): signed out here too.
        if (error instanceof HostCallError && SIGNED_OUT_CODES.has(error.code)) await forget();
        throw error;
      }
      const answer = inboxAnswerSchema.safeParse(raw);
      if (!answer.success) throw new HostCallError('server-refused', 'The inbox answer is not the office server\'s', { server: stored.serverUrl! });
      return { items: answer.data.items };
    },
    session: async () => {
      try {
        const { stored, token } = await signedInToken();
        return { serverUrl: stored.serverUrl!, token };
      } catch {
        return null;
      }
    },
  };
}
