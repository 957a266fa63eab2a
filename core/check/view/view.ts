/**
 * A DOCX file as the checker sees it: every paragraph in reading order with the part of the
 * document it belongs to (header, title, body, signature, recipients, appendix) and its role
 * there (issuing agency, motto, type name, section heading, signer's name…).
 *
 * Parts are recognised the way a reader finds them on the page: the header is the table (or the
 * lines) at the top down to the place and date; the title block is the centred lines after it;
 * the signature is the last table before the appendices holding "Nơi nhận" or a signing
 * authority; appendices start at a "PHỤ LỤC" heading after the signature.
 */
import type { DocxBlock, DocxParagraph, SectionProps } from '../../docx-read/body';
import type { OpenedDocx } from '../../docx-read/open';
import { child, type XmlElement } from '../../docx-read/xml';
import { upperVi } from '../../model/text';
import { isAppendixHeading, isAppendixReference, parseAppendixHeading } from '../../rules/appendix-forms';
import { DECREE30, DOCUMENT_TYPES } from '../../rules/decree30';
import type { ElementId } from '../catalog';
import type { LocationPart } from '../types';

export type Role =
  | ElementId
  | 'mark'
  | 'star'
  | 'addressee'
  | 'signatureNote'
  | 'appendixReference'
  | 'tableCell'
  | 'empty'
  | 'other';

export interface ViewParagraph {
  /** Position among all paragraphs of the main document, in reading order. */
  index: number;
  paragraph: DocxParagraph;
  /** Text as displayed (w:caps runs in capitals, Word numbering's label before it), NFC, trimmed. */
  text: string;
  /** The label Word numbering shows before the text ("I.", "1.", "a)", "-"), if any. */
  label?: string;
  part: LocationPart | 'other';
  role: Role;
  /** Paragraphs sharing a container (a table cell, or the page flow) have the same key. */
  container: string;
  /** Header table column (0 left, 1 right) when the header is a table. */
  column?: number;
  inTable: boolean;
  section: number;
}

export interface ViewSection {
  props: SectionProps;
  sectPr?: XmlElement;
}

export interface DocxView {
  docx: OpenedDocx;
  paragraphs: ViewParagraph[];
  sections: ViewSection[];
  /** The header names the Party ("ĐẢNG CỘNG SẢN VIỆT NAM"): the Party's layout applies. */
  party: boolean;
  /** The type name found in the title block ("KẾ HOẠCH"), if any. */
  typeName?: string;
}

export function displayText(paragraph: DocxParagraph): string {
  return paragraph.runs
    .map((run) => (run.props.caps ? upperVi(run.text) : run.text))
    .join('')
    .normalize('NFC')
    .trim();
}

const NATIONAL = /CỘNG\s*H[OÒ]À?\s*XÃ\s*HỘI|XÃ\s*HỘI\s*CHỦ\s*NGHĨA/u;
const DATE_LINE = /ngày\s.*tháng\s.*năm/iu;
const SIGNING = /^(?:T\/?\.?M|K\/?\.?T|T\/?\.?L|TUQ|Q)[.\s]/mu;
const MARKS = new Set<string>([...DECREE30.secrecyMarks, ...DECREE30.urgencyMarks]);
const TYPE_NAMES = new Set(DOCUMENT_TYPES.map((t) => t.typeName).filter((n): n is string => n !== null));

interface Flat {
  paragraph: DocxParagraph;
  top: number;
  container: string;
  column?: number;
  inTable: boolean;
  section: number;
}

function tableText(block: DocxBlock): string {
  if (block.type === 'paragraph') return displayText(block);
  return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.content.map(tableText))).join('\n');
}

