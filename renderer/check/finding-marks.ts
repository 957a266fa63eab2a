/**
 * Where findings are shown in place: body blocks by id and page fields by path, each with the
 * worst severity among its findings (every place of a grouped finding). Notes (info) are listed
 * but not marked.
 */
import type { Finding } from '../../core/check/types';
import type { FindingMark } from '../editor';

export interface FindingMarks {
  blocks: ReadonlyMap<string, FindingMark>;
  fields: ReadonlyMap<string, FindingMark>;
}

export const NO_MARKS: FindingMarks = { blocks: new Map(), fields: new Map() };

function put(map: Map<string, FindingMark>, key: string, mark: FindingMark): void {
  if (map.get(key) !== 'error') map.set(key, mark);
}

export function findingMarks(findings: readonly Finding[]): FindingMarks {
  const blocks = new Map<string, FindingMark>();
  const fields = new Map<string, FindingMark>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const mark: FindingMark = finding.severity;
    for (const place of finding.places) {
      if (place.blockId) put(blocks, place.blockId, mark);
      if (place.path) put(fields, place.path, mark);
    }
  }
  return { blocks, fields };
}

function sameMap(a: ReadonlyMap<string, FindingMark>, b: ReadonlyMap<string, FindingMark>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, mark] of a) if (b.get(key) !== mark) return false;
  return true;
}

/** `next`, reusing the maps of `previous` that did not change (so marked elements re-render only when needed). */
export function keepSameMarks(previous: FindingMarks, next: FindingMarks): FindingMarks {
  const blocks = sameMap(previous.blocks, next.blocks) ? previous.blocks : next.blocks;
  const fields = sameMap(previous.fields, next.fields) ? previous.fields : next.fields;
  return blocks === previous.blocks && fields === previous.fields ? previous : { blocks, fields };
}
