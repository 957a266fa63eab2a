/**
 * Pasted HTML (Word, web pages) → flat blocks. Kept: paragraphs, line breaks, bold / italic /
 * underline, list structure and tables. Dropped: every other style (fonts, colours, sizes,
 * classes), images, scripts, comments, empty lines.
 *
 * Structure comes from, in order:
 *   - Word list paragraphs (style "mso-list:l0 level1 lfo1"): the marker Word drew in its
 *     "mso-list:Ignore" span ("I.", "1.", "a)", "-", "+", a bullet) or else the list level;
 *   - HTML lists: <ol> items are clauses (points when nested in another <ol>), <ul> items dash
 *     items (plus items when nested in another <ul>);
 *   - headings: <h1>/<h2> sections, <h3>–<h6> titled clauses;
 *   - a marker typed at the start of a paragraph or line ("II. ", "2. ", "b) ", "- ", "+ ", "• ").
 */
import type { FlatBlock, FlatTextKind } from '../../../core/model/flat-body';
import type { InlineText } from '../../../core/model/types';
import { kindOfMarker } from '../marker-syntax';
import { childrenOf, ELEMENT_NODE, styleOf, tagOf, TEXT_NODE, type HtmlNode } from './html-node';
import { tableFromHtml } from './html-table';
import { blockFromLine, type LineHint } from './text-runs';

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const SKIPPED = new Set([
  'head', 'style', 'script', 'noscript', 'template', 'title', 'meta', 'link', 'img', 'svg', 'picture', 'video', 'audio',
  'canvas', 'object', 'embed', 'iframe', 'input', 'button', 'select', 'textarea', 'math', 'xml', 'v:shape', 'v:imagedata',
]);

const BLOCKS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre',
  'address', 'center', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'form', 'fieldset', 'details', 'summary', 'caption',
]);

const BOLD_WEIGHTS = /^(bold|bolder|[6-9]00)$/;
const NORMAL_WEIGHTS = /^(normal|lighter|[1-5]00)$/;

/** Marks inside an element, from its tag and its inline style (a style can also switch a mark off). */
function marksOf(node: HtmlNode, outer: Marks): Marks {
  const tag = tagOf(node);
  const marks = { ...outer };
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const style = styleOf(node);
  const weight = style.get('font-weight');
  if (weight && BOLD_WEIGHTS.test(weight)) marks.bold = true;
  else if (weight && NORMAL_WEIGHTS.test(weight)) marks.bold = false;
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
  else if (fontStyle === 'normal') marks.italic = false;
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration?.includes('underline')) marks.underline = true;
  else if (decoration === 'none') marks.underline = false;
  const wordUnderline = style.get('text-underline');
  if (wordUnderline && wordUnderline !== 'none') marks.underline = true;
  return marks;
}

function hidden(node: HtmlNode): boolean {
  const style = styleOf(node);
  return style.get('display') === 'none' || style.get('mso-hide') === 'all' || style.get('visibility') === 'hidden';
}

