/** Number and code fields: the agency and unit abbreviations are the clerk's to type. */
import type { VanBanDocument } from '../../../model/types';
import { formatCode } from '../../../format/number-code';
import { documentTypeById } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { Finding } from '../../types';

const YEAR = /(?:19|20)\d{2}/;
/** A code group: letters (Đ included) and digits, nothing else. */
const GROUP = /^[\p{L}\p{N}]+$/u;

function codeText(doc: VanBanDocument): string {
  return documentTypeById(doc.kind) ? formatCode(doc.kind, doc.variant, doc.header) : `${doc.header.agencyCode}`;
}

export function checkNumberAndCode(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { header } = doc;
  if (header.number === null) out.push(finding('number.blank', { part: 'header', path: 'header.number' }));
  if (!header.agencyCode.trim()) out.push(finding('code.agency-missing', { part: 'header', path: 'header.agencyCode' }));
  for (const field of ['agencyCode', 'unitCode'] as const) {
    const value = header[field].trim();
    if (!value) continue;
    const location = { part: 'header' as const, path: `header.${field}`, text: value };
    if (YEAR.test(value)) out.push(finding('code.year', location, { code: codeText(doc) }));
    else if (!value.split('-').every((group) => GROUP.test(group))) out.push(finding('code.form', location, { code: codeText(doc) }));
  }
  return out;
}
