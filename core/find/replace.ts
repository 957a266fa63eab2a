/**
 * Find over a whole document, and replacing what was found. Replacing keeps the formatting: the
 * new text takes the formatting of the run where the match starts (as Word does); text around it
 * keeps its runs. Fields (header, summary, lists, signature, appendix titles, text and tables) are
 * replaced in the document; body blocks are left to the caller (the editor owns the body and
 * replaces them in its own history: see replaceInRuns, replaceInTable). Comments are never replaced.
 */
import type { FlatBlock } from '../model/flat-body';
import type { BodyBlock, InlineText, TableCell, TableModel, VanBanDocument } from '../model/types';
import { findInText, type FindOptions, type TextMatch } from './match';
import { findUnits, placeKey, type FindPlace } from './places';

export interface FindHit extends TextMatch {
  place: FindPlace;
  /** placeKey(place) */
  key: string;
  replaceable: boolean;
  /** The length of the place's whole text (where the page shows more, e.g. a line's number first). */
  unitLength: number;
}

/** Every match in the document, in reading order. */
export function findInDocument(doc: VanBanDocument, body: readonly FlatBlock[], query: string, options: FindOptions): FindHit[] {
  const out: FindHit[] = [];
  for (const unit of findUnits(doc, body)) {
    if (!unit.text) continue;
    const key = placeKey(unit.place);
    for (const match of findInText(unit.text, query, options)) out.push({ ...match, place: unit.place, key, replaceable: unit.replaceable, unitLength: unit.text.length });
  }
  return out;
}

/** Later matches first, so earlier offsets stay true while replacing. */
const backwards = (ranges: readonly TextMatch[]): TextMatch[] => [...ranges].sort((a, b) => b.start - a.start);

export function replaceInString(text: string, ranges: readonly TextMatch[], replacement: string): string {
  let out = text.normalize('NFC');
  for (const range of backwards(ranges)) out = out.slice(0, range.start) + replacement + out.slice(range.end);
  return out.normalize('NFC');
}

/** The runs with each range replaced; the new text is formatted as the run where the range starts. */
export function replaceInRuns(runs: readonly InlineText[], ranges: readonly TextMatch[], replacement: string): InlineText[] {
  let out: InlineText[] = runs.map((run) => ({ ...run, text: run.text.normalize('NFC') }));
  for (const range of backwards(ranges)) {
    const next: InlineText[] = [];
    let offset = 0;
    let placed = false;
    for (const run of out) {
      const from = offset;
      const to = offset + run.text.length;
      offset = to;
      if (to <= range.start || from >= range.end) {
        next.push(run);
        continue;
      }
      const keepBefore = run.text.slice(0, Math.max(0, range.start - from));
      const keepAfter = run.text.slice(Math.max(0, range.end - from));
      const starts = range.start >= from && range.start < to;
      const text = keepBefore + (starts && !placed ? replacement : '') + keepAfter;
      if (starts) placed = true;
      if (text) next.push({ ...run, text });
    }
    out = next;
  }
  return mergeRuns(out);
}

const sameFormat = (a: InlineText, b: InlineText): boolean => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

