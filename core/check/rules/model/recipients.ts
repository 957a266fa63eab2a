/** "Nơi nhận": recipients present, the archive line ("Lưu: VT, …"), "Như trên" for letters. */
import type { VanBanDocument } from '../../../model/types';
import { bareRecipient } from '../../../format/recipients';
import { finding } from '../../catalog';
import type { Finding } from '../../types';

const SAME_AS_ABOVE = /^như trên$/iu;

function archiveUnits(archive: string): string {
  return bareRecipient(archive).replace(/^Lưu\s*:?\s*/iu, '').trim();
}

export function checkRecipients(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const recipients = doc.recipients.map(bareRecipient);
  if (recipients.every((line) => !line)) out.push(finding('recipients.missing', { part: 'recipients', path: 'recipients' }));
  const units = archiveUnits(doc.archive);
  if (!units) {
    out.push(finding('recipients.archive-missing', { part: 'recipients', path: 'archive' }, {}, (d) => ({ ...d, archive: 'VT' })));
  } else if (doc.variant === 'state' && !/^VT(?![\p{L}])/u.test(units)) {
    out.push(
      finding('recipients.archive-vt', { part: 'recipients', path: 'archive', text: units }, { text: units }, (d) => ({
        ...d,
        archive: `VT, ${archiveUnits(d.archive)}`,
      })),
    );
  }
  const hasAddressees = doc.addressees.some((name) => name.trim());
  const sameIndex = recipients.findIndex((line) => SAME_AS_ABOVE.test(line));
  if (hasAddressees && sameIndex < 0) {
    out.push(
      finding('recipients.same-as-above', { part: 'recipients', path: 'recipients' }, {}, (d) => ({
        ...d,
        recipients: ['Như trên', ...d.recipients],
      })),
    );
  }
  if (!hasAddressees && sameIndex >= 0) {
    out.push(
      finding('recipients.same-as-above-stray', { part: 'recipients', path: `recipients.${sameIndex}`, text: doc.recipients[sameIndex] }, {}, (d) => ({
        ...d,
        recipients: d.recipients.filter((line) => !SAME_AS_ABOVE.test(bareRecipient(line))),
      })),
    );
  }
  return out;
}
