/** Reading an imported document back as text, for "nothing dropped" and structure checks. */
import type { BodyBlock, InlineText, VanBanDocument } from '../../../core/model/types';

export const runsText = (runs: InlineText[]) => runs.map((r) => r.text).join('');

/** Body blocks in reading order (pre-order), with their kind and text. */
export function flatten(blocks: BodyBlock[]): { kind: BodyBlock['type']; text: string }[] {
  const out: { kind: BodyBlock['type']; text: string }[] = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      out.push({ kind: 'table', text: [...b.table.headerRows, ...b.table.rows].flatMap((r) => r.flatMap((c) => c.paragraphs.map(runsText))).join('\n') });
    } else {
      out.push({ kind: b.type, text: runsText(b.content) });
      if ('children' in b) out.push(...flatten(b.children));
    }
  }
  return out;
}

/** Every piece of text the document holds, in reading order, one string. */
export function documentText(doc: VanBanDocument): string {
  const h = doc.header;
  const parts = [
    h.parentAgency,
    h.issuingAgency,
    String(h.number ?? ''),
    h.agencyCode,
    h.unitCode,
    h.place,
    doc.summary,
    ...doc.addressees,
    ...doc.legalBasis,
    ...flatten(doc.body).map((b) => b.text),
    doc.closing,
    ...doc.recipients,
    doc.archive,
    doc.signature.collective,
    doc.signature.headTitle,
    doc.signature.signerTitle,
    doc.signature.signerName,
    ...doc.appendices.flatMap((a) => [a.title, ...flatten(a.body).map((b) => b.text)]),
  ];
  return parts.join('\n');
}

/** Letters and digits only, lower case: compares text regardless of markers, punctuation and spacing. */
export function letters(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when each source paragraph's letters occur in the document's letters, in order. Markers
 * (I., 1., a), -) and the fixed lines the writer regenerates are stripped from the source first.
 */
export function containsInOrder(doc: VanBanDocument, sourceParagraphs: string[]): { missing: string[] } {
  const haystack = letters(documentText(doc));
  let from = 0;
  const missing: string[] = [];
  for (const paragraph of sourceParagraphs) {
    const needle = letters(stripMarker(paragraph));
    if (!needle) continue;
    const at = haystack.indexOf(needle, from);
    if (at < 0) missing.push(paragraph);
    else from = at + needle.length;
  }
  return { missing };
}

/** Text the importer turns into fields the writer regenerates: markers, labels, fixed phrases. */
export function stripMarker(text: string): string {
  return text
    .replace(/^\s*(?:[IVXLC]+\.|\d+\.|[a-zđ]\)|[-–+•])\s*/u, '')
    .replace(/^(Số\s*:?|V\/v|Kính gửi\s*:?|Nơi nhận\s*:?|PHỤ LỤC\b)\s*/u, '')
    .replace(/^-?\s*Lưu\s*:?/u, '')
    .replace(/^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+/u, '')
    .replace(/\.\/\.\s*$/u, '');
}
