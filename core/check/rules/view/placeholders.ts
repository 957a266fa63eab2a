/** Template placeholders ("[Tên kế hoạch]") left in any paragraph of a DOCX. */
import { finding } from '../../catalog';
import type { DocxView } from '../../view/view';
import type { Finding } from '../../types';
import { locationOf } from './elements';

/** "[Tên kế hoạch]": square brackets around at least two characters, on one line. */
export const PLACEHOLDER = /\[[^\]\n]{2,}\]/u;

export function checkPlaceholderText(view: DocxView): Finding[] {
  const out: Finding[] = [];
  for (const p of view.paragraphs) {
    const match = p.text ? PLACEHOLDER.exec(p.text) : null;
    if (match) out.push(finding('text.placeholder', locationOf(p), { text: match[0] }));
  }
  return out;
}
