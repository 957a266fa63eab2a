/**
 * Body paragraphs → the nested block tree: sections (I.), clauses (1.), points (a)), dash and
 * plus items, from text markers or Word numbering. Markers are removed from the text (the model
 * numbers blocks by position); a paragraph without a marker stays a paragraph.
 */
import { newId } from '../model/ids';
import { sliceInlines } from '../model/inline-text';
import type { BodyBlock, InlineText, TableModel } from '../model/types';
import { CLAUSE_MARKER, DASH_MARKER, PLUS_MARKER, POINT_MARKER, SECTION_MARKER, SENTENCE_END, isCaps } from './patterns';
import { isBold, type ListKind, type SourcePara } from './source';

const LEVEL: Record<ListKind, number> = { section: 0, clause: 1, point: 2, dash: 3, plus: 4 };

export interface Classified {
  kind: ListKind | null;
  /** Runs without the marker. */
  content: InlineText[];
  /** The marker as written ("II.", "đ)", "-"), for renumbering notes. */
  label: string;
}

/** Removes the first `count` characters from the runs. */
export function dropChars(runs: InlineText[], count: number): InlineText[] {
  const out = sliceInlines(runs, count);
  if (out.length > 0) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  return out.filter((r) => r.text.length > 0);
}

export function trimRuns(runs: InlineText[]): InlineText[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length > 0) out[0].text = out[0].text.replace(/^\s+/, '');
  if (out.length > 0) out[out.length - 1].text = out[out.length - 1].text.replace(/\s+$/, '');
  return out.filter((r) => r.text.length > 0);
}

/** The list kind of a paragraph from its Word numbering or its text marker. */
export function classify(p: SourcePara): Classified {
  if (p.list && p.list.kind) return { kind: p.list.kind, content: trimRuns(p.runs), label: p.list.label };
  if (p.list && !p.list.kind) {
    // A number format the model has no marker for ("1.1."): keep the number as text.
    return { kind: null, content: trimRuns([{ text: `${p.list.label} ` }, ...p.runs]), label: '' };
  }
  const text = p.text;
  const tries: [ListKind, RegExp][] = [
    ['section', SECTION_MARKER],
    ['clause', CLAUSE_MARKER],
    ['point', POINT_MARKER],
    ['plus', PLUS_MARKER],
    ['dash', DASH_MARKER],
  ];
  for (const [kind, re] of tries) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'section' && (!m[1] || !isCaps(text.slice(m[0].length, m[0].length + 40)))) continue;
    return { kind, content: dropChars(p.runs, m[0].length), label: m[0].trim() };
  }
  return { kind: null, content: trimRuns(p.runs), label: '' };
}

export type TreeInput = { para: SourcePara } | { table: TableModel };

export interface TreeResult {
  blocks: BodyBlock[];
  counts: Record<ListKind | 'paragraph' | 'table', number>;
  warnings: string[];
}

type Container = Extract<BodyBlock, { children: BodyBlock[] }>;

export function buildTree(items: TreeInput[]): TreeResult {
  const root: BodyBlock[] = [];
  const stack: Container[] = [];
  const counts: TreeResult['counts'] = { section: 0, clause: 0, point: 0, dash: 0, plus: 0, paragraph: 0, table: 0 };
  const warnings: string[] = [];

  const childrenOf = (container: Container | undefined) => (container ? container.children : root);
  const attachLoose = (block: BodyBlock) => {
    // Plain paragraphs and tables belong to the nearest section, clause or point.
    while (stack.length > 0 && (stack[stack.length - 1].type === 'dash' || stack[stack.length - 1].type === 'plus')) stack.pop();
    childrenOf(stack[stack.length - 1]).push(block);
  };

  for (const item of items) {
    if ('table' in item) {
      attachLoose({ type: 'table', id: newId(), table: item.table });
      counts.table++;
      continue;
    }
    const c = classify(item.para);
    if (!c.kind) {
      attachLoose({ type: 'paragraph', id: newId(), content: c.content });
      counts.paragraph++;
      continue;
    }
    const level = LEVEL[c.kind];
    while (stack.length > 0 && LEVEL[stack[stack.length - 1].type as ListKind] >= level) stack.pop();
    const parent = stack[stack.length - 1];
    let block: Container;
    if (c.kind === 'clause') {
      const text = c.content.map((r) => r.text).join('');
      // A title: bold in a formatted file; in text, a phrase without a sentence's punctuation (titles
      // run long: "Tham gia các hoạt động tuyên truyền, hội thi tìm hiểu về cải cách hành chính …").
      const titled = isBold(item.para) || (text.length < 160 && !SENTENCE_END.test(text) && !text.includes(':') && !/[.;!?]\s/u.test(text));
      block = { type: 'clause', id: newId(), titled, content: c.content, children: [] };
    } else {
      block = { type: c.kind, id: newId(), content: c.content, children: [] } as Container;
    }
    childrenOf(parent).push(block);
    stack.push(block);
    counts[c.kind]++;
  }
  return { blocks: root, counts, warnings };
}