function mergeRuns(runs: InlineText[]): InlineText[] {
  const out: InlineText[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && sameFormat(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** A cell's text replaced: ranges are offsets in its paragraphs joined by "\n" (a match never spans one). */
function replaceInCell(cell: TableCell, ranges: readonly TextMatch[], replacement: string): TableCell {
  let offset = 0;
  const paragraphs = cell.paragraphs.map((runs) => {
    const length = runs.reduce((sum, run) => sum + run.text.normalize('NFC').length, 0);
    const start = offset;
    offset += length + 1;
    const inside = ranges.filter((range) => range.start >= start && range.end <= start + length).map((range) => ({ start: range.start - start, end: range.end - start }));
    return inside.length > 0 ? replaceInRuns(runs, inside, replacement) : runs;
  });
  return { ...cell, paragraphs };
}

/** The table with the hits in its cells replaced (hits on other places are ignored). */
export function replaceInTable(table: TableModel, hits: readonly FindHit[], replacement: string): TableModel {
  const byCell = new Map<string, TextMatch[]>();
  for (const hit of hits) {
    if (hit.place.part !== 'cell') continue;
    const key = `${hit.place.row}:${hit.place.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), hit]);
  }
  if (byCell.size === 0) return table;
  const headerCount = table.headerRows.length;
  const rowsOf = (rows: TableCell[][], first: number) =>
    rows.map((row, r) => row.map((cell, c) => {
      const ranges = byCell.get(`${first + r}:${c}`);
      return ranges ? replaceInCell(cell, ranges, replacement) : cell;
    }));
  return { ...table, headerRows: rowsOf(table.headerRows, 0), rows: rowsOf(table.rows, headerCount) };
}

function setPath(doc: VanBanDocument, path: string, replace: (text: string) => string): VanBanDocument {
  const [head, ...rest] = path.split('.');
  const update = (value: unknown, keys: string[]): unknown => {
    if (keys.length === 0) return typeof value === 'string' ? replace(value) : value;
    const [key, ...more] = keys;
    if (Array.isArray(value)) return value.map((item, i) => (String(i) === key ? update(item, more) : item));
    if (value && typeof value === 'object') return { ...(value as Record<string, unknown>), [key]: update((value as Record<string, unknown>)[key], more) };
    return value;
  };
  return { ...doc, [head]: update((doc as unknown as Record<string, unknown>)[head], rest) } as VanBanDocument;
}

function replaceInAppendixBlocks(blocks: readonly BodyBlock[], hits: readonly FindHit[], replacement: string): BodyBlock[] {
  return blocks.map((block): BodyBlock => {
    const own = hits.filter((hit) => (hit.place.part === 'cell' || hit.place.part === 'appendix-text') && hit.place.blockId === block.id);
    if (block.type === 'table') return own.length > 0 ? { ...block, table: replaceInTable(block.table, own, replacement) } : block;
    const content = own.length > 0 ? replaceInRuns(block.content, own, replacement) : block.content;
    const children = 'children' in block ? replaceInAppendixBlocks(block.children, hits, replacement) : undefined;
    if (content === block.content && (!children || children.every((child, i) => child === (block as { children: BodyBlock[] }).children[i]))) return block;
    return (children ? { ...block, content, children } : { ...block, content }) as BodyBlock;
  });
}

const isBodyHit = (hit: FindHit): boolean => hit.place.part === 'body' || (hit.place.part === 'cell' && hit.place.appendix === null);

/** The hits that land in the body (the editor's to replace). */
export const bodyHits = (hits: readonly FindHit[]): FindHit[] => hits.filter((hit) => hit.replaceable && isBodyHit(hit));

/**
 * The document with every replaceable hit outside the body replaced (fields, appendices).
 * The same object when there is none. Body hits and comments are left as they are.
 */
export function replaceOutsideBody(doc: VanBanDocument, hits: readonly FindHit[], replacement: string): VanBanDocument {
  const text = replacement.normalize('NFC');
  const outside = hits.filter((hit) => hit.replaceable && !isBodyHit(hit));
  if (outside.length === 0) return doc;
  let out = doc;
  const byField = new Map<string, FindHit[]>();
  for (const hit of outside) if (hit.place.part === 'field') byField.set(hit.place.path, [...(byField.get(hit.place.path) ?? []), hit]);
  for (const [path, ranges] of byField) out = setPath(out, path, (value) => replaceInString(value, ranges, text));
  const inAppendix = (index: number) => outside.filter((hit) => (hit.place.part === 'cell' || hit.place.part === 'appendix-text') && hit.place.appendix === index);
  if (outside.some((hit) => hit.place.part === 'cell' || hit.place.part === 'appendix-text')) {
    out = {
      ...out,
      appendices: out.appendices.map((appendix, i) => {
        const own = inAppendix(i);
        return own.length > 0 ? { ...appendix, body: replaceInAppendixBlocks(appendix.body, own, text) } : appendix;
      }),
    };
  }
  return out;
}
