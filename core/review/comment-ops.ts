/**
 * Comments (góp ý) on a document: add, reply (trả lời), edit, delete, resolve / reopen, and the
 * threads the comments pane shows. Pure: every function returns a new document (or the same one
 * when nothing changes) and never mutates its input. All text is stored NFC.
 *
 * A thread is a root comment (parentId null) and its replies; a reply always points at the root,
 * even when the user answered a reply, and shares the root's anchor.
 */
import { flattenBody, type FlatBlock } from '../model/flat-body';
import { newId } from '../model/ids';
import type { DocumentComment, ReviewActor, VanBanDocument } from '../model/types';
import { blockText } from './diff';

export interface CommentAnchor {
  blockId: string;
  start: number;
  end: number;
}

export interface CommentThread {
  root: DocumentComment;
  replies: DocumentComment[];
}

export interface CommentResult {
  document: VanBanDocument;
  id: string;
}

const nfc = (text: string): string => text.normalize('NFC');
const sameName = (a: string, b: string): boolean => nfc(a) === nfc(b);

/** The block with this id in the body or an appendix body, or undefined. */
function findBlock(doc: VanBanDocument, blockId: string): FlatBlock | undefined {
  const find = (blocks: FlatBlock[]): FlatBlock | undefined => blocks.find((block) => block.id === blockId);
  return find(flattenBody(doc.body)) ?? doc.appendices.reduce<FlatBlock | undefined>((found, appendix) => found ?? find(flattenBody(appendix.body)), undefined);
}

const indexById = (comments: readonly DocumentComment[]): Map<string, DocumentComment> => new Map(comments.map((comment) => [comment.id, comment]));

