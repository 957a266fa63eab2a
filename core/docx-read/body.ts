/**
 * Walks w:body into paragraphs and tables with their effective properties, in document order.
 *
 * - Runs inside hyperlinks, smart tags, content controls (w:sdt), tracked insertions and simple
 *   fields are read; deleted text (w:del) and field instructions (w:instrText) are not.
 * - mc:AlternateContent: only the first mc:Choice is read (the fallback repeats it).
 * - Text boxes (w:txbxContent) become paragraphs of their own, placed before the paragraph
 *   that anchors them.
 * - w:tab → "\t", w:br / w:cr → "\n" (a page break → "\f"), w:noBreakHyphen → "-", w:softHyphen → "".
 */
import { onOff, type ParagraphProps, type RunProps } from './properties';
import type { StyleResolver } from './styles';
import { child, elements, val, type XmlElement } from './xml';

export interface DocxRun {
  text: string;
  props: RunProps;
}

export interface SectionProps {
  /** Twips. */
  pageWidth?: number;
  pageHeight?: number;
  orientation: 'portrait' | 'landscape';
  margins: { top?: number; right?: number; bottom?: number; left?: number };
}

export interface DocxParagraph {
  type: 'paragraph';
  element: XmlElement;
  props: ParagraphProps;
  runs: DocxRun[];
  /** Concatenated run text. */
  text: string;
  /** Set when this paragraph ends a section (w:pPr/w:sectPr): the properties of that section. */
  sectionEnd?: SectionProps;
}

export interface DocxCell {
  element: XmlElement;
  /** Number of grid columns the cell spans (w:gridSpan). */
  gridSpan: number;
  /** Vertical merge: 'restart' starts a merged cell, 'continue' is covered by the one above. */
  vMerge: 'restart' | 'continue' | null;
  /** Twips, when w:tcW is of type dxa. */
  width?: number;
  content: DocxBlock[];
}

export interface DocxRow {
  element: XmlElement;
  /** w:trPr/w:tblHeader: repeated as a header row. */
  header: boolean;
  cells: DocxCell[];
}

export interface DocxTable {
  type: 'table';
  element: XmlElement;
  /** Column widths from w:tblGrid, twips. */
  grid: number[];
  rows: DocxRow[];
  /** True when the table has visible borders (w:tblBorders with a non-"none" value, or a table style). */
  bordered: boolean;
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxBody {
  blocks: DocxBlock[];
  /** Properties of the last section (w:body/w:sectPr). */
  finalSection?: SectionProps;
}

export function readSectionProps(sectPr: XmlElement): SectionProps {
  const size = child(sectPr, 'w:pgSz');
  const mar = child(sectPr, 'w:pgMar');
  const n = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));
  const width = n(size?.attrs['w:w']);
  const height = n(size?.attrs['w:h']);
  const orient = size?.attrs['w:orient'];
  return {
    pageWidth: width,
    pageHeight: height,
    orientation: orient === 'landscape' || (orient === undefined && width !== undefined && height !== undefined && width > height) ? 'landscape' : 'portrait',
    margins: { top: n(mar?.attrs['w:top']), right: n(mar?.attrs['w:right']), bottom: n(mar?.attrs['w:bottom']), left: n(mar?.attrs['w:left']) },
  };
}

const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:ins', 'w:fldSimple', 'w:customXml', 'w:moveTo', 'w:dir', 'w:bdo']);
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd']);

interface WalkContext {
  styles: StyleResolver;
}

function runText(run: XmlElement, onTextBox: (content: XmlElement) => void): string {
  let text = '';
  const visit = (element: XmlElement) => {
    for (const c of element.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          for (const t of c.children) if (typeof t === 'string') text += t;
          break;
        case 'w:tab':
        case 'w:ptab':
          text += '\t';
          break;
        case 'w:br':
          text += c.attrs['w:type'] === 'page' ? '\f' : '\n';
          break;
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:sym': {
          const code = Number.parseInt(c.attrs['w:char'] ?? '', 16);
          // Symbol-font private-use codes (F0xx) have no reliable Unicode meaning; keep ASCII ones.
          if (Number.isFinite(code)) text += String.fromCharCode(code >= 0xf020 && code <= 0xf07e ? code - 0xf000 : code);
          break;
        }
        case 'w:txbxContent':
          onTextBox(c);
          break;
        case 'mc:AlternateContent': {
          const choice = child(c, 'mc:Choice');
          if (choice) visit(choice);
          break;
        }
        case 'w:instrText':
        case 'w:delText':
        case 'w:rPr':
          break;
        default:
          // w:drawing, w:pict, wps:txbx … may contain text boxes.
          visit(c);
      }
    }
  };
  visit(run);
  return text;
}

