/** Aligning two versions of a list (lines, table rows, appendices, paragraphs with blocks). Pure, no docx import. */
import { myersDiff } from '../review/myers';

/** Two versions of a list, aligned: an item in both (maybe changed), only before (removed) or only after (added). */
export interface Pair<T> {
  before?: T;
  after?: T;
}

/**
 * Aligns two lists by equality (Myers); within a stretch of changes the removed and added items
 * are paired in order as changed items (unless `pair` is false), the rest stay removed or added.
 */
export function alignPairs<T>(before: readonly T[], after: readonly T[], equals: (a: T, b: T) => boolean = Object.is, pair = true): Pair<T>[] {
  const out: Pair<T>[] = [];
  let removed: T[] = [];
  let added: T[] = [];
  const flush = (): void => {
    const paired = pair ? Math.min(removed.length, added.length) : 0;
    for (let i = 0; i < paired; i++) out.push({ before: removed[i], after: added[i] });
    for (const item of removed.slice(paired)) out.push({ before: item });
    for (const item of added.slice(paired)) out.push({ after: item });
    removed = [];
    added = [];
  };
  const edits = myersDiff(before, after, equals);
  // Equal items come from `before`; take their counterparts in `after` by position.
  let afterIndex = 0;
  for (const { op, item } of edits) {
    if (op === 'equal') {
      flush();
      out.push({ before: item, after: after[afterIndex] });
      afterIndex += 1;
    } else if (op === 'delete') removed.push(item);
    else {
      added.push(item);
      afterIndex += 1;
    }
  }
  flush();
  return out;
}
