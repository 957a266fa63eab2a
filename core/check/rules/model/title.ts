/** The summary (trích yếu) and a letter's addressees. */
import type { VanBanDocument } from '../../../model/types';
import { documentTypeById } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { Finding } from '../../types';

const VV_PREFIX = /^\s*(?:V\/v|Về việc)(?![\p{L}])[\s:.]*/iu;

const REASON_TYPED = { vi: 'văn bản có tên loại không dùng “V/v”', en: 'typed documents never use “V/v”' };
const REASON_LETTER = { vi: '“V/v” được thêm tự động', en: '“V/v” is added automatically' };

export function isLetter(doc: VanBanDocument): boolean {
  return documentTypeById(doc.kind)?.typeName === null;
}

export function checkTitle(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const summary = doc.summary.trim();
  const location = { part: 'title' as const, path: 'summary', text: summary };
  if (!summary) {
    out.push(finding('summary.missing', { part: 'title', path: 'summary' }));
  } else {
    if (VV_PREFIX.test(summary)) {
      out.push(
        finding('summary.vv-prefix', location, { reason: isLetter(doc) ? REASON_LETTER : REASON_TYPED, text: summary }, (d) => ({
          ...d,
          summary: d.summary.replace(VV_PREFIX, ''),
        })),
      );
    }
    if (/[^.]\.$/u.test(summary)) {
      out.push(finding('summary.trailing-period', location, { text: summary }, (d) => ({ ...d, summary: d.summary.trim().replace(/\.$/, '') })));
    }
  }
  if (isLetter(doc) && doc.addressees.every((name) => !name.trim())) {
    out.push(finding('addressees.missing', { part: 'title', path: 'addressees' }));
  }
  return out;
}