/** Word numbering's label of each numbered paragraph, counted in reading order; bullets read as "-". */
function numberingLabels(docx: OpenedDocx, paragraphs: readonly DocxParagraph[]): Map<DocxParagraph, string> {
  const counter = docx.numbering.counter();
  const out = new Map<DocxParagraph, string>();
  for (const paragraph of paragraphs) {
    if (!paragraph.props.numbering || !paragraph.text.trim()) continue;
    const numbered = counter.next(paragraph.props.numbering);
    if (!numbered) continue;
    const label = numbered.level.numFmt === 'bullet' ? '-' : numbered.label.trim();
    if (label) out.set(paragraph, label);
  }
  return out;
}

export function buildView(docx: OpenedDocx): DocxView {
  const blocks = docx.body.blocks;
  const flat: Flat[] = [];
  const sections: ViewSection[] = [];
  const sectionOfBlock: number[] = [];
  let section = 0;
  blocks.forEach((block, top) => {
    sectionOfBlock.push(section);
    const visit = (b: DocxBlock, container: string, inTable: boolean, column?: number): void => {
      if (b.type === 'paragraph') {
        flat.push({ paragraph: b, top, container, column, inTable, section });
        return;
      }
      b.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => cell.content.forEach((inner) => visit(inner, `${container}/t${top}r${r}c${c}`, true, column ?? c))),
      );
    };
    visit(block, 'page', false);
    if (block.type === 'paragraph' && block.sectionEnd) {
      sections.push({ props: block.sectionEnd, sectPr: child(child(block.element, 'w:pPr'), 'w:sectPr') });
      section += 1;
    }
  });
  const bodySectPr = child(child(docx.document, 'w:body'), 'w:sectPr');
  if (docx.body.finalSection) sections.push({ props: docx.body.finalSection, sectPr: bodySectPr });

  const texts = blocks.map(tableText);
  const isEmpty = (i: number) => blocks[i].type === 'paragraph' && texts[i] === '';
  const firstContent = blocks.findIndex((_, i) => !isEmpty(i));

  // Header: the first table, or the lines down to the place and date.
  let headerEnd = -1;
  if (firstContent >= 0 && blocks[firstContent].type === 'table') {
    headerEnd = firstContent;
    // Marks or a date written under the table still belong to the header.
    for (let i = firstContent + 1; i < Math.min(blocks.length, firstContent + 4); i++) {
      if (blocks[i].type === 'paragraph' && (MARKS.has(texts[i]) || (DATE_LINE.test(texts[i]) && !DATE_LINE.test(texts[firstContent])))) headerEnd = i;
      else if (!isEmpty(i)) break;
    }
  } else {
    const limit = Math.min(blocks.length, 20);
    for (const test of [(t: string) => DATE_LINE.test(t), (t: string) => /^Số\b/u.test(t), (t: string) => /ĐỘC LẬP/u.test(upperVi(t))]) {
      for (let i = 0; i < limit; i++) if (blocks[i].type === 'paragraph' && test(texts[i])) headerEnd = Math.max(headerEnd, i);
      if (headerEnd >= 0) break;
    }
  }

  // Signature: the last table of the first section after the header holding "Nơi nhận" or an authority.
  const firstSectionEnd = sectionOfBlock.findIndex((s) => s > 0);
  const mainEnd = firstSectionEnd < 0 ? blocks.length : firstSectionEnd;
  let signature = -1;
  for (let i = mainEnd - 1; i > headerEnd; i--) {
    if (blocks[i].type === 'table' && (/Nơi nhận/iu.test(texts[i]) || SIGNING.test(texts[i]))) {
      signature = i;
      break;
    }
  }
  let recipientsStart = -1;
  if (signature < 0) {
    recipientsStart = blocks.findIndex((b, i) => i > headerEnd && b.type === 'paragraph' && /^Nơi nhận/iu.test(texts[i]));
  }
  const bodyEndExclusive = signature >= 0 ? signature : recipientsStart >= 0 ? recipientsStart : mainEnd;
  const afterSignature = signature >= 0 ? signature + 1 : recipientsStart >= 0 ? mainEnd : bodyEndExclusive;
  let appendixStart = blocks.findIndex((b, i) => i >= afterSignature && b.type === 'paragraph' && isAppendixHeading(texts[i]));
  if (appendixStart < 0) appendixStart = blocks.length;

  // Title block: centred lines (and "Kính gửi:") right after the header.
  let titleEnd = headerEnd;
  let inAddressee = false;
  for (let i = headerEnd + 1; i < bodyEndExclusive; i++) {
    const block = blocks[i];
    if (block.type !== 'paragraph') break;
    const text = texts[i];
    if (/^Kính gửi/iu.test(text)) inAddressee = !/\.$/u.test(text);
    else if (inAddressee && text) inAddressee = !/\.$/u.test(text);
    else if (text && block.props.alignment !== 'center') break;
    else if (text && /^Căn cứ/u.test(text)) break;
    titleEnd = i;
  }

  const partOfTop = (top: number): LocationPart | 'other' => {
    if (top <= headerEnd) return 'header';
    if (top <= titleEnd) return 'title';
    if (top < bodyEndExclusive) return 'body';
    if (top === signature) return 'signature';
    if (recipientsStart >= 0 && top >= recipientsStart && top < mainEnd) return 'recipients';
    if (top >= appendixStart) return 'appendix';
    return 'other';
  };

  const labels = numberingLabels(docx, flat.map((f) => f.paragraph));
  const paragraphs: ViewParagraph[] = flat.map((f, index) => ({
    index,
    paragraph: f.paragraph,
    text: labels.has(f.paragraph) ? `${labels.get(f.paragraph)} ${displayText(f.paragraph)}` : displayText(f.paragraph),
    label: labels.get(f.paragraph),
    part: partOfTop(f.top),
    role: 'other',
    container: f.container,
    column: f.column,
    inTable: f.inTable,
    section: f.section,
  }));
  const party = paragraphs.some((p) => p.part === 'header' && upperVi(p.text) === DECREE30.partyTitle);
  const view: DocxView = { docx, paragraphs, sections, party };
  assignRoles(view, headerEnd >= 0 && blocks[firstContent]?.type === 'table');
  return view;
}

