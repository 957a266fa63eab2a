/**
 * Squiggles in the header fields (contentEditable spans whose text the DOM owns while the clerk
 * types): ranges of the CSS Custom Highlight "vb-spelling" (spelling.css draws it), so nothing in
 * the field's DOM changes — an input method's composition is never disturbed. One highlight for
 * the window, each field's ranges kept by its element.
 */
interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => HighlightLike;
interface HighlightRegistry {
  set(name: string, highlight: HighlightLike): void;
  get(name: string): HighlightLike | undefined;
}

const NAME = 'vb-spelling';
const byField = new Map<Element, Range[]>();

function highlight(): HighlightLike | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const registry = (CSS as unknown as { highlights: HighlightRegistry }).highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
  if (!Highlight) return null;
  let found = registry.get(NAME);
  if (!found) {
    found = new Highlight();
    registry.set(NAME, found);
  }
  return found;
}

/** The field's squiggles are now these ranges (none: []). */
export function setFieldSquiggles(field: Element, ranges: Range[]): void {
  const target = highlight();
  if (!target) return;
  for (const range of byField.get(field) ?? []) target.delete(range);
  if (ranges.length === 0) byField.delete(field);
  else byField.set(field, ranges);
  for (const range of ranges) target.add(range);
}

/** The text of a field as its text nodes hold it (a <br> is a line break), with where each node starts. */
export function fieldText(field: Element): { text: string; nodes: { node: Text; start: number }[] } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      nodes.push({ node: node as Text, start: text.length });
      text += (node as Text).data;
    } else if (node.nodeName === 'BR') text += '\n';
  }
  return { text, nodes };
}

/** A DOM position as an offset in fieldText's text; null when it is not in one of its text nodes. */
export function offsetIn(nodes: readonly { node: Text; start: number }[], node: Node | null, offset: number): number | null {
  const found = nodes.find((entry) => entry.node === node);
  return found ? found.start + offset : null;
}

/** The range of [start, end) of fieldText's text. */
export function rangeIn(nodes: readonly { node: Text; start: number }[], start: number, end: number): Range | null {
  const at = (offset: number, isEnd: boolean) => {
    for (const entry of nodes) {
      const length = entry.node.data.length;
      if (offset < entry.start + length || (isEnd && offset === entry.start + length)) return { node: entry.node, offset: offset - entry.start };
    }
    return null;
  };
  const from = at(start, false);
  const to = at(end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The DOM position under a point (a right-click). */
export function positionAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
