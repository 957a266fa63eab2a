/** Appendices of a DOCX: each "PHỤ LỤC" heading is referred to from the body. */
import { finding } from '../../catalog';
import type { DocxView } from '../../docx/view';
import type { Finding } from '../../types';
import { referencedAppendices } from '../appendix-references';
import { locationOf } from './elements';

export function checkAppendixReferences(view: DocxView): Finding[] {
  const headings = view.paragraphs.filter((p) => p.role === 'appendixHeading');
  if (headings.length === 0) return [];
  const body = view.paragraphs.filter((p) => p.part === 'body' || p.part === 'title').map((p) => p.text).join('\n');
  const referenced = referencedAppendices(body, headings.length);
  return headings
    .filter((_, index) => !referenced.has(index))
    .map((p) => finding('appendix.unreferenced', locationOf(p), { appendix: p.text.replace(/^PHỤ LỤC/u, 'Phụ lục') }));
}
