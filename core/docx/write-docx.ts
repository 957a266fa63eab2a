/**
 * The Decree 30 DOCX writer: a document model in, the bytes of a .docx out.
 * Pure (no Node or DOM APIs), so the main process, the renderer and the CLI share it.
 *
 * Three copies of a document (the host's 'clean', 'comments' and 'changes'):
 *   writeDocx(doc, { comments: false })      no comments part, no comment ranges;
 *   writeDocx(doc)                           the comments, their replies and resolved state;
 *   writeDocx(doc, { comments: false, changesSince: { document, author, date } })
 *                                            what changed since `document`, as Word tracked changes.
 */
import { Document, Packer } from 'docx';
import type { DocumentContent, VanBanDocument } from '../model/types';
import { cleanAllText, cleanText } from '../model/text';
import { appendixParts } from './appendix';
import { blockTextLengths, bodyBlocks, closingParagraph, legalBasisParagraphs, type BodyChild } from './body';
import { NO_COMMENTS, planComments } from './comments';
import { headerTable } from './header-table';
import { sectionOptions } from './page';
import type { DocTrack } from './paragraphs';
import { Tracker } from './revisions';
import { DOCUMENT_STYLES } from './styles';
import { signatureTable } from './signature-table';
import { addresseeBlock, titleBlock } from './title-block';
import { pageGeometry } from './units';

export interface DocxWriteOptions {
  /** Write the comments (with replies and resolved state) and their ranges. Default true. */
  comments?: boolean;
  /**
   * Write the changes since this version as Word tracked changes (w:ins / w:del) by `author` at
   * `date` (ISO 8601): body and appendix blocks word by word, added and removed blocks as inserted
   * and deleted paragraphs, and the printed lines of the header, title, legal basis, closing,
   * signature, recipients and appendix headings. Formatting-only changes are not tracked.
   */
  changesSince?: { document: DocumentContent; author: string; date: string };
}

/** The docx library's document object, before packing. */
export function buildDocx(input: VanBanDocument, options: DocxWriteOptions = {}): Document {
  const doc = cleanAllText(input);
  const portrait = pageGeometry(false);
  const width = portrait.textWidth;
  const lengths = blockTextLengths(doc.body);
  for (const appendix of doc.appendices) blockTextLengths(appendix.body, lengths);
  const comments = options.comments === false ? NO_COMMENTS : planComments(doc.comments, lengths);
  const since = options.changesSince;
  // Change ids follow the comment ids (0 … n-1) so every annotation id in the document is unique.
  const track: DocTrack | null = since
    ? {
        before: { ...cleanAllText(since.document), comments: [], review: doc.review },
        tracker: new Tracker(cleanText(since.author), since.date, comments.options.length),
      }
    : null;

  const main: BodyChild[] = [
    headerTable(doc, width, track),
    ...titleBlock(doc, width, track),
    ...addresseeBlock(doc, width),
    ...legalBasisParagraphs(doc, track),
    ...bodyBlocks(doc.body, width, comments, track ? { before: track.before.body, tracker: track.tracker } : null),
    closingParagraph(doc, comments, track),
    signatureTable(doc, width, track),
  ];

  return new Document({
    creator: 'VanBan Studio',
    title: doc.summary.replace(/\n/g, ' '),
    styles: DOCUMENT_STYLES,
    comments: { children: comments.options },
    sections: [
      { ...sectionOptions(portrait, true), children: main },
      ...appendixParts(doc, comments, track).map((part) => ({ ...sectionOptions(part.geometry, false), children: part.children })),
    ],
  });
}

/** The DOCX file for a document, as bytes. */
export async function writeDocx(doc: VanBanDocument, options: DocxWriteOptions = {}): Promise<Uint8Array> {
  return Packer.pack(buildDocx(doc, options), 'uint8array');
}
