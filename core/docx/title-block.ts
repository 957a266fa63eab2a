/** Type name and summary (cell 5a), centred, with a short rule under the summary; a letter's "Kính gửi:". */
import { Paragraph, TabStopType, TextRun } from 'docx';
import type { VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { documentTypeById } from '../rules/decree30';
import { upperVi } from '../model/text';
import { ruleParagraph, textLine, trackedLines, type DocTrack } from './paragraphs';
import { run } from './runs';
import { estimateTextWidth, longestLineWidth } from './text-width';
import { ptToTwip } from './units';

const summaryLinesOf = (doc: VanBanDocument): string[] => doc.summary.split('\n').map((line) => line.trim()).filter(Boolean);

/** The type name and summary; with `track`, the summary lines show their changes. */
export function titleBlock(doc: VanBanDocument, textWidth: number, track: DocTrack | null = null): Paragraph[] {
  const typeName = documentTypeById(doc.kind)?.typeName;
  if (!typeName) return [];
  const { typeNameSize, summarySize } = DECREE30.title;
  const out = [textLine(upperVi(typeName), { size: typeNameSize, bold: true }, { before: 18, keepNext: true })];
  const summaryLines = summaryLinesOf(doc);
  // A letter's summary is its "V/v" line in the header; it has no title block.
  const beforeTrack = track && documentTypeById(track.before.kind)?.typeName ? track : null;
  out.push(...trackedLines(doc, beforeTrack, summaryLinesOf, { size: summarySize, bold: true }, () => ({ keepNext: true })));
  const width = summaryLines.length > 0 ? longestLineWidth(summaryLines.join('\n'), summarySize, true, textWidth) : 0;
  out.push(ruleParagraph(Math.round(Math.max(width, textWidth / 6) * DECREE30.header.summaryRuleShare), textWidth, 12));
  return out;
}

/**
 * "Kính gửi: …" (cell 9a), 14 pt: one addressee on the line itself, centred; several as a list
 * hanging after the label ("Kính gửi:  - Sở A;" then "- Sở B." aligned under the first dash).
 */
export function addresseeBlock(doc: VanBanDocument, textWidth: number): Paragraph[] {
  const size = DECREE30.body.size;
  const names = doc.addressees.map((name) => name.trim().replace(/^[-–]\s*/, '').replace(/[;.,]+$/, '')).filter(Boolean);
  if (names.length === 0) return [];
  if (names.length === 1) {
    return [textLine(`${ADDRESSEE_LABEL} ${names[0]}.`, { size }, { before: 12, after: 12 })];
  }
  const label = estimateTextWidth(`${ADDRESSEE_LABEL}  `, size, false);
  const left = Math.round(textWidth * 0.2) + label;
  return names.map((name, index) => {
    const last = index === names.length - 1;
    const item = `- ${name}${last ? '.' : ';'}`;
    return new Paragraph({
      children: index === 0 ? [run(ADDRESSEE_LABEL, { size }), new TextRun({ text: '\t' }), run(item, { size })] : [run(item, { size })],
      indent: { left, hanging: index === 0 ? label : 0 },
      tabStops: [{ type: TabStopType.LEFT, position: left }],
      spacing: { before: index === 0 ? ptToTwip(12) : 0, after: last ? ptToTwip(12) : 0 },
    });
  });
}

export const ADDRESSEE_LABEL = 'Kính gửi:';
