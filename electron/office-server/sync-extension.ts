/**
 * The office server's Hocuspocus hooks, as one extension:
 *
 *   onAuthenticate        the provider's token → Authenticator.verify; refused (AuthError) → the
 *                         provider gets permission-denied with the error's code as reason, and the
 *                         WebSocket is closed with code 4401 and the same reason; a document the account
 *                         may not open (access-policy.ts) → permission-denied 'document-forbidden' (or
 *                         'document-not-found'), the socket stays (it may carry other documents). The
 *                         account goes into the connection's context; nothing the client sends about
 *                         who it is is ever used.
 *   onLoadDocument        the document from the update log (or from its seed, first time here).
 *   beforeHandleMessage   every connection is marked readOnly on the server side, so Hocuspocus never
 *                         applies a client's update itself; the updates in the message (SyncStep2,
 *                         Update) go to the document's SharedDocument: guard → log → apply. Then:
 *                         allowed → the provider gets SyncStatus(saved) (for SyncStep2 Hocuspocus's
 *                         read-only path sends it, having found the update in the document); refused
 *                         → not applied, not stored, and the client gets the stateless message
 *                         { type: 'refused', reason, detail } (its unsynced count stays up: the app
 *                         reloads the document). A client may not broadcast stateless messages.
 *   onStateless           review moves (review-move-handler.ts).
 *   onTokenSync           a new token from the provider replaces the connection's account.
 * The token is checked again at most every ACCOUNT_RECHECK_MS while a connection writes, so a
 * disabled account or an expired token stops writing (the socket is closed, code 4401).
 */
