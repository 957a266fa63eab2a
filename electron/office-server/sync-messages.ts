/**
 * Reading a client's Hocuspocus message before Hocuspocus handles it (beforeHandleMessage), to find
 * the document updates in it: a Sync (or SyncReply) message of type SyncStep2 (the client's answer
 * to the server's state vector: everything the server lacks) or Update (one local change).
 * Layout: varString document name, varUint message type, varUint sync type, varUint8Array update.
 */
import { IncomingMessage, MessageType, OutgoingMessage } from '@hocuspocus/server';

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'update'; update: Uint8Array; step: 'sync-step-2' | 'update' }
  | { kind: 'broadcast' }
  | { kind: 'other' };

/** What the message carries; throws on bytes that are not a message (Hocuspocus then closes the connection). */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const message = new IncomingMessage(data);
  message.readVarString();
  const type = message.readVarUint();
  if (type === MessageType.BroadcastStateless) return { kind: 'broadcast' };
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { kind: 'other' };
  const syncType = message.readVarUint();
  if (syncType === SYNC_STEP_2) return { kind: 'update', update: message.readVarUint8Array(), step: 'sync-step-2' };
  if (syncType === SYNC_UPDATE) return { kind: 'update', update: message.readVarUint8Array(), step: 'update' };
  return { kind: 'other' };
}

/** The "your update is saved" answer the provider counts its unsynced changes down with. */
export function syncStatusMessage(documentName: string, saved: boolean): Uint8Array {
  return new OutgoingMessage(documentName).writeSyncStatus(saved).toUint8Array();
}
