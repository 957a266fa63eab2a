/** Party or state layout: the header's agencies say which one the document must use. */
import { upperVi } from '../../../model/text';
import { finding } from '../../catalog';
import { wordPattern } from '../../text-utils';
import type { DocxView } from '../../view/view';
import type { Finding } from '../../types';

/** Party committees and bodies ("TỈNH ỦY", "ĐẢNG ỦY KHỐI…"). */
const PARTY_BODY = wordPattern(['ĐẢNG', 'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY', 'ĐẢNG ỦY', 'ĐẢNG BỘ', 'CHI BỘ', 'TRUNG ƯƠNG ĐẢNG']);
/** State bodies ("ỦY BAN NHÂN DÂN", "UBND", "SỞ …"). */
const STATE_BODY = wordPattern(['ỦY BAN NHÂN DÂN', 'UBND', 'HỘI ĐỒNG NHÂN DÂN', 'HĐND', 'SỞ', 'BỘ', 'CHÍNH PHỦ']);

/** Old-style tone placement ("UỶ") read as the new one ("ỦY"). */
function agencyWords(text: string): string {
  return upperVi(text).replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();
}

export function checkVariant(view: DocxView): Finding[] {
  const agencies = view.paragraphs.filter((p) => p.part === 'header' && (p.role === 'parentAgency' || p.role === 'issuingAgency') && p.text);
  const names = agencies.map((p) => agencyWords(p.text));
  const location = (i: number) => ({ part: 'header' as const, paragraphIndex: agencies[i].index, text: agencies[i].text });
  if (!view.party) {
    const i = names.findIndex((name) => PARTY_BODY.test(name));
    return i >= 0 ? [finding('variant.party-agency', location(i), { text: names[i] })] : [];
  }
  if (names.some((name) => PARTY_BODY.test(name))) return [];
  const i = names.findIndex((name) => STATE_BODY.test(name));
  return i >= 0 ? [finding('variant.state-agency', location(i), { text: names[i] })] : [];
}
