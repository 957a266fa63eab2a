/**
 * Find places outside the body editor on the page: the element that shows a field, an appendix
 * text line, a table cell or a comment, and the DOM range of a match in it. Matches are drawn with
 * the CSS Custom Highlight API (no change to the text or the selection, so typing and input
 * methods are never disturbed); a table cell (a text area) is outlined instead.
 */
import type { FindPlace } from '../../core/find/places';
import type { TextMatch } from '../../core/find/match';

const esc = (value: string): string => CSS.escape(value);

/** The element showing a place, or null (a pane that is closed, a field not drawn for this kind). */
export function placeElement(place: FindPlace): HTMLElement | null {
  switch (place.part) {
    case 'field':
      return document.querySelector<HTMLElement>(`[data-field="${esc(place.path)}"]:is(input, textarea, [role="textbox"])`);
    case 'appendix-text':
      return document.querySelector<HTMLElement>(`[data-appendix-block-id="${esc(place.blockId)}"]`);
    case 'cell': {
      const host = place.appendix === null ? `[data-block-id="${esc(place.blockId)}"]` : `[data-table-id="${esc(place.blockId)}"]`;
      return document.querySelector<HTMLElement>(`${host} [data-testid="table-cell"][data-row="${place.row}"][data-cell="${place.cell}"]`);
    }
    case 'comment':
      return document.querySelector<HTMLElement>(`[data-comment-id="${esc(place.commentId)}"] [data-testid="comment-text"]`);
    case 'body':
      return document.querySelector<HTMLElement>(`[data-testid="body-editor"] [data-block-id="${esc(place.blockId)}"]`);
  }
}

const isTextControl = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

/** The text control of a cell or a side-panel field, where a match is selected rather than highlighted. */
export function textControl(element: HTMLElement): HTMLInputElement | HTMLTextAreaElement | null {
  if (isTextControl(element)) return element;
  const inner = element.querySelector('textarea, input');
  return inner && isTextControl(inner) ? inner : null;
}

/**
 * The DOM range of [start, end) of a text `length` long shown in `element`: counted over its text nodes from
 * the end of what it shows (an appendix line starts with its number "a) ", not in the text).
 */
export function domRange(element: HTMLElement, length: number, match: TextMatch): Range | null {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const shown = nodes.reduce((sum, node) => sum + node.data.length, 0);
  const lead = Math.max(0, shown - length);
  const locate = (offset: number): [Text, number] | null => {
    let left = offset + lead;
    for (const node of nodes) {
      if (left <= node.data.length) return [node, left];
      left -= node.data.length;
    }
    return null;
  };
  const from = locate(match.start);
  const to = locate(match.end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS as unknown as { highlights: HighlightRegistry }).highlights : null);
const HighlightClass = (): (new (...ranges: Range[]) => unknown) | null => (typeof window !== 'undefined' && 'Highlight' in window ? (window as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight : null);

/** Draws the matches (and the current one) outside the body; empty lists clear them. */
export function drawHighlights(all: Range[], current: Range | null): void {
  const highlights = registry();
  const Highlight = HighlightClass();
  if (!highlights || !Highlight) return;
  if (all.length > 0) highlights.set('vb-find', new Highlight(...all));
  else highlights.delete('vb-find');
  if (current) highlights.set('vb-find-current', new Highlight(current));
  else highlights.delete('vb-find-current');
}

const CURRENT_ATTRIBUTE = 'data-find-current';

/** Outlines the one element holding the current match when it is a cell or a text control; null clears. */
export function markCurrentElement(element: HTMLElement | null): void {
  for (const old of document.querySelectorAll(`[${CURRENT_ATTRIBUTE}="element"]`)) old.removeAttribute(CURRENT_ATTRIBUTE);
  element?.setAttribute(CURRENT_ATTRIBUTE, 'element');
}
