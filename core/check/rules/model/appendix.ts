/** Appendices: each has a title and is referred to from the body. */
import type { VanBanDocument } from '../../../model/types';
import { appendixHeading } from '../../../numbering/numbering';
import { finding } from '../../catalog';
import { bodyText } from '../../text-utils';
import type { Finding } from '../../types';
import { referencedAppendices } from '../appendix-references';

export function checkAppendices(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const count = doc.appendices.length;
  if (count === 0) return out;
  const text = [...doc.legalBasis, bodyText(doc.body), doc.closing].join('\n');
  const referenced = referencedAppendices(text, count);
  doc.appendices.forEach((appendix, index) => {
    const heading = appendixHeading(index, count).replace('PHỤ LỤC', 'Phụ lục');
    if (!appendix.title.trim()) {
      out.push(finding('appendix.title-missing', { part: 'appendix', path: `appendices.${index}.title` }, { index: index + 1 }));
    }
    if (!referenced.has(index)) {
      out.push(finding('appendix.unreferenced', { part: 'appendix', path: `appendices.${index}`, text: heading }, { appendix: heading }));
    }
  });
  return out;
}