function readParagraph(p: XmlElement, ctx: WalkContext, out: DocxBlock[]): void {
  const pPr = child(p, 'w:pPr');
  const props = ctx.styles.paragraph(pPr);
  const runs: DocxRun[] = [];
  const boxes: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    for (const c of element.children) {
      if (typeof c === 'string' || SKIPPED.has(c.name)) continue;
      if (c.name === 'w:r') {
        const text = runText(c, (box) => boxes.push(box));
        if (text.length > 0) runs.push({ text, props: ctx.styles.run(props.styleId, child(c, 'w:rPr')) });
      } else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) visit(content);
      } else if (c.name === 'mc:AlternateContent') {
        const choice = child(c, 'mc:Choice');
        if (choice) visit(choice);
      } else if (TRANSPARENT.has(c.name)) {
        visit(c);
      }
    }
  };
  visit(p);
  for (const box of boxes) walkBlocks(box, ctx, out);
  const sectPr = child(pPr, 'w:sectPr');
  const paragraph: DocxParagraph = { type: 'paragraph', element: p, props, runs, text: runs.map((r) => r.text).join('') };
  if (sectPr) paragraph.sectionEnd = readSectionProps(sectPr);
  out.push(paragraph);
}

function bordersVisible(borders: XmlElement | undefined): boolean {
  return elements(borders).some((b) => !['none', 'nil'].includes(b.attrs['w:val'] ?? 'none'));
}

function hasVisibleBorders(tblPr: XmlElement | undefined): boolean {
  const borders = child(tblPr, 'w:tblBorders');
  if (borders) return bordersVisible(borders);
  const style = val(tblPr, 'w:tblStyle');
  return style !== undefined && /grid|table/i.test(style);
}

function readTable(tbl: XmlElement, ctx: WalkContext): DocxTable {
  const tblPr = child(tbl, 'w:tblPr');
  const grid = elements(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number.parseInt(g.attrs['w:w'] ?? '0', 10) || 0);
  const rows: DocxRow[] = [];
  const rowElements: XmlElement[] = [];
  const collectRows = (element: XmlElement) => {
    for (const c of elements(element)) {
      if (c.name === 'w:tr') rowElements.push(c);
      else if (c.name === 'w:sdt' || c.name === 'w:customXml') collectRows(child(c, 'w:sdtContent') ?? c);
    }
  };
  collectRows(tbl);
  let cellBordered = false;
  for (const tr of rowElements) {
    const trPr = child(tr, 'w:trPr');
    const headerFlag = child(trPr, 'w:tblHeader');
    const cells: DocxCell[] = [];
    const cellElements: XmlElement[] = [];
    const collectCells = (element: XmlElement) => {
      for (const c of elements(element)) {
        if (c.name === 'w:tc') cellElements.push(c);
        else if (c.name === 'w:sdt' || c.name === 'w:customXml') collectCells(child(c, 'w:sdtContent') ?? c);
      }
    };
    collectCells(tr);
    for (const tc of cellElements) {
      const tcPr = child(tc, 'w:tcPr');
      const vMerge = child(tcPr, 'w:vMerge');
      const tcW = child(tcPr, 'w:tcW');
      if (bordersVisible(child(tcPr, 'w:tcBorders'))) cellBordered = true;
      const content: DocxBlock[] = [];
      walkBlocks(tc, ctx, content);
      cells.push({
        element: tc,
        gridSpan: Math.max(1, Number.parseInt(val(tcPr, 'w:gridSpan') ?? '1', 10) || 1),
        vMerge: vMerge ? (vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
        width: tcW && (tcW.attrs['w:type'] ?? 'dxa') === 'dxa' ? Number.parseInt(tcW.attrs['w:w'] ?? '', 10) || undefined : undefined,
        content,
      });
    }
    rows.push({ element: tr, header: onOff(headerFlag) === true, cells });
  }
  return { type: 'table', element: tbl, grid, rows, bordered: hasVisibleBorders(tblPr) || cellBordered };
}

/** Reads the block-level content of a container (w:body, w:tc, w:txbxContent, w:sdtContent). */
export function walkBlocks(container: XmlElement, ctx: WalkContext, out: DocxBlock[] = []): DocxBlock[] {
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') readParagraph(c, ctx, out);
    else if (c.name === 'w:tbl') out.push(readTable(c, ctx));
    else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) walkBlocks(content, ctx, out);
    } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') walkBlocks(c, ctx, out);
    else if (c.name === 'mc:AlternateContent') {
      const choice = child(c, 'mc:Choice');
      if (choice) walkBlocks(choice, ctx, out);
    }
  }
  return out;
}

/** Walks the w:body of a parsed document.xml. */
export function walkBody(documentRoot: XmlElement, styles: StyleResolver): DocxBody {
  const body = child(documentRoot, 'w:body');
  if (!body) return { blocks: [] };
  const blocks = walkBlocks(body, { styles });
  const sectPr = child(body, 'w:sectPr');
  return { blocks, finalSection: sectPr ? readSectionProps(sectPr) : undefined };
}

/** Plain text of a block: a paragraph's text, or a table's cell paragraphs in row order, one per line. */
export function blockText(block: DocxBlock): string {
  if (block.type === 'paragraph') return block.text;
  return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.content.map(blockText))).join('\n');
}
