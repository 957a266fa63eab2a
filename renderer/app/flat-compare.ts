/**
 * Whether two flat bodies hold the same content. The editor reports every change (selection
 * moves too); only real content changes should mark the document as changed.
 */
import type { InlineText } from '../../core/model/types';
import type { FlatBlock } from '../../core/model/flat-body';

function sameRuns(a: readonly InlineText[], b: readonly InlineText[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((run, i) => {
    const other = b[i];
    return (
      run.text === other.text &&
      Boolean(run.bold) === Boolean(other.bold) &&
      Boolean(run.italic) === Boolean(other.italic) &&
      Boolean(run.underline) === Boolean(other.underline)
    );
  });
}

export function sameBlock(a: FlatBlock, b: FlatBlock): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.kind !== b.kind) return false;
  if (a.kind === 'table' || b.kind === 'table') {
    return a.kind === 'table' && b.kind === 'table' && (a.table === b.table || JSON.stringify(a.table) === JSON.stringify(b.table));
  }
  return Boolean(a.titled) === Boolean(b.titled) && sameRuns(a.content, b.content);
}

export function sameFlatBody(a: readonly FlatBlock[], b: readonly FlatBlock[]): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((block, i) => sameBlock(block, b[i]));
}
