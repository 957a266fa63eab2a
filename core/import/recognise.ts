/**
 * Recognition: the source blocks (from DOCX or text) → a VanBan document. Everything that is not
 * recognised as a field is kept as a body paragraph, in order.
 */
import { emptyReview } from '../model/empty-review';
import { newId } from '../model/ids';
import type { Appendix, BodyBlock, DocumentHeader, InlineText, VanBanDocument } from '../model/types';
import { isAppendixHeading, parseAppendixHeading, parseAppendixReference } from '../rules/appendix-forms';
import { DOCUMENT_TYPES } from '../rules/decree30';
import { formatAppendixReference } from '../format/appendix-reference';
import { romanValue, toRoman } from '../numbering/numbering';
import { buildTree, classify, type TreeInput } from './body-tree';
import { isHeaderLine, parseHeader, type HeaderLine } from './header';
import {
  ADDRESSEE,
  CLOSING_MARK,
  CLOSING_SENTENCE,
  LEGAL_BASIS,
  MOTTO_ANYWHERE,
  NATIONAL_TITLE_ANYWHERE,
  PARTY_TITLE_ANYWHERE,
  RECIPIENTS_LABEL,
  SEPARATOR,
  SECRECY,
  URGENCY,
  hasContent,
  isCaps,
  normaliseSpaces,
} from './patterns';
import { isSignatureLine, parseRecipients, parseSignature } from './signature';
import { isBold, tableParas, type SourceBlock, type SourceDocument, type SourcePara, type SourceTable } from './source';
import { convertTable } from './table';
import { makeNote, noteSentence, type ImportNote, type ImportNoteCode, type ImportNotePart } from './notes';

export interface ImportReport {
  /** Names of the parts recognised: "header.number", "kind", "summary", "body.section", "signature", … */
  recognised: string[];
  /** Source paragraphs kept as plain paragraphs (no structure recognised). */
  keptAsParagraphs: number;
  /** Decorative lines with no text of their own (rules, the Party star, "(Đã ký)"), not kept. */
  decorations: string[];
  /** Things a reader should know: renumbered headings, text moved. */
  warnings: string[];
  /** Counts of recognised body blocks by kind. */
  blocks: Record<string, number>;
  /** Each guess the import was unsure of, with its place (the warnings above, and more, by code). */
  notes: ImportNote[];
}

export interface ImportResult {
  document: VanBanDocument;
  report: ImportReport;
}

function emptyDocument(): VanBanDocument {
  return {
    kind: 'cong-van',
    variant: 'state',
    header: {
      parentAgency: '',
      issuingAgency: '',
      issuingAgencyInText: '',
      number: null,
      agencyCode: '',
      unitCode: '',
      place: '',
      date: { day: null, month: null, year: null },
      secrecy: null,
      urgency: null,
    },
    summary: '',
    addressees: [],
    legalBasis: [],
    body: [],
    closing: '',
    signature: { collective: '', authority: null, headTitle: '', signerTitle: '', signerName: '' },
    recipients: [],
    archive: '',
    appendices: [],
    comments: [],
    review: emptyReview(),
  };
}

const TYPE_NAMES = DOCUMENT_TYPES.filter((t) => t.typeName).sort((a, b) => b.typeName!.length - a.typeName!.length);

/** "KẾ HOẠCH" → ke-hoach; "KẾ HOẠCH TUYÊN TRUYỀN …" → ke-hoach with the rest as summary. */
function matchTypeName(text: string): { kind: string; rest: string } | null {
  const t = normaliseSpaces(text);
  if (!isCaps(t.split(' ').slice(0, 3).join(' '))) return null;
  for (const type of TYPE_NAMES) {
    if (t === type.typeName) return { kind: type.id, rest: '' };
    if (t.startsWith(`${type.typeName} `) && isCaps(t)) return { kind: type.id, rest: t.slice(type.typeName!.length + 1) };
  }
  return null;
}

function textOf(block: SourceBlock): string {
  return block.type === 'para' ? block.text : tableParas(block).map((p) => p.text).join('\n');
}

