/**
 * The guard's checks of single parts of a shared document after an update (update-guard.ts): one
 * body element, one appendix, the head (everything but body, appendices, comments and review), and
 * the comments an update changed. Each reads the part exactly as yDocToDocument does, so a document
 * whose every part passes is one the whole-document schema accepts (the body's nesting cannot go
 * wrong: nestBody builds it from the flat elements, at most five levels deep).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { appendixSchema, bodyBlockSchema, commentSchema, contentHeadSchema } from '../model/schema';
import { bodyFromSlateNodes, xmlTextToElement } from './body-xml';
import { appendixFromJson, commentFromStored, readDocumentHead, type StoredComment } from './document-ydoc';
import type { GuardDecision, SyncActor } from './guard-types';
import type { DocRoots } from './shape';

const blocksSchema = z.array(bodyBlockSchema);
const IDENTITY_KEYS = ['id', 'author', 'initials', 'date', 'authorId', 'parentId', 'order'] as const;
const MOVING_KEYS = ['anchor', 'quote', 'orphaned'] as const;

const refuse = (reason: Extract<GuardDecision, { allowed: false }>['reason'], detail: string): GuardDecision => ({ allowed: false, reason, detail });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const firstIssue = (prefix: string, error: z.ZodError): string => `${[prefix, ...(error.issues[0]?.path ?? [])].join('.')}: ${error.issues[0]?.message}`;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why a top-level body entry is not a valid body block, or null (an entry that is not an element is not read: null). */
export function bodyEntryProblem(item: Y.Item): string | null {
  const content = item.content;
  if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) return null;
  try {
    const parsed = blocksSchema.safeParse(bodyFromSlateNodes([xmlTextToElement(content.type)]));
    return parsed.success ? null : firstIssue('body', parsed.error);
  } catch (error) {
    return messageOf(error);
  }
}

/** Why a top-level appendix entry is not a valid appendix, or null. */
export function appendixEntryProblem(item: Y.Item): string | null {
  if (!item.countable) return null;
  for (const value of item.content.getContent()) {
    try {
      const json = value instanceof Y.AbstractType ? value.toJSON() : value;
      const parsed = appendixSchema.safeParse(appendixFromJson(json as Record<string, unknown>));
      if (!parsed.success) return firstIssue('appendices', parsed.error);
    } catch (error) {
      return messageOf(error);
    }
  }
  return null;
}

/** Why the head of the document is not valid, or null. */
export function headProblem(roots: DocRoots): string | null {
  try {
    const parsed = contentHeadSchema.safeParse(readDocumentHead(roots));
    return parsed.success ? null : firstIssue('', parsed.error).replace(/^\./, '');
  } catch (error) {
    return messageOf(error);
  }
}

/** A comment entry as stored (a non-map value as it is). */
export function storedCommentOf(value: unknown): StoredComment {
  return (value instanceof Y.Map ? value.toJSON() : value) as StoredComment;
}

/**
 * The comment rules (see guard.ts) on the comments an update changed: `before` holds every
 * comment before it, `keys` the ids it changed and `now` their entries after it (undefined: removed).
 */
export function checkCommentChanges(
  before: ReadonlyMap<string, StoredComment>,
  keys: ReadonlySet<string>,
  now: (id: string) => StoredComment | undefined,
  actor: SyncActor,
  editor: boolean,
): GuardDecision {
  const after = new Map<string, StoredComment | undefined>();
  for (const id of keys) after.set(id, now(id));
  const existsAfter = (id: string): boolean => (after.has(id) ? after.get(id) !== undefined : before.has(id));

  for (const [id, next] of after) {
    const previous = before.get(id);
    if (previous === undefined) continue;
    if (next === undefined) {
      if (previous.authorId !== actor.accountId) return refuse('comment-not-own', `comment ${id} was written by someone else`);
      continue;
    }
    if (same(previous, next)) continue;
    for (const key of IDENTITY_KEYS) if (!same(previous[key], next[key])) return refuse('comment-identity', `comment ${id}: ${key} may not change`);
    const own = previous.authorId === actor.accountId;
    if (!same(previous.text, next.text) && !own) return refuse('comment-not-own', `comment ${id} was written by someone else`);
    for (const key of MOVING_KEYS) if (!same(previous[key], next[key]) && !own && !editor) return refuse('comment-not-own', `comment ${id}: ${key} only moves with the text`);
    if (!commentSchema.safeParse(commentFromStored(next)).success) return refuse('comment-invalid', `comment ${id} is not a valid comment`);
  }
  for (const [id, next] of after) {
    if (before.has(id) || next === undefined) continue;
    if (next.authorId !== actor.accountId) return refuse('comment-not-own', `new comment ${id} must be authored by the account that writes it`);
    if (next.id !== id || typeof next.order !== 'number' || !commentSchema.safeParse(commentFromStored(next)).success) {
      return refuse('comment-invalid', `new comment ${id} is not a valid comment`);
    }
    if (next.parentId !== null && !existsAfter(next.parentId)) return refuse('comment-invalid', `new comment ${id} replies to a missing comment`);
  }
  const removed = new Set([...after].filter(([id, next]) => next === undefined && before.has(id)).map(([id]) => id));
  if (removed.size > 0) {
    const remaining = [...[...before].filter(([id]) => !after.has(id)), ...[...after].filter((entry): entry is [string, StoredComment] => entry[1] !== undefined)];
    for (const [id, next] of remaining) {
      if (next.parentId !== null && removed.has(next.parentId)) return refuse('comment-others-replied', `comment ${next.parentId} has replies by others (${id})`);
    }
  }
  return { allowed: true };
}
