/** Template placeholders ("[Tên kế hoạch]") left in any text of the document. */
import type { VanBanDocument } from '../../../model/types';
import { finding } from '../../catalog';
import { plain, walkBody } from '../../text-utils';
import type { Finding, FindingLocation } from '../../types';

/** "[Tên kế hoạch]": square brackets around at least two characters, on one line. */
export const PLACEHOLDER = /\[[^\]\n]{2,}\]/u;

export function checkPlaceholders(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const test = (text: string, location: FindingLocation): void => {
    const match = PLACEHOLDER.exec(text);
    if (match) out.push(finding('text.placeholder', { ...location, text }, { text: match[0] }));
  };
  const { header } = doc;
  for (const field of ['parentAgency', 'issuingAgency', 'issuingAgencyInText', 'agencyCode', 'unitCode', 'place'] as const) {
    test(header[field], { part: 'header', path: `header.${field}` });
  }
  test(doc.summary, { part: 'title', path: 'summary' });
  doc.addressees.forEach((line, i) => test(line, { part: 'title', path: `addressees.${i}` }));
  doc.legalBasis.forEach((line, i) => test(line, { part: 'body', path: `legalBasis.${i}` }));
  const blocks = (list: typeof doc.body, part: 'body' | 'appendix') =>
    walkBody(list, (block) => {
      if (block.type === 'table') {
        const cells = [...block.table.headerRows, ...block.table.rows].flat();
        const text = cells.map((cell) => cell.paragraphs.map(plain).join('\n')).find((t) => PLACEHOLDER.test(t));
        if (text) test(text, { part, blockId: block.id });
      } else {
        test(plain(block.content), { part, blockId: block.id });
      }
    });
  blocks(doc.body, 'body');
  test(doc.closing, { part: 'body', path: 'closing' });
  const { signature } = doc;
  for (const field of ['collective', 'headTitle', 'signerTitle', 'signerName'] as const) {
    test(signature[field], { part: 'signature', path: `signature.${field}` });
  }
  doc.recipients.forEach((line, i) => test(line, { part: 'recipients', path: `recipients.${i}` }));
  test(doc.archive, { part: 'recipients', path: 'archive' });
  doc.appendices.forEach((appendix, i) => {
    test(appendix.title, { part: 'appendix', path: `appendices.${i}.title` });
    blocks(appendix.body, 'appendix');
  });
  return out;
}