function isHeaderTable(block: SourceBlock): boolean {
  if (block.type !== 'table') return false;
  const text = textOf(block);
  return NATIONAL_TITLE_ANYWHERE.test(text) || PARTY_TITLE_ANYWHERE.test(text) || MOTTO_ANYWHERE.test(text) || /,\s*ngày\s.*tháng\s.*năm\s/u.test(text) || /(^|\n)Số\s*:?\s*[\d…./ ]*\/[^\n]*/u.test(text);
}

function isSignatureTable(block: SourceBlock): boolean {
  if (block.type !== 'table') return false;
  const paras = tableParas(block);
  return paras.some((p) => RECIPIENTS_LABEL.test(normaliseSpaces(p.text))) || paras.some((p) => isSignatureLine(p.text));
}

function splitLines(p: SourcePara): string[] {
  return p.text.split('\n').map(normaliseSpaces);
}

function isEmpty(block: SourceBlock): boolean {
  return block.type === 'para' && !hasContent(block.text) && !normaliseSpaces(block.text);
}

/** Header lines of a header table: the left column top to bottom, then the right. */
function headerTableLines(table: SourceTable): HeaderLine[] {
  const left: HeaderLine[] = [];
  const right: HeaderLine[] = [];
  for (const row of table.rows) {
    row.cells.forEach((cell, index) => {
      const column = index === 0 && row.cells.length > 1 ? 'left' : row.cells.length > 1 ? 'right' : null;
      for (const p of cell.paras) {
        for (const line of splitLines(p)) (column === 'right' ? right : left).push({ text: line, bold: isBold(p), column });
      }
    });
  }
  return [...left, ...right];
}

