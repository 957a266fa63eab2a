/**
 * Word comments: the comments part and the range markers around the commented text.
 * Replies share their thread's anchor; a comment whose block is gone is anchored, empty, at the
 * closing paragraph so that it is never dropped.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { DocumentComment, InlineText } from '../model/types';
import { inlineRuns, run, runProperties, type RunStyle } from './runs';
import { sliceInlines } from '../model/inline-text';

export interface Anchor {
  id: number;
  start: number;
  end: number;
}

/** Where each comment goes, by block id; `ORPHANS` collects those whose block no longer exists. */
export interface CommentPlan {
  byBlock: Map<string, Anchor[]>;
  orphans: Anchor[];
  options: ICommentOptions[];
}

export const NO_COMMENTS: CommentPlan = { byBlock: new Map(), orphans: [], options: [] };

function rootOf(comment: DocumentComment, byId: Map<string, DocumentComment>): DocumentComment {
  let current = comment;
  const seen = new Set<string>();
  while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId)!;
  }
  return current;
}

export function planComments(comments: readonly DocumentComment[], blockLengths: Map<string, number>): CommentPlan {
  if (comments.length === 0) return NO_COMMENTS;
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const numeric = new Map(comments.map((comment, index) => [comment.id, index]));
  const byBlock = new Map<string, Anchor[]>();
  const orphans: Anchor[] = [];
  const options: ICommentOptions[] = [];
  for (const comment of comments) {
    const id = numeric.get(comment.id)!;
    const root = rootOf(comment, byId);
    const length = blockLengths.get(root.anchor.blockId);
    if (length === undefined) {
      orphans.push({ id, start: 0, end: 0 });
    } else {
      const start = Math.min(root.anchor.start, length);
      const end = Math.max(start, Math.min(root.anchor.end, length));
      const list = byBlock.get(root.anchor.blockId) ?? [];
      list.push({ id, start, end });
      byBlock.set(root.anchor.blockId, list);
    }
    const parent = comment.parentId ? numeric.get(comment.parentId) : undefined;
    options.push({
      id,
      author: comment.author,
      initials: comment.initials,
      date: new Date(comment.date),
      resolved: comment.resolved,
      ...(parent !== undefined ? { parentId: parent } : {}),
      children: comment.text.split('\n').map((line) => new Paragraph({ children: [run(line, { size: 11 })] })),
    });
  }
  return { byBlock, orphans, options };
}

function closeMarkers(id: number, style: RunStyle): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ ...runProperties(style), children: [new CommentReference(id)] })];
}

/** Runs for inline content with comment ranges opened and closed at their offsets. */
export function anchoredRuns(inlines: readonly InlineText[], style: RunStyle, anchors: readonly Anchor[], upper = false): ParagraphChild[] {
  if (anchors.length === 0) return inlineRuns(inlines, style, upper);
  const total = inlines.reduce((sum, inline) => sum + inline.text.length, 0);
  const points = [...new Set([0, total, ...anchors.flatMap((a) => [a.start, a.end])])].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  points.forEach((point, index) => {
    for (const anchor of anchors) if (anchor.start === point) out.push(new CommentRangeStart(anchor.id));
    for (const anchor of anchors) if (anchor.end === point) out.push(...closeMarkers(anchor.id, style));
    const next = points[index + 1];
    if (next !== undefined) out.push(...inlineRuns(sliceInlines(inlines, point, next), style, upper));
  });
  return out;
}
