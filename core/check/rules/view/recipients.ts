/** "Nơi nhận": present, one recipient a line ("- …;", the last "."), the archive line "Lưu: VT, …", "Như trên" with "Kính gửi:". */
import { finding } from '../../catalog';
import type { DocxView } from '../../view/view';
import type { Finding } from '../../types';
import { locationOf } from './elements';

const ARCHIVE = /^-?\s*Lưu(?![\p{L}])\s*:?\s*/u;
const SAME_AS_ABOVE = /^-?\s*Như trên\s*[;.,]?$/iu;

export function checkRecipientList(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const label = view.paragraphs.find((p) => p.role === 'recipientsLabel');
  if (!label) {
    out.push(finding('recipients.missing', { part: 'recipients' }));
    return out;
  }
  const lines = view.paragraphs.filter((p) => p.role === 'recipientsList' && p.text);
  // Only the archive line: the document is sent to nobody.
  if (lines.every((p) => ARCHIVE.test(p.text))) out.push(finding('recipients.missing', locationOf(label)));
  lines.forEach((p, i) => {
    const last = i === lines.length - 1;
    const ok = /^-\s\S/u.test(p.text) && (last ? /[^.]\.$/u.test(p.text) : /;$/u.test(p.text));
    if (!ok) out.push(finding('recipients.punctuation', locationOf(p), { text: p.text }));
  });
  const archive = lines.find((p) => ARCHIVE.test(p.text));
  if (!archive) out.push(finding('recipients.archive-missing', locationOf(label)));
  else {
    const units = archive.text.replace(ARCHIVE, '').replace(/[.;]$/u, '').trim();
    if (!units) out.push(finding('recipients.archive-missing', locationOf(archive)));
    else if (!view.party && !/^VT(?![\p{L}])/u.test(units)) out.push(finding('recipients.archive-vt', locationOf(archive), { text: units }));
  }
  const hasAddressees = view.paragraphs.some((p) => p.role === 'addressee' && p.text.replace(/^Kính gửi\s*:?/iu, '').trim() !== '');
  const same = lines.find((p) => SAME_AS_ABOVE.test(p.text));
  if (hasAddressees && !same) out.push(finding('recipients.same-as-above', locationOf(label)));
  if (!hasAddressees && same) out.push(finding('recipients.same-as-above-stray', locationOf(same)));
  return out;
}
