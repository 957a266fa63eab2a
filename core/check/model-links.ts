/**
 * Where each paragraph of our own export of a document comes from in the document: a header
 * field, the summary, a body block, a signature field, a recipient, an appendix. The checker
 * reads a .vanban through that export, so its findings are the DOCX findings; these links turn
 * their places back into fields and blocks the editor can go to and fix.
 */
import type { BodyBlock, VanBanDocument } from '../model/types';
import { upperVi } from '../model/text';
import { bareRecipient } from '../format/recipients';
import type { FindingLocation } from './types';
import { plain, walkBody } from './text-utils';
import type { DocxView, ViewParagraph } from './view/view';

export type ModelPlace = Pick<FindingLocation, 'part' | 'path' | 'blockId'>;

const norm = (text: string) => upperVi(text.normalize('NFC')).replace(/\s+/gu, ' ').trim();

/** Text blocks of a body (tables as one block holding all their cell text), in reading order. */
function blockTexts(blocks: readonly BodyBlock[]): { id: string; text: string; table: boolean }[] {
  const out: { id: string; text: string; table: boolean }[] = [];
  walkBody(blocks, (block) => {
    if (block.type === 'table') {
      const cells = [...block.table.headerRows, ...block.table.rows].flat().flatMap((cell) => cell.paragraphs.map(plain));
      out.push({ id: block.id, text: norm(cells.join('\n')), table: true });
    } else out.push({ id: block.id, text: norm(plain(block.content)), table: false });
  });
  return out;
}

/** Matches paragraphs to blocks in order: a paragraph shows its block's text after the number the writer puts before it. */
function linkBlocks(paragraphs: readonly ViewParagraph[], blocks: readonly BodyBlock[], part: 'body' | 'appendix', out: Map<number, ModelPlace>): void {
  const texts = blockTexts(blocks);
  let cursor = 0;
  for (const p of paragraphs) {
    const text = norm(p.text);
    if (!text) continue;
    for (let i = cursor; i < texts.length; i++) {
      const block = texts[i];
      // A block without words prints as its number alone ("-", "2.").
      const bare = block.text === '' && /^(?:[IVXLC]+\.|\d{1,3}\.|[a-zđ]\)|[-+–])$/u.test(p.text.trim());
      const hit = block.table ? p.inTable && block.text.includes(text) : !p.inTable && (bare || (block.text !== '' && text.endsWith(block.text)));
      if (hit) {
        out.set(p.index, { part, blockId: block.id });
        cursor = block.table ? i : i + 1;
        break;
      }
    }
  }
}

function linkSignature(view: DocxView, doc: VanBanDocument, out: Map<number, ModelPlace>): void {
  const { signature } = doc;
  const fields = (['collective', 'headTitle', 'signerTitle'] as const).filter((field) => signature[field].trim());
  for (const p of view.paragraphs.filter((q) => q.part === 'signature')) {
    if (p.role === 'signerName') out.set(p.index, { part: 'signature', path: 'signature.signerName' });
    if (p.role !== 'signatureTitle') continue;
    const text = norm(p.text);
    const field = fields.find((f) => text.endsWith(norm(signature[f])));
    out.set(p.index, { part: 'signature', path: `signature.${field ?? 'headTitle'}` });
  }
}

function linkRecipients(view: DocxView, doc: VanBanDocument, out: Map<number, ModelPlace>): void {
  const recipients = doc.recipients.map((line, i) => ({ i, text: norm(bareRecipient(line)) })).filter((r) => r.text);
  let cursor = 0;
  for (const p of view.paragraphs.filter((q) => q.part === 'recipients')) {
    if (p.role === 'recipientsLabel') out.set(p.index, { part: 'recipients', path: 'recipients' });
    if (p.role !== 'recipientsList') continue;
    if (/^-?\s*Lưu(?![\p{L}])/u.test(p.text)) {
      out.set(p.index, { part: 'recipients', path: 'archive' });
      continue;
    }
    const text = norm(bareRecipient(p.text));
    const at = recipients.findIndex((r, k) => k >= cursor && r.text === text);
    if (at >= 0) cursor = at + 1;
    out.set(p.index, { part: 'recipients', path: at >= 0 ? `recipients.${recipients[at].i}` : 'recipients' });
  }
}

const HEADER_PATHS: Record<string, string> = {
  parentAgency: 'header.parentAgency',
  issuingAgency: 'header.issuingAgency',
  number: 'header.number',
  placeDate: 'header.date',
  letterSummary: 'summary',
  summary: 'summary',
  typeName: 'kind',
};

/** Each linked paragraph's place in the document, by paragraph index. */
export function modelPlaces(view: DocxView, doc: VanBanDocument): Map<number, ModelPlace> {
  const out = new Map<number, ModelPlace>();
  const addressees = doc.addressees.map((line, i) => ({ i, text: norm(line) })).filter((a) => a.text);
  let legal = 0;
  for (const p of view.paragraphs) {
    const path = HEADER_PATHS[p.role];
    if ((p.part === 'header' || p.part === 'title') && path) out.set(p.index, { part: p.part, path });
    else if (p.role === 'mark') out.set(p.index, { part: 'header', path: norm(doc.header.secrecy ?? '') === norm(p.text) ? 'header.secrecy' : 'header.urgency' });
    else if (p.role === 'addressee') {
      const hit = addressees.find((a) => norm(p.text).includes(a.text));
      out.set(p.index, { part: 'title', path: hit ? `addressees.${hit.i}` : 'addressees' });
    } else if (p.part === 'body' && p.role === 'legalBasis') {
      out.set(p.index, { part: 'body', path: `legalBasis.${legal}` });
      legal += 1;
    }
  }
  const body = view.paragraphs.filter((p) => p.part === 'body' && p.role !== 'legalBasis');
  linkBlocks(body, doc.body, 'body', out);
  const closing = body.filter((p) => !p.inTable && p.text).pop();
  if (closing && !out.has(closing.index)) out.set(closing.index, { part: 'body', path: 'closing' });
  linkSignature(view, doc, out);
  linkRecipients(view, doc, out);
  // Appendices: each heading opens the next one; its heading and title lines are its title field.
  let appendix = -1;
  const groups: ViewParagraph[][] = [];
  for (const p of view.paragraphs.filter((q) => q.part === 'appendix')) {
    if (p.role === 'appendixHeading') {
      appendix += 1;
      groups.push([]);
    }
    if (appendix < 0 || appendix >= doc.appendices.length) continue;
    if (p.role === 'appendixHeading' || p.role === 'appendixTitle' || p.role === 'appendixReference') out.set(p.index, { part: 'appendix', path: `appendices.${appendix}.title` });
    else groups[appendix].push(p);
  }
  groups.forEach((list, i) => {
    if (i < doc.appendices.length) linkBlocks(list, doc.appendices[i].body, 'appendix', out);
  });
  return out;
}
