/**
 * The Decree 30 DOCX writer: a document model in, the bytes of a .docx out.
 * Pure (no Node or DOM APIs), so the main process, the renderer and the CLI share it.
 */
import { Document, Packer } from 'docx';
import type { VanBanDocument } from '../model/types';
import { cleanAllText } from '../model/text';
import { appendixParts } from './appendix';
import { blockTextLengths, bodyBlocks, closingParagraph, legalBasisParagraphs, type BodyChild } from './body';
import { planComments } from './comments';
import { headerTable } from './header-table';
import { sectionOptions } from './page';
import { DOCUMENT_STYLES } from './styles';
import { signatureTable } from './signature-table';
import { addresseeBlock, titleBlock } from './title-block';
import { pageGeometry } from './units';

/** The docx library's document object, before packing. */
export function buildDocx(input: VanBanDocument): Document {
  const doc = cleanAllText(input);
  const portrait = pageGeometry(false);
  const width = portrait.textWidth;
  const lengths = blockTextLengths(doc.body);
  for (const appendix of doc.appendices) blockTextLengths(appendix.body, lengths);
  const comments = planComments(doc.comments, lengths);

  const main: BodyChild[] = [
    headerTable(doc, width),
    ...titleBlock(doc, width),
    ...addresseeBlock(doc, width),
    ...legalBasisParagraphs(doc),
    ...bodyBlocks(doc.body, width, comments),
    closingParagraph(doc, comments),
    signatureTable(doc, width),
  ];

  return new Document({
    creator: 'VanBan Studio',
    title: doc.summary.replace(/\n/g, ' '),
    styles: DOCUMENT_STYLES,
    comments: { children: comments.options },
    sections: [
      { ...sectionOptions(portrait, true), children: main },
      ...appendixParts(doc, comments).map((part) => ({ ...sectionOptions(part.geometry, false), children: part.children })),
    ],
  });
}

/** The DOCX file for a document, as bytes. */
export async function writeDocx(doc: VanBanDocument): Promise<Uint8Array> {
  return Packer.pack(buildDocx(doc), 'uint8array');
}