import type { IncomingMessage } from 'node:http';
import type { Connection, Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { docRoots } from '../../core/sync';
import { mayOpen } from './access-policy';
import { AuthError, type Account, type Authenticator, type OfficeRegister } from './contracts';
import { DOCUMENT_ID, type DocumentInfoStore } from './document-info-store';
import { handleReviewMove } from './review-move-handler';
import { SharedDocument } from './shared-document';
import { readClientMessage, syncStatusMessage } from './sync-messages';
import type { UpdateLog } from './update-log';

export const UNAUTHORIZED_CLOSE_CODE = 4401;
const ACCOUNT_RECHECK_MS = 10_000;

export interface SyncContext {
  account: Account;
  token: string | null;
  checkedAt: number;
}

export interface SyncExtensionDeps {
  authenticator: Authenticator;
  register: OfficeRegister;
  infos: DocumentInfoStore;
  log: UpdateLog;
  /** The WebSocket a request was upgraded to (to close it when its token is refused). */
  socketOf: (request: IncomingMessage) => WebSocket | undefined;
  onError: (message: string) => void;
  now?: () => Date;
}

/** A refusal Hocuspocus passes on to the provider (permission-denied, with this reason). */
const refusal = (reason: string) => ({ reason });

export function createSyncExtension(deps: SyncExtensionDeps): { extension: Extension; documents: Map<string, SharedDocument> } {
  const documents = new Map<string, SharedDocument>();
  const shared = new WeakMap<Document, SharedDocument>();

  function closeSocket(request: IncomingMessage | undefined, reason: string): void {
    const socket = request ? deps.socketOf(request) : undefined;
    // after Hocuspocus has sent the permission-denied message
    if (socket) setImmediate(() => socket.close(UNAUTHORIZED_CLOSE_CODE, reason));
  }

  /** The connection's account, read again from the store when the last check is old. */
  async function currentAccount(connection: Connection): Promise<Account | null> {
    const context = connection.context as SyncContext;
    if (Date.now() - context.checkedAt < ACCOUNT_RECHECK_MS) return context.account;
    try {
      context.account = await deps.authenticator.verify(context.token);
      context.checkedAt = Date.now();
      return context.account;
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      connection.sendStateless(JSON.stringify({ type: 'refused', reason: error.code, detail: error.message }));
      closeSocket(connection.request, error.code);
      return null;
    }
  }

  const extension: Extension = {
    extensionName: 'vanban-office',
    // before the Redis extension, so a document is set up here before updates from other servers reach it
    priority: 2000,

    async onAuthenticate({ token, documentName, request }) {
      let account: Account;
      try {
        account = await deps.authenticator.verify(token === '' ? null : token);
      } catch (error) {
        if (error instanceof AuthError) {
          closeSocket(request, error.code);
          throw refusal(error.code);
        }
        deps.onError(`sign-in check failed: ${error instanceof Error ? error.message : String(error)}`);
        throw refusal('server-error');
      }
      if (!DOCUMENT_ID.test(documentName)) throw refusal('document-not-found');
      const info = await deps.infos.get(documentName);
      if (!info) throw refusal('document-not-found');
      if (!mayOpen(info, account)) throw refusal('document-forbidden');
      const context: SyncContext = { account, token: token === '' ? null : token, checkedAt: Date.now() };
      return context;
    },

    async onTokenSync({ token, connection }) {
      const context = connection.context as SyncContext;
      context.token = token === '' ? null : token;
      context.checkedAt = 0;
      await currentAccount(connection);
    },

    async onLoadDocument({ documentName, document }) {
      const info = await deps.infos.get(documentName);
      if (!info) throw refusal('document-not-found');
      const stored = await deps.log.load(documentName);
      if (stored) {
        Y.applyUpdate(document, Y.encodeStateAsUpdate(stored));
        stored.destroy();
        return;
      }
      const seed = await deps.infos.seed(documentName);
      if (!seed) throw refusal('document-not-found');
      await deps.log.store(documentName, seed);
      Y.applyUpdate(document, seed);
    },

    async afterLoadDocument({ documentName, document }) {
      const info = await deps.infos.get(documentName);
      if (!info) throw refusal('document-not-found');
      docRoots(document);
      const previous = documents.get(documentName);
      if (previous) await previous.close();
      const gate = new SharedDocument(documentName, document, deps.log, info, deps.onError);
      documents.set(documentName, gate);
      shared.set(document, gate);
    },

    async beforeHandleMessage({ connection, update: data, document, documentName }) {
      connection.readOnly = true;
      const message = readClientMessage(data);
      if (message.kind === 'broadcast') throw { code: 4403, reason: 'broadcast-not-allowed' };
      if (message.kind !== 'update') return;
      const gate = shared.get(document);
      if (!gate) return;
      const account = await currentAccount(connection);
      if (!account) return;
      const result = await gate.receive(message.update, { accountId: account.id, role: account.role }, connection);
      if (!result.ok) {
        connection.sendStateless(JSON.stringify({ type: 'refused', reason: result.reason, detail: result.detail }));
        return;
      }
      if (message.step === 'update') connection.send(syncStatusMessage(documentName, true));
    },

    async onStateless({ connection, document, payload }) {
      let message: unknown;
      try {
        message = JSON.parse(payload);
      } catch {
        return;
      }
      if ((message as { type?: unknown })?.type !== 'review-move') return;
      const gate = shared.get(document);
      if (!gate) return;
      const context = connection.context as SyncContext;
      let reply;
      try {
        reply = await handleReviewMove({ ...deps }, gate, context.token, message);
      } catch (error) {
        deps.onError(`document ${document.name}: review move failed: ${error instanceof Error ? error.message : String(error)}`);
        const requestId = (message as { requestId?: unknown }).requestId;
        reply = { type: 'review-move-result', requestId: typeof requestId === 'string' ? requestId : null, ok: false, error: { code: 'server-error', params: {} } };
      }
      connection.sendStateless(JSON.stringify(reply));
    },

    async beforeUnloadDocument({ document }) {
      await shared.get(document)?.idle();
    },

    async afterUnloadDocument({ documentName }) {
      const gate = documents.get(documentName);
      if (gate && (gate.doc as Document).isDestroyed) {
        documents.delete(documentName);
        await gate.close();
      }
    },
  };
  return { extension, documents };
}