function isBold(p: ViewParagraph): boolean {
  const runs = p.paragraph.runs.filter((r) => r.text.trim());
  return runs.length > 0 && runs.every((r) => r.props.bold);
}

function assignHeaderRoles(list: ViewParagraph[], tableHeader: boolean): void {
  const agencies: ViewParagraph[] = [];
  for (const p of list) {
    const upper = upperVi(p.text);
    if (!p.text) p.role = 'empty';
    else if (/^Số(?![\p{L}])/u.test(p.text)) p.role = 'number';
    else if (NATIONAL.test(upper)) p.role = 'nationalTitle';
    else if (upper.includes('ĐỘC LẬP')) p.role = 'motto';
    else if (upper === DECREE30.partyTitle) p.role = 'partyTitle';
    else if (DATE_LINE.test(p.text)) p.role = 'placeDate';
    else if (/^V\/v(?![\p{L}])/iu.test(p.text)) p.role = 'letterSummary';
    else if (MARKS.has(p.text)) p.role = 'mark';
    else if (p.text === '*') p.role = 'star';
    else if (!tableHeader || p.column === 0) agencies.push(p);
  }
  // Agency lines: bold ones are the issuing agency, plain ones above them its parent.
  const firstBold = agencies.findIndex(isBold);
  agencies.forEach((p, i) => {
    if (firstBold >= 0) p.role = i < firstBold ? 'parentAgency' : 'issuingAgency';
    else p.role = agencies.length > 1 && i === 0 ? 'parentAgency' : 'issuingAgency';
  });
}