/** Splits a plain-text line that holds a left and a right header part ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …"). */
function splitHeaderLine(text: string): string[] {
  for (const re of [NATIONAL_TITLE_ANYWHERE, MOTTO_ANYWHERE, PARTY_TITLE_ANYWHERE]) {
    const m = re.exec(text);
    if (m && m.index > 0) return [text.slice(0, m.index).trim(), text.slice(m.index).trim()].filter(Boolean);
  }
  // The place: the capitalised words ("Thái Bình", not the code "KH-UBND") before ", ngày".
  const date = /((?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+\s*,\s*ngày\s.*)$/u.exec(text);
  if (date && date.index > 0) return [text.slice(0, date.index).trim(), date[1].trim()];
  return [text];
}

export function recognise(source: SourceDocument, readerNotes: ImportNote[] = []): ImportResult {
  const doc = emptyDocument();
  const report: ImportReport = { recognised: [], keptAsParagraphs: 0, decorations: [], warnings: [], blocks: {}, notes: [] };
  const note = (code: ImportNoteCode, part: ImportNotePart, text: string, params: Record<string, string | number> = {}) => addNote(report, makeNote(code, part, text, params));
  for (const n of readerNotes) addNote(report, n);
  const blocks = source.blocks;
  const lead: TreeInput[] = [];
  let i = 0;
  let kindFromCode: string | null = null;
  let variant: 'state' | 'party' | null = null;

  // 1. Header: a header table near the start, or (plain text) header lines at the start.
  const headerIndex = blocks.slice(0, 6).findIndex(isHeaderTable);
  let headerLines: HeaderLine[] = [];
  if (headerIndex >= 0) {
    for (let k = 0; k < headerIndex; k++) if (!isEmpty(blocks[k])) collectLead(blocks[k]);
    headerLines = headerTableLines(blocks[headerIndex] as SourceTable);
    i = headerIndex + 1;
  } else {
    // Header paragraphs: from the top up to the last clear header line among the first lines.
    let last = -1;
    for (let k = 0; k < Math.min(blocks.length, 14); k++) {
      const b = blocks[k];
      if (b.type !== 'para') break;
      if (splitLines(b).some((l) => splitHeaderLine(l).some(isHeaderLine))) last = k;
      if (matchTypeName(b.text) || ADDRESSEE.test(b.text)) break;
    }
    if (last >= 0) {
      for (let k = 0; k <= last; k++) {
        const b = blocks[k] as SourcePara;
        for (const line of splitLines(b)) for (const part of splitHeaderLine(line)) headerLines.push({ text: part, bold: isBold(b), column: null });
      }
      i = last + 1;
    }
  }
  if (headerLines.length > 0) {
    const h = parseHeader(headerLines);
    Object.assign(doc.header, h.header);
    kindFromCode = h.kind;
    variant = h.variant;
    if (h.subject !== null) doc.summary = h.subject;
    report.recognised.push(...h.recognised);
    report.decorations.push(...h.decorations);
    for (const text of h.leftovers) keep({ type: 'para', runs: [{ text }], text });
  }

  // 2. Marks, type name and summary, addressees, legal basis.
  let kindFromTitle: string | null = null;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (isEmpty(b)) continue;
    if (b.type !== 'para') break;
    const text = normaliseSpaces(b.text);
    if (SEPARATOR.test(text) || !hasContent(text)) {
      report.decorations.push(text);
      continue;
    }
    if (SECRECY.test(text)) {
      doc.header.secrecy = text as DocumentHeader['secrecy'];
      report.recognised.push('header.secrecy');
      continue;
    }
    if (URGENCY.test(text)) {
      doc.header.urgency = (text === 'HOẢ TỐC' ? 'HỎA TỐC' : text) as DocumentHeader['urgency'];
      report.recognised.push('header.urgency');
      continue;
    }
    const type: { kind: string; rest: string } | null = !kindFromTitle ? matchTypeName(text) : null;
    if (type) {
      kindFromTitle = type.kind;
      report.recognised.push('kind');
      const summary: string[] = type.rest ? [type.rest] : [];
      // Summary: the next lines (bold and centred in a formatted file; the next paragraph in plain text).
      let j = i + 1;
      while (j < blocks.length) {
        const next = blocks[j];
        if (next.type !== 'para') break;
        const t = normaliseSpaces(next.text);
        if (!t) {
          if (summary.length > 0) break;
          j++;
          continue;
        }
        if (SEPARATOR.test(t)) {
          report.decorations.push(t);
          j++;
          if (summary.length > 0) break;
          continue;
        }
        const structural = LEGAL_BASIS.test(t) || ADDRESSEE.test(t) || classify(next).kind !== null || /^(Thực hiện|Theo|Để|Nhằm|Căn cứ)(?=\s|$)/u.test(t);
        if (structural) break;
        const formatted = !source.plain;
        if (formatted ? isBold(next) && next.align === 'center' : summary.length === 0) {
          summary.push(t);
          j++;
        } else break;
      }
      if (summary.length > 0) {
        doc.summary = summary.join(' ');
        report.recognised.push('summary');
      }
      i = j - 1;
      continue;
    }
    const addressee = ADDRESSEE.exec(text);
    if (addressee) {
      const first = addressee[1].trim();
      const items: string[] = first ? [first] : [];
      let open = !first || /;$/.test(first);
      let j = i + 1;
      while (open && j < blocks.length && blocks[j].type === 'para') {
        const t = normaliseSpaces((blocks[j] as SourcePara).text);
        if (!t) {
          j++;
          continue;
        }
        if (!/^[-–+•]/.test(t) && items.length > 0) break;
        items.push(t);
        open = /;$/.test(t);
        j++;
      }
      doc.addressees = items.map((a) => a.replace(/^[-–+•]\s*/, '').replace(/[;,.]+$/, '').trim()).filter(Boolean);
      report.recognised.push('addressees');
      i = j - 1;
      continue;
    }
    if (LEGAL_BASIS.test(text) && classify(b).kind === null) {
      doc.legalBasis.push(text.replace(/[;,.]+$/, ''));
      if (!report.recognised.includes('legalBasis')) report.recognised.push('legalBasis');
      continue;
    }
    break;
  }

  // 3. Where the body ends: the signature table or signature / recipient lines; then appendices.
  let tailStart = blocks.length;
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k];
    // A borderless table right after the closing sentence is the signature table, whatever it holds.
    const afterClosing = k > i && blocks[k - 1].type === 'para' && CLOSING_MARK.test((blocks[k - 1] as SourcePara).text);
    if (isSignatureTable(b) || (b.type === 'table' && !b.bordered && afterClosing)) {
      tailStart = k;
      break;
    }
    if (b.type === 'para') {
      const t = normaliseSpaces(b.text);
      if (RECIPIENTS_LABEL.test(t) || isSignatureLine(t) || isAppendixHeading(t)) {
        tailStart = k;
        break;
      }
    }
  }
  // Closing sentence: the last body paragraph ending "./.".
  let closingIndex = -1;
  for (let k = tailStart - 1; k >= i; k--) {
    const b = blocks[k];
    if (isEmpty(b)) continue;
    if (b.type === 'para' && CLOSING_MARK.test(b.text)) closingIndex = k;
    // "Trên đây là Kế hoạch …" without its mark is the closing too (the writer adds "./.").
    else if (b.type === 'para' && CLOSING_SENTENCE.test(normaliseSpaces(b.text)) && classify(b).kind === null) {
      closingIndex = k;
      note('closing-unmarked', 'closing', (b as SourcePara).text);
    }
    break;
  }
  if (closingIndex < 0) {
    // Plain text may hold the signature lines right after the closing, without a recipients label.
    for (let k = i; k < tailStart; k++) {
      const b = blocks[k];
      if (b.type === 'para' && CLOSING_MARK.test(b.text) && classify(b).kind === null) {
        closingIndex = k;
        tailStart = k + 1;
        break;
      }
    }
  }

  const bodyItems: TreeInput[] = [...lead];
  const bodyEnd = closingIndex >= 0 ? closingIndex : tailStart;
  for (let k = i; k < bodyEnd; k++) pushBody(blocks[k], bodyItems);
  if (closingIndex >= 0) {
    const closingPara = blocks[closingIndex] as SourcePara;
    if (classify(closingPara).kind === null) {
      doc.closing = normaliseSpaces(closingPara.text).replace(CLOSING_MARK, '');
      report.recognised.push('closing');
    } else {
      // A list item carrying the closing mark stays an item; the writer adds the mark after the body.
      const stripped = { ...closingPara, runs: stripClosing(closingPara.runs), text: closingPara.text.replace(CLOSING_MARK, '') };
      bodyItems.push({ para: stripped });
      note('closing-in-item', 'body', closingPara.text);
    }
  }
  for (let k = closingIndex >= 0 ? closingIndex + 1 : tailStart; k < tailStart; k++) pushBody(blocks[k], bodyItems);

  // 4. Tail: signature and recipients, up to the first appendix.
  let k = tailStart;
  const signatureLines: string[] = [];
  const recipientLines: string[] = [];
  const tailExtras: TreeInput[] = [];
  let inRecipients = false;
  let sawPageBreak = false;
  for (; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.type === 'para') {
      const t = normaliseSpaces(b.text);
      if (isAppendixHeading(t)) break;
      if (sawPageBreak && hasContent(t)) break;
      if (b.sectionEnd) sawPageBreak = true;
      if (!t) continue;
      if (RECIPIENTS_LABEL.test(t)) {
        inRecipients = true;
        recipientLines.push(t);
        continue;
      }
      if (inRecipients && (/^[-–+•]/.test(t) || /^Lưu\b/u.test(t) || (!isCaps(t) && !/^\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}*){1,4}$/u.test(t)))) {
        recipientLines.push(t);
        continue;
      }
      inRecipients = false;
      if (isCaps(t) || signatureLines.length > 0 || /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,5}$/u.test(t)) signatureLines.push(t);
      else tailExtras.push({ para: b });
    } else if (isSignatureTable(b) || (k === tailStart && !b.bordered)) {
      for (const row of b.rows) {
        for (const cell of row.cells) {
          const lines = cell.paras.flatMap(splitLines).filter(Boolean);
          if (lines.length === 0) continue;
          const dashed = lines.filter((l) => /^[-–+•]/u.test(l)).length;
          if (RECIPIENTS_LABEL.test(lines[0]) || dashed * 2 >= lines.length) recipientLines.push(...lines);
          else signatureLines.push(...lines);
        }
      }
    } else if (sawPageBreak) {
      break;
    } else {
      tailExtras.push({ table: convertTable(b) });
    }
  }
  if (signatureLines.length > 0) {
    const s = parseSignature(signatureLines);
    doc.signature = s.signature;
    if (s.party) variant ??= 'party';
    if (s.found) report.recognised.push('signature');
    report.decorations.push(...s.decorations);
    for (const text of s.leftovers) tailExtras.push({ para: { type: 'para', runs: [{ text }], text } });
  }
  if (recipientLines.length > 0) {
    const r = parseRecipients(recipientLines);
    doc.recipients = r.recipients;
    // "Lưu VP.BTGTU" (no colon) stays whole in a Party document; a state document prints "Lưu: …".
    doc.archive = variant === 'party' ? r.archive : r.archive.replace(/^Lưu\s+/u, '');
    report.recognised.push('recipients');
    if (r.archive) report.recognised.push('archive');
    // A Party number left blank: the body's code is the one the archive line names ("Lưu VP.BTGTU").
    const body = /(?:^|[\s.,])([A-ZĐ]{3,})$/u.exec(r.archive.replace(/^Lưu\s*:?\s*/u, ''));
    if (!doc.header.agencyCode && variant === 'party' && body && /\./u.test(r.archive)) {
      doc.header.agencyCode = body[1];
      report.recognised.push('header.agencyCode.archive');
      note('agency-code-from-archive', 'recipients', r.archive, { code: body[1] });
    }
  }
  if (tailExtras.length > 0) {
    const first = tailExtras[0];
    note('tail-kept', 'signature', 'para' in first ? first.para.text : '', { count: tailExtras.length });
    bodyItems.push(...tailExtras);
  }

  // 5. Appendices.
  doc.appendices = readAppendices(blocks.slice(k), source.finalLandscape, report, doc);

  // 6. Body tree.
  const tree = buildTree(bodyItems);
  doc.body = tree.blocks;
  report.keptAsParagraphs += tree.counts.paragraph;
  for (const [kind, count] of Object.entries(tree.counts)) report.blocks[kind] = (report.blocks[kind] ?? 0) + count;
  for (const kind of ['section', 'clause', 'point', 'dash', 'plus', 'table'] as const) if (tree.counts[kind] > 0) report.recognised.push(`body.${kind}`);
  for (const n of sectionNumberNotes(bodyItems)) addNote(report, n);

  // Kind and variant.
  doc.kind = kindFromTitle ?? kindFromCode ?? 'cong-van';
  if (kindFromTitle && kindFromCode && kindFromCode !== 'cong-van' && kindFromCode !== kindFromTitle) {
    note('kind-conflict', 'header', '', { title: kindFromTitle, code: kindFromCode });
  }
  if (!kindFromTitle && kindFromCode) report.recognised.push('kind');
  doc.variant = variant ?? 'state';
  // A reference line that reads exactly as the writer composes it follows the header from now on.
  for (const appendix of doc.appendices) {
    if (appendix.reference === formatAppendixReference(doc)) delete appendix.reference;
    else if (appendix.reference) note('reference-kept', 'appendix', appendix.reference);
  }
  if (doc.kind !== 'cong-van' && doc.addressees.length > 0) note('addressees-in-typed', 'body', doc.addressees[0]);
  return { document: doc, report };

  function collectLead(block: SourceBlock) {
    pushBody(block, lead);
  }

  function keep(p: SourcePara) {
    lead.push({ para: p });
  }

  function pushBody(block: SourceBlock, into: TreeInput[]) {
    if (block.type === 'table') {
      into.push({ table: convertTable(block) });
      return;
    }
    const t = normaliseSpaces(block.text);
    if (!t) return;
    // A lone marker ("-" where a passage breaks off) stays an empty item; rules and stars are decoration.
    if (!hasContent(t) && classify(block).kind === null) {
      report.decorations.push(t);
      return;
    }
    into.push({ para: block });
  }
}

