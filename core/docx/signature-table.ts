/**
 * Signature and recipients (cells 7 and 9b): a borderless two-column table under the body.
 * Left: "Nơi nhận:" (12 pt bold italic) and the list (11 pt). Right: authority and title lines
 * (CAPS bold), space for signature and seal, the signer's name (bold).
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { formatRecipientLines } from '../format/recipients';
import { signatureAuthorityLines } from '../format/signature';
import { borderlessTable } from './borderless-table';
import { textLine, trackedLine, trackedLines, type DocTrack } from './paragraphs';
import { headerColumns } from './header-table';

const recipientLinesOf = (doc: VanBanDocument): string[] => formatRecipientLines(doc.recipients, doc.archive, doc.variant);
const LABEL = 'Nơi nhận:';

/** The signature table; with `track`, the recipients, authority lines and signer's name show their changes. */
export function signatureTable(doc: VanBanDocument, textWidth: number, track: DocTrack | null = null): Table {
  const { signature, recipients } = DECREE30;
  const left: Paragraph[] = [
    ...trackedLines(doc, track, (d) => (recipientLinesOf(d).length > 0 ? [LABEL] : []), { size: recipients.labelSize, bold: true, italic: true }, () => ({
      align: AlignmentType.LEFT,
      before: 12,
    })),
    ...trackedLines(doc, track, recipientLinesOf, { size: recipients.listSize }, () => ({ align: AlignmentType.LEFT })),
  ];
  const right: Paragraph[] = trackedLines(doc, track, (d) => signatureAuthorityLines(d.signature, d.variant), { size: signature.titleSize, bold: true }, (index) => ({
    before: index === 0 ? 12 : 0,
    keepNext: true,
  }));
  for (let i = 0; i < signature.signatureSpaceLines; i++) right.push(textLine('', { size: signature.titleSize }, { keepNext: true }));
  right.push(trackedLine(doc, track, (d) => d.signature.signerName.trim(), { size: signature.nameSize, bold: true }));
  return borderlessTable(headerColumns(textWidth), [[left, right]]);
}
