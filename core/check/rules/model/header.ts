/** Header fields: the issuing agency (CAPS), secrecy and urgency marks, Party or state layout. */
import type { VanBanDocument } from '../../../model/types';
import { upperVi } from '../../../model/text';
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import { isCaps, wordPattern } from '../../text-utils';
import type { Finding } from '../../types';

/** Party committees and bodies ("TỈNH ỦY", "ĐẢNG ỦY KHỐI…"). */
const PARTY_BODY = wordPattern(['ĐẢNG', 'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY', 'ĐẢNG ỦY', 'ĐẢNG BỘ', 'CHI BỘ', 'TRUNG ƯƠNG ĐẢNG']);
/** State bodies ("ỦY BAN NHÂN DÂN", "UBND", "SỞ …"). */
const STATE_BODY = wordPattern(['ỦY BAN NHÂN DÂN', 'UBND', 'HỘI ĐỒNG NHÂN DÂN', 'HĐND', 'SỞ', 'BỘ', 'CHÍNH PHỦ']);

/** Old-style tone placement ("UỶ") read as the new one ("ỦY"). */
function agencyWords(text: string): string {
  return upperVi(text).replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();
}

export function checkHeader(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { header } = doc;
  if (!header.issuingAgency.trim()) out.push(finding('header.agency-missing', { part: 'header', path: 'header.issuingAgency' }));
  for (const field of ['parentAgency', 'issuingAgency'] as const) {
    const value = header[field].trim();
    if (value && !isCaps(value)) {
      out.push(
        finding('header.agency-caps', { part: 'header', path: `header.${field}`, text: value }, { text: value }, (d) => ({
          ...d,
          header: { ...d.header, [field]: upperVi(d.header[field]) },
        })),
      );
    }
  }
  const marks: [string | null, readonly string[], string][] = [
    [header.secrecy, DECREE30.secrecyMarks, 'header.secrecy'],
    [header.urgency, DECREE30.urgencyMarks, 'header.urgency'],
  ];
  for (const [mark, allowed, path] of marks) {
    if (mark !== null && !allowed.includes(mark)) {
      out.push(finding('marks.value', { part: 'header', path, text: String(mark) }, { text: String(mark), allowed: allowed.join(', ') }));
    }
  }
  const agencies = [header.parentAgency, header.issuingAgency].map(agencyWords).filter(Boolean);
  if (doc.variant === 'state') {
    const party = agencies.find((name) => PARTY_BODY.test(name));
    if (party) out.push(finding('variant.party-agency', { part: 'header', path: 'variant', text: party }, { text: party }));
  } else if (!agencies.some((name) => PARTY_BODY.test(name))) {
    const state = agencies.find((name) => STATE_BODY.test(name));
    if (state) out.push(finding('variant.state-agency', { part: 'header', path: 'variant', text: state }, { text: state }));
  }
  return out;
}
