/**
 * The office server as the start screen shows it: who is signed in, the inbox ("Văn bản chờ tôi
 * xử lý"), and the sign-in / sign-out calls. The inbox is asked for again every 30 s while signed
 * in; a desktop notification tells of a document that was not there before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { HostApi, inboxItemSchema, officeStatusSchema } from '../../core/host/contract';

export type OfficeStatus = z.infer<typeof officeStatusSchema>;
export type InboxItem = z.infer<typeof inboxItemSchema>;

const REFRESH_MS = 30_000;

export interface OfficeState {
  status: OfficeStatus | null;
  inbox: InboxItem[] | null;
  /** The last failure of an inbox call (a code the errors namespace translates), or null. */
  inboxError: unknown;
  refresh(): Promise<void>;
  signIn(serverUrl: string, login: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

export function useOffice(host: HostApi, notify: (items: InboxItem[]) => void): OfficeState {
  const [status, setStatus] = useState<OfficeStatus | null>(null);
  const [inbox, setInbox] = useState<InboxItem[] | null>(null);
  const [inboxError, setInboxError] = useState<unknown>(null);
  const seen = useRef<Set<string> | null>(null);
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  const refresh = useCallback(async () => {
    const current = await host.officeStatus({});
    setStatus(current);
    if (!current.account) {
      setInbox(null);
      seen.current = null;
      return;
    }
    try {
      const { items } = await host.officeInbox({});
      const keys = new Set(items.map((item) => `${item.documentId} ${item.reason} ${item.when ?? ''}`));
      if (seen.current) {
        const arrived = items.filter((item) => !seen.current!.has(`${item.documentId} ${item.reason} ${item.when ?? ''}`));
        if (arrived.length > 0) notifyRef.current(arrived);
      }
      seen.current = keys;
      setInbox(items);
      setInboxError(null);
    } catch (error) {
      setInboxError(error);
      // A refused token signs the app out: show it.
      setStatus(await host.officeStatus({}));
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = Boolean(status?.account);
  useEffect(() => {
    if (!signedIn) return undefined;
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, refresh]);

  const signIn = useCallback(
    async (serverUrl: string, login: string, password: string) => {
      setStatus(await host.officeSignIn({ serverUrl: serverUrl.trim(), login: login.trim(), password }));
      seen.current = null;
      await refresh();
    },
    [host, refresh],
  );

  const signOut = useCallback(async () => {
    setStatus(await host.officeSignOut({}));
    setInbox(null);
    seen.current = null;
  }, [host]);

  return { status, inbox, inboxError, refresh, signIn, signOut };
}