/** The root of the thread a comment belongs to (itself when it is a root or its parent is gone). */
function rootOf(byId: ReadonlyMap<string, DocumentComment>, comment: DocumentComment): DocumentComment {
  let current = comment;
  const seen = new Set<string>([current.id]);
  while (current.parentId !== null) {
    const parent = byId.get(current.parentId);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/** Ids of the comments in the thread rooted at `rootId` (the root included). */
function threadIds(comments: readonly DocumentComment[], rootId: string): Set<string> {
  const root = comments.find((comment) => comment.id === rootId);
  const ids = new Set<string>();
  if (!root) return ids;
  const byId = indexById(comments);
  for (const comment of comments) if (rootOf(byId, comment).id === root.id) ids.add(comment.id);
  return ids;
}

/** A new comment's own fields: a fresh id, its author and date, and its text (names and text NFC). */
function authored(text: string, author: ReviewActor, when: string): Pick<DocumentComment, 'id' | 'author' | 'initials' | 'date' | 'text'> {
  return { id: newId(), author: nfc(author.name), initials: nfc(author.initials), date: when, text: nfc(text) };
}

/** The document with the comment added last, and the comment's id. */
function appended(doc: VanBanDocument, comment: DocumentComment): CommentResult {
  return { document: { ...doc, comments: [...doc.comments, comment] }, id: comment.id };
}

/**
 * A new comment on a passage of one block. quote = the passage's text; orphaned false; parentId null.
 * Offsets are clamped to the block's text. Throws when no body or appendix block has the anchor's id.
 */
export function addComment(doc: VanBanDocument, anchor: CommentAnchor, text: string, author: ReviewActor, when: string): CommentResult {
  const block = findBlock(doc, anchor.blockId);
  if (!block) throw new Error(`No block ${anchor.blockId} to comment on`);
  const plain = blockText(block);
  const start = Math.max(0, Math.min(anchor.start, anchor.end, plain.length));
  const end = Math.max(start, Math.min(Math.max(anchor.start, anchor.end), plain.length));
  return appended(doc, {
    ...authored(text, author, when),
    anchor: { blockId: anchor.blockId, start, end },
    resolved: false,
    parentId: null,
    orphaned: false,
    quote: plain.slice(start, end),
  });
}

/**
 * A reply in the thread of `parentId` (to the thread's root when `parentId` is itself a reply), with
 * the root's anchor, quote, orphan flag and resolved state. Throws when there is no such comment.
 */
export function replyToComment(doc: VanBanDocument, parentId: string, text: string, author: ReviewActor, when: string): CommentResult {
  const parent = doc.comments.find((comment) => comment.id === parentId);
  if (!parent) throw new Error(`No comment ${parentId} to reply to`);
  const root = rootOf(indexById(doc.comments), parent);
  const reply: DocumentComment = {
    ...authored(text, author, when),
    anchor: { ...root.anchor },
    resolved: root.resolved,
    parentId: root.id,
    orphaned: root.orphaned,
  };
  if (root.quote !== undefined) reply.quote = root.quote;
  return appended(doc, reply);
}

/** The comment with new text, when `editor` wrote it (name match); otherwise the same document. */
export function editComment(doc: VanBanDocument, id: string, text: string, editor: ReviewActor): VanBanDocument {
  const target = doc.comments.find((comment) => comment.id === id);
  const next = nfc(text);
  if (!target || !sameName(target.author, editor.name) || target.text === next) return doc;
  return { ...doc, comments: doc.comments.map((comment) => (comment.id === id ? { ...comment, text: next } : comment)) };
}

/**
 * Why `by` may not delete the comment, or null when they may: 'not-found'; 'not-author' (someone
 * else wrote it, names compared as NFC); 'others-replied' (a thread's root with replies by someone
 * else: their replies would go with it).
 */
export type CommentDeleteRefusal = 'not-found' | 'not-author' | 'others-replied';

export function deleteRefusal(comments: readonly DocumentComment[], id: string, by: ReviewActor): CommentDeleteRefusal | null {
  const target = comments.find((comment) => comment.id === id);
  if (!target) return 'not-found';
  if (!sameName(target.author, by.name)) return 'not-author';
  if (rootOf(indexById(comments), target).id !== target.id) return null;
  const thread = threadIds(comments, target.id);
  return comments.some((comment) => thread.has(comment.id) && !sameName(comment.author, by.name)) ? 'others-replied' : null;
}

/**
 * Removes the comment when `by` may (deleteRefusal): removing a root removes its replies, all `by`'s
 * own. Otherwise the same document.
 */
export function deleteComment(doc: VanBanDocument, id: string, by: ReviewActor): VanBanDocument {
  if (deleteRefusal(doc.comments, id, by) !== null) return doc;
  const target = doc.comments.find((comment) => comment.id === id)!;
  const isRoot = rootOf(indexById(doc.comments), target).id === target.id;
  const gone = isRoot ? threadIds(doc.comments, target.id) : new Set([id]);
  return { ...doc, comments: doc.comments.filter((comment) => !gone.has(comment.id)) };
}

/** Resolves (or reopens) the whole thread the comment belongs to; the same document if already so. */
export function setCommentResolved(doc: VanBanDocument, id: string, resolved: boolean): VanBanDocument {
  const target = doc.comments.find((comment) => comment.id === id);
  if (!target) return doc;
  const ids = threadIds(doc.comments, rootOf(indexById(doc.comments), target).id);
  if (doc.comments.every((comment) => !ids.has(comment.id) || comment.resolved === resolved)) return doc;
  return { ...doc, comments: doc.comments.map((comment) => (ids.has(comment.id) && comment.resolved !== resolved ? { ...comment, resolved } : comment)) };
}

/**
 * The threads: each root with its replies (oldest first). With `order` (block ids in reading order),
 * roots sort by their block's position, then start offset, then date; roots that are orphaned or
 * whose block is not in `order` come last. Without `order`, roots keep their stored order, orphans
 * last. A reply whose root is missing is shown as a root.
 */
export function commentThreads(comments: readonly DocumentComment[], order?: readonly string[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  const index = new Map(comments.map((comment, i) => [comment.id, i]));
  const byId = indexById(comments);
  for (const comment of comments) {
    const root = rootOf(byId, comment);
    if (root.id === comment.id) threads.set(comment.id, { root: comment, replies: threads.get(comment.id)?.replies ?? [] });
    else {
      const thread = threads.get(root.id) ?? { root, replies: [] };
      thread.replies.push(comment);
      threads.set(root.id, thread);
    }
  }
  const byDate = (a: DocumentComment, b: DocumentComment): number => {
    const diff = Date.parse(a.date) - Date.parse(b.date);
    return Number.isNaN(diff) || diff === 0 ? index.get(a.id)! - index.get(b.id)! : diff;
  };
  const position = new Map((order ?? []).map((blockId, i) => [blockId, i]));
  const place = (comment: DocumentComment): number => {
    if (comment.orphaned) return Infinity;
    if (!order) return 0;
    return position.get(comment.anchor.blockId) ?? Infinity;
  };
  const list = [...threads.values()];
  for (const thread of list) thread.replies.sort(byDate);
  return list.sort((a, b) => {
    const pa = place(a.root);
    const pb = place(b.root);
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (!order || pa === Infinity) return index.get(a.root.id)! - index.get(b.root.id)!;
    return a.root.anchor.start - b.root.anchor.start || byDate(a.root, b.root);
  });
}
