/** Header fields only the editor has: the secrecy and urgency marks chosen (the page shows any text). */
import type { VanBanDocument } from '../../../model/types';
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { Finding } from '../../types';

export function checkMarks(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { header } = doc;
  const marks: [string | null, readonly string[], string][] = [
    [header.secrecy, DECREE30.secrecyMarks, 'header.secrecy'],
    [header.urgency, DECREE30.urgencyMarks, 'header.urgency'],
  ];
  for (const [mark, allowed, path] of marks) {
    if (mark !== null && !allowed.includes(mark)) {
      out.push(finding('marks.value', { part: 'header', path, text: String(mark) }, { text: String(mark), allowed: allowed.join(', ') }));
    }
  }
  return out;
}
