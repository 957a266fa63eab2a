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
import { textLine } from './paragraphs';
import { headerColumns } from './header-table';

export function signatureTable(doc: VanBanDocument, textWidth: number): Table {
  const { signature, recipients } = DECREE30;
  const left: Paragraph[] = [];
  const recipientLines = formatRecipientLines(doc.recipients, doc.archive);
  if (recipientLines.length > 0) {
    left.push(textLine('Nơi nhận:', { size: recipients.labelSize, bold: true, italic: true }, { align: AlignmentType.LEFT, before: 12 }));
    for (const line of recipientLines) left.push(textLine(line, { size: recipients.listSize }, { align: AlignmentType.LEFT }));
  }
  const right: Paragraph[] = signatureAuthorityLines(doc.signature, doc.variant).map((line, index) =>
    textLine(line, { size: signature.titleSize, bold: true }, { before: index === 0 ? 12 : 0, keepNext: true }),
  );
  for (let i = 0; i < signature.signatureSpaceLines; i++) right.push(textLine('', { size: signature.titleSize }, { keepNext: true }));
  const name = doc.signature.signerName.trim();
  right.push(textLine(name, { size: signature.nameSize, bold: true }));
  return borderlessTable(headerColumns(textWidth), [[left, right]]);
}