function stripClosing(runs: InlineText[]): InlineText[] {
  const out = runs.map((r) => ({ ...r }));
  for (let k = out.length - 1; k >= 0; k--) {
    if (!out[k].text.trim()) continue;
    out[k].text = out[k].text.replace(CLOSING_MARK, '');
    break;
  }
  return out.filter((r) => r.text);
}

function addNote(report: ImportReport, n: ImportNote) {
  report.notes.push(n);
  report.warnings.push(noteSentence(n));
}

/**
 * Sections are numbered by position; a section whose number as written differs (a cut copy going
 * from II. to V.) is noted with the number the source wrote, for the clerk to check.
 */
function sectionNumberNotes(items: TreeInput[]): ImportNote[] {
  const notes: ImportNote[] = [];
  let position = 0;
  for (const item of items) {
    if (!('para' in item)) continue;
    const c = classify(item.para);
    if (c.kind !== 'section') continue;
    position++;
    const written = c.label.replace(/[.:]$/, '');
    const value = romanValue(written);
    if (written && value !== position) notes.push(makeNote('section-number', 'body', item.para.text, { written, printed: toRoman(position) }));
  }
  return notes;
}

function readAppendices(blocks: SourceBlock[], finalLandscape: boolean, report: ImportReport, doc: VanBanDocument): Appendix[] {
  const appendices: Appendix[] = [];
  let current: { appendix: Appendix; items: TreeInput[]; titleOpen: boolean; landscape: boolean | null; reference: string; sawReference: boolean } | null = null;
  const finish = () => {
    if (!current) return;
    if (current.reference) current.appendix.reference = current.reference;
    const tree = buildTree(current.items);
    current.appendix.body = tree.blocks;
    current.appendix.landscape = current.landscape ?? finalLandscape;
    report.keptAsParagraphs += tree.counts.paragraph;
    for (const [kind, count] of Object.entries(tree.counts)) report.blocks[kind] = (report.blocks[kind] ?? 0) + count;
    appendices.push(current.appendix);
    current = null;
  };
  const start = () => {
    finish();
    current = { appendix: { id: newId(), title: '', body: [], landscape: finalLandscape }, items: [], titleOpen: true, landscape: null, reference: '', sawReference: false };
    return current;
  };
  for (const b of blocks) {
    if (b.type === 'para') {
      const t = normaliseSpaces(b.text);
      const heading = parseAppendixHeading(t);
      if (heading) {
        const c = start();
        // "PHỤ LỤC I: DANH MỤC …", "Phụ lục 01 - Dự toán …" carry the title on the same line.
        if (heading.title) c.appendix.title = heading.title;
        report.recognised.push('appendix');
        if (b.sectionEnd) c.landscape ??= b.sectionEnd.landscape;
        continue;
      }
      const c = current ?? start();
      if (b.sectionEnd && c.landscape === null) c.landscape = b.sectionEnd.landscape;
      if (!t) continue;
      if (!hasContent(t)) {
        report.decorations.push(t);
        continue;
      }
      const ref = c.titleOpen ? parseAppendixReference(t) : null;
      if (ref) {
        if (ref.issuer && !doc.header.issuingAgencyInText) doc.header.issuingAgencyInText = ref.issuer;
        // Kept as the source wrote it unless it reads exactly as the writer would compose it.
        c.reference = t;
        c.sawReference = true;
        report.recognised.push('appendix.reference');
        continue;
      }
      if (c.titleOpen && isCaps(t) && classify(b).kind === null) {
        c.appendix.title = c.appendix.title ? `${c.appendix.title} ${t}` : t;
        continue;
      }
      c.titleOpen = false;
      c.items.push({ para: b });
    } else {
      const c = current ?? start();
      c.titleOpen = false;
      c.items.push({ table: convertTable(b) });
    }
  }
  finish();
  return appendices;
}