/** Word's list marker span ("mso-list:Ignore"), searched only in the paragraph's first levels. */
function findWordMarker(node: HtmlNode, depth = 0): HtmlNode | null {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (styleOf(child).get('mso-list') === 'ignore') return child;
    if (depth < 4) {
      const found = findWordMarker(child, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The kind of a Word list paragraph: from the marker Word drew, else from the list level. */
function wordListKind(markerText: string, level: number): FlatTextKind {
  const marker = markerText.replace(/[\s\u00a0]+/g, '');
  const byMarker = kindOfMarker(marker);
  if (byMarker) return byMarker;
  // Word draws bullets as one symbol-font letter ("·", "o", "§", "Ø"); numbers end in "." or ")".
  const numbered = /[0-9]/.test(marker) || /[.)]$/.test(marker);
  if (!numbered) return level <= 1 ? 'dash' : 'plus';
  return level <= 1 ? 'clause' : level === 2 ? 'point' : 'dash';
}

const PLAIN: LineHint = { kind: null, detectMarker: false };

const HEADINGS: Record<string, FlatTextKind> = { h1: 'section', h2: 'section', h3: 'clause', h4: 'clause', h5: 'clause', h6: 'clause' };

class BlockCollector {
  readonly blocks: FlatBlock[] = [];
  private lines: InlineText[][] = [[]];
  private hint: LineHint = { kind: null, detectMarker: true };
  private lists: Array<'ul' | 'ol'> = [];
  private pre = 0;
  /** Word's drawn list markers, left out of the text. */
  private readonly skipped = new Set<HtmlNode>();

  /** `structure` false: every block a plain paragraph, markers kept as text (table cells). */
  constructor(private readonly structure = true) {
    if (!structure) this.hint = PLAIN;
  }

  /** Ends the block being collected; the next one starts with `hint`. */
  private flush(next: LineHint = { kind: null, detectMarker: true }): void {
    this.lines.forEach((runs, i) => {
      // Lines after a <br> continue the block as plain paragraphs (or with their own marker).
      const hint = !this.structure ? PLAIN : i === 0 ? this.hint : { kind: null, detectMarker: true };
      const block = blockFromLine(runs, hint);
      if (block) this.blocks.push(block);
    });
    this.lines = [[]];
    this.hint = next;
  }

  private text(value: string, marks: Marks): void {
    const text = this.pre > 0 ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
    if (this.pre > 0 && /[\r\n]/.test(text)) {
      text.split(/\r\n|\r|\n/).forEach((part, i) => {
        if (i > 0) this.lines.push([]);
        if (part) this.lines[this.lines.length - 1].push({ text: part, ...marksToRun(marks) });
      });
      return;
    }
    if (text) this.lines[this.lines.length - 1].push({ text, ...marksToRun(marks) });
  }

  walk(node: HtmlNode, marks: Marks): void {
    for (const child of childrenOf(node)) {
      if (this.skipped.has(child)) continue;
      if (child.nodeType === TEXT_NODE) {
        this.text(child.textContent ?? '', marks);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) {
        if (child.nodeType === 9 || child.nodeType === 11) this.walk(child, marks);
        continue;
      }
      this.element(child, marks);
    }
  }

  private element(node: HtmlNode, outer: Marks): void {
    const tag = tagOf(node);
    if (SKIPPED.has(tag) || hidden(node)) return;
    if (tag === 'br') {
      this.lines.push([]);
      return;
    }
    const marks = marksOf(node, outer);
    if (tag === 'table') {
      this.flush();
      const table = tableFromHtml(node, (cell) => cellLines(cell, marks));
      if (table) this.blocks.push(table);
      return;
    }
    if (!BLOCKS.has(tag)) {
      this.walk(node, marks);
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      this.flush();
      this.lists.push(tag);
      this.walk(node, marks);
      this.lists.pop();
      this.flush();
      return;
    }
    let hint: LineHint = { kind: null, detectMarker: true };
    if (tag === 'li') {
      hint = { kind: this.listItemKind(), detectMarker: false };
    } else if (HEADINGS[tag]) {
      hint = { kind: HEADINGS[tag], detectMarker: true, heading: true };
    }
    if (tag === 'p' || tag === 'div' || HEADINGS[tag]) {
      const list = styleOf(node).get('mso-list');
      if (list && list !== 'ignore' && list !== 'skip' && list !== 'none') {
        const level = Number(/level(\d+)/.exec(list)?.[1] ?? '1');
        const marker = findWordMarker(node);
        if (marker) this.skipped.add(marker);
        hint = { kind: wordListKind(marker?.textContent ?? '', level), detectMarker: false };
      }
    }
    this.flush(hint);
    if (tag === 'pre') this.pre++;
    this.walk(node, marks);
    if (tag === 'pre') this.pre--;
    this.flush();
  }

  private listItemKind(): FlatTextKind {
    const innermost = this.lists[this.lists.length - 1];
    if (innermost === 'ol') return this.lists.filter((l) => l === 'ol').length >= 2 ? 'point' : 'clause';
    return this.lists.filter((l) => l === 'ul').length >= 2 ? 'plus' : 'dash';
  }

  finish(): FlatBlock[] {
    this.flush();
    return this.blocks;
  }
}

function marksToRun(marks: Marks): Omit<InlineText, 'text'> {
  const run: Omit<InlineText, 'text'> = {};
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.underline) run.underline = true;
  return run;
}

/** A table cell's content as paragraphs of runs (blocks flattened, markers kept as text). */
function cellLines(cell: HtmlNode, marks: Marks): InlineText[][] {
  const collector = new BlockCollector(false);
  collector.walk(cell, marks);
  const lines: InlineText[][] = [];
  for (const block of collector.finish()) {
    if (block.kind === 'table') continue;
    lines.push(block.content);
  }
  return lines;
}

const NO_MARKS: Marks = { bold: false, italic: false, underline: false };

/** Blocks from a parsed HTML document, its body or any element. */
export function htmlToBlocks(root: HtmlNode): FlatBlock[] {
  const collector = new BlockCollector();
  const wrapper: HtmlNode = { nodeType: 11, nodeName: '#document-fragment', childNodes: [root], textContent: null };
  collector.walk(root.nodeType === ELEMENT_NODE ? wrapper : root, NO_MARKS);
  return collector.finish();
}
