/**
 * What one Yjs transaction changed in a VanBan Y.Doc, read from the transaction itself (its
 * `changed` types and the structs it added) instead of by comparing whole documents, so the cost
 * follows the size of the change, not of the document:
 *   roots          names of the root types it touched (a root outside shape.ts under its own name)
 *   headerKeys     keys set or removed in the header map
 *   bodyItems      top-level body entries changed or added (each a body element unless a client
 *                  put something else there)
 *   appendixItems  top-level appendix entries changed or added
 *   commentKeys    comment ids whose entry was set, removed or changed inside
 * Deleted entries are left out of bodyItems and appendixItems: removing one never makes the rest
 * invalid. Read it in an 'afterTransaction' handler, before Yjs merges and collects the structs.
 */
import * as Y from 'yjs';
import { ROOTS } from './shape';

export interface ChangedParts {
  roots: Set<string>;
  headerKeys: Set<string>;
  bodyItems: Set<Y.Item>;
  appendixItems: Set<Y.Item>;
  commentKeys: Set<string>;
}

type AnyType = Y.AbstractType<unknown>;

/** The root a type belongs to and the item of its top-level entry (null for the root itself). */
function rootAndEntry(type: AnyType): { root: AnyType; entry: Y.Item | null } {
  let current: AnyType = type;
  let entry: Y.Item | null = null;
  while (current._item !== null) {
    entry = current._item;
    current = current._item.parent as AnyType;
  }
  return { root: current, entry };
}

/** The items this transaction added (not deleted), whatever their parent. */
function* addedItems(transaction: Y.Transaction): Generator<Y.Item> {
  const store = transaction.doc.store;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = store.clients.get(client);
    if (!structs) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index]!;
      if (struct.id.clock >= after) break;
      if (struct instanceof Y.Item && !struct.deleted) yield struct;
    }
  }
}

export function changedParts(transaction: Y.Transaction): ChangedParts {
  const doc = transaction.doc;
  const names = new Map<AnyType, string>();
  for (const [name, type] of doc.share) names.set(type as AnyType, name);
  const body = doc.share.get(ROOTS.body);
  const appendices = doc.share.get(ROOTS.appendices);
  const parts: ChangedParts = { roots: new Set(), headerKeys: new Set(), bodyItems: new Set(), appendixItems: new Set(), commentKeys: new Set() };

  for (const [type, keys] of transaction.changed) {
    const { root, entry } = rootAndEntry(type as AnyType);
    const name = names.get(root) ?? '?';
    parts.roots.add(name);
    if (name === ROOTS.header && entry === null) for (const key of keys) if (key !== null) parts.headerKeys.add(key);
    if (name === ROOTS.comments) {
      if (entry === null) {
        for (const key of keys) if (key !== null) parts.commentKeys.add(key);
      } else if (entry.parentSub !== null) {
        parts.commentKeys.add(entry.parentSub);
      }
    }
    if (entry !== null && !entry.deleted) {
      if (name === ROOTS.body) parts.bodyItems.add(entry);
      if (name === ROOTS.appendices) parts.appendixItems.add(entry);
    }
  }
  // An entry created in this transaction is not in `changed` (only its parent is): find it.
  if (parts.roots.has(ROOTS.body) || parts.roots.has(ROOTS.appendices)) {
    for (const item of addedItems(transaction)) {
      if (item.parent === body && item.parentSub === null) parts.bodyItems.add(item);
      else if (item.parent === appendices && item.parentSub === null) parts.appendixItems.add(item);
    }
  }
  return parts;
}
