/** Appendices: each heading has a title (on its line or under it) and the body refers to it. */
import { parseAppendixHeading } from '../../../rules/appendix-forms';
import { finding } from '../../catalog';
import type { DocxView } from '../../view/view';
import type { Finding } from '../../types';
import { referencedAppendices } from '../appendix-references';
import { locationOf } from './elements';

export function checkAppendices(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const appendix = view.paragraphs.filter((p) => p.part === 'appendix' && !p.inTable && p.text);
  const headings = appendix.filter((p) => p.role === 'appendixHeading');
  if (headings.length === 0) return out;
  const numbers = headings.map((p, i) => parseAppendixHeading(p.text)?.value ?? i + 1);
  const body = view.paragraphs.filter((p) => p.part === 'body' || p.part === 'title').map((p) => p.text).join('\n');
  const referenced = referencedAppendices(body, numbers);
  headings.forEach((p, i) => {
    const heading = parseAppendixHeading(p.text)!;
    const next = appendix[appendix.indexOf(p) + 1];
    if (!heading.title && next?.role !== 'appendixTitle') out.push(finding('appendix.title-missing', locationOf(p), { index: i + 1 }));
    if (!referenced.has(numbers[i])) {
      const name = `Phụ lục${heading.numeral ? ` ${heading.numeral}` : ''}`;
      out.push(finding('appendix.unreferenced', locationOf(p), { appendix: name }));
    }
  });
  return out;
}