function assignTitleRoles(view: DocxView, list: ViewParagraph[]): void {
  let seenType = false;
  let summaryDone = false;
  for (const p of list) {
    if (!p.text) {
      p.role = 'empty';
      if (seenType) summaryDone = true;
      continue;
    }
    if (/^Kính gửi/iu.test(p.text) || (p.role === 'other' && list.some((q) => q.role === 'addressee' && q.index < p.index))) {
      p.role = 'addressee';
      continue;
    }
    const upper = upperVi(p.text);
    if (!seenType && TYPE_NAMES.has(upper)) {
      p.role = 'typeName';
      view.typeName = upper;
      seenType = true;
    } else if (!summaryDone && (seenType || !view.paragraphs.some((q) => q.role === 'letterSummary'))) {
      p.role = 'summary';
      seenType = true;
    }
  }
}

function assignBodyRoles(list: ViewParagraph[]): void {
  for (const p of list) {
    if (p.inTable) p.role = 'tableCell';
    else if (!p.text) p.role = 'empty';
    else if (/^Căn cứ(?![\p{L}])/u.test(p.text)) p.role = 'legalBasis';
    else if (/^[IVXLC]+\.\s/u.test(p.text)) p.role = 'sectionHeading';
    else p.role = 'body';
  }
}

/** Words of office titles and collective names; a person's name is never written in CAPS with them. */
const TITLE_WORD = /(?:^|\s)(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|ỦY BAN|UBND|CHÁNH|TỔNG|THƯỜNG TRỰC|BAN|SỞ|TM\.|KT\.|TL\.|TUQ\.|Q\.)(?=\s|$)/u;

function looksLikeSignerTitle(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && TITLE_WORD.test(text.normalize('NFC'));
}

function assignSignatureRoles(view: DocxView): void {
  const containers = new Map<string, ViewParagraph[]>();
  for (const p of view.paragraphs) {
    if (p.part !== 'signature' && p.part !== 'recipients') continue;
    const key = p.part === 'recipients' ? 'recipients' : p.container;
    containers.set(key, [...(containers.get(key) ?? []), p]);
  }
  for (const list of containers.values()) {
    const label = list.findIndex((p) => /^Nơi nhận/iu.test(p.text));
    if (label >= 0) {
      list.forEach((p, i) => {
        p.part = 'recipients';
        p.role = !p.text ? 'empty' : i === label ? 'recipientsLabel' : i > label ? 'recipientsList' : 'other';
      });
      continue;
    }
    const lines = list.filter((p) => p.text && !/^\(/u.test(p.text));
    for (const p of list) p.role = !p.text ? 'empty' : /^\(/u.test(p.text) ? 'signatureNote' : 'signatureTitle';
    // The last line is the signer's name unless it reads as a title ("PHÓ CHỦ TỊCH"): then the name is missing.
    if (lines.length > 1 && !looksLikeSignerTitle(lines[lines.length - 1].text)) lines[lines.length - 1].role = 'signerName';
  }
}

function assignAppendixRoles(list: ViewParagraph[]): void {
  let stage: 'heading' | 'title' | 'rest' = 'rest';
  for (const p of list) {
    if (p.inTable) {
      p.role = 'tableCell';
      continue;
    }
    const heading = parseAppendixHeading(p.text);
    if (heading) {
      p.role = 'appendixHeading';
      // "Phụ lục 01 - DANH MỤC …": the title is on the heading line.
      stage = heading.title ? 'rest' : 'title';
    } else if (!p.text) {
      p.role = 'empty';
    } else if (isAppendixReference(p.text)) {
      p.role = 'appendixReference';
      stage = 'rest';
    } else if (stage === 'title') {
      p.role = 'appendixTitle';
    } else {
      p.role = 'body';
    }
  }
}

function assignRoles(view: DocxView, tableHeader: boolean): void {
  const of = (part: LocationPart) => view.paragraphs.filter((p) => p.part === part);
  assignHeaderRoles(of('header'), tableHeader);
  assignTitleRoles(view, of('title'));
  assignBodyRoles(of('body'));
  assignSignatureRoles(view);
  assignAppendixRoles(of('appendix'));
  for (const p of view.paragraphs) if (p.part === 'other') p.role = p.text ? 'other' : 'empty';
}
