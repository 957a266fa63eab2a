/**
 * The header area (Decree 30 cells 1–5b, 10a/10b): a borderless two-column table.
 * Row 1: agency names | national title and motto (or the Party's title). Row 2: number and code
 * (and a letter's "V/v" summary and the marks) | place and date.
 */
import { Paragraph, type Table } from 'docx';
import type { VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { formatNumberAndCode } from '../format/number-code';
import { formatPlaceAndDate } from '../format/date';
import { upperVi } from '../model/text';
import { borderlessTable } from './borderless-table';
import { framedMark, ruleParagraph, textLine, trackedLine, trackedLines, type DocTrack } from './paragraphs';
import { estimateTextWidth, longestLineWidth } from './text-width';

const H = DECREE30.header;

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Header column widths (twips) for a text width. */
export function headerColumns(textWidth: number): [number, number] {
  const left = Math.round(textWidth * H.leftShare);
  return [left, textWidth - left];
}

function agencyCell(doc: VanBanDocument, width: number, track: DocTrack | null): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(...trackedLines(doc, track, (d) => lines(upperVi(d.header.parentAgency)), { size: H.parentAgencySize }));
  const issuing = lines(upperVi(doc.header.issuingAgency));
  out.push(...trackedLines(doc, track, (d) => lines(upperVi(d.header.issuingAgency)), { size: H.issuingAgencySize, bold: true }));
  if (doc.variant === 'party') {
    out.push(textLine('*', { size: H.issuingAgencySize }));
  } else if (issuing.length > 0) {
    const textWidth = longestLineWidth(issuing.join('\n'), H.issuingAgencySize, true, width);
    out.push(ruleParagraph(Math.round(textWidth * H.agencyRuleShare), width));
  }
  return out;
}

function titleCell(doc: VanBanDocument, width: number): Paragraph[] {
  if (doc.variant === 'party') {
    const title = DECREE30.partyTitle;
    return [
      textLine(title, { size: DECREE30.partyTitleSize, bold: true }),
      ruleParagraph(Math.min(width, estimateTextWidth(title, DECREE30.partyTitleSize, true)), width),
    ];
  }
  return [
    textLine(DECREE30.nationalTitle, { size: H.nationalTitleSize, bold: true }),
    textLine(DECREE30.motto, { size: H.mottoSize, bold: true }),
    ruleParagraph(Math.min(width, estimateTextWidth(DECREE30.motto, H.mottoSize, true)), width),
  ];
}

/** A letter's "V/v …" line under its number, or none. */
const letterSummary = (doc: VanBanDocument): string[] => (doc.kind === 'cong-van' && doc.summary.trim() ? [`V/v ${doc.summary.trim()}`] : []);

function numberCell(doc: VanBanDocument, width: number, track: DocTrack | null): Paragraph[] {
  const out = [trackedLine(doc, track, (d) => formatNumberAndCode(d.kind, d.variant, d.header), { size: H.numberSize }, { before: 6 })];
  out.push(...trackedLines(doc, track, letterSummary, { size: H.summaryLetterSize }, () => ({ before: 6 })));
  for (const mark of [doc.header.secrecy, doc.header.urgency]) {
    if (mark) out.push(framedMark(mark, H.markSize, estimateTextWidth(mark, H.markSize, true), width));
  }
  return out;
}

function dateCell(doc: VanBanDocument, track: DocTrack | null): Paragraph[] {
  return [trackedLine(doc, track, (d) => formatPlaceAndDate(d.header.place, d.header.date), { size: H.placeDateSize, italic: true }, { before: 6 })];
}

/** The header table; with `track`, the agency, number, "V/v" and date lines show their changes. */
export function headerTable(doc: VanBanDocument, textWidth: number, track: DocTrack | null = null): Table {
  const [left, right] = headerColumns(textWidth);
  return borderlessTable(
    [left, right],
    [
      [agencyCell(doc, left, track), titleCell(doc, right)],
      [numberCell(doc, left, track), dateCell(doc, track)],
    ],
  );
}
