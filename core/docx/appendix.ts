/**
 * Appendices: each in its own section (landscape unless the appendix says otherwise) with the
 * heading, the CAPS title, the italic reference line "(Kèm theo …)" and a short rule, then its body.
 */
import type { VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { appendixHeading } from '../numbering/numbering';
import { formatAppendixReference } from '../format/appendix-reference';
import { upperVi } from '../model/text';
import { bodyBlocks, type BodyChild } from './body';
import type { CommentPlan } from './comments';
import { ruleParagraph, textLine } from './paragraphs';
import { pageGeometry, type PageGeometry } from './units';

export interface AppendixPart {
  geometry: PageGeometry;
  children: BodyChild[];
}

export function appendixParts(doc: VanBanDocument, comments: CommentPlan): AppendixPart[] {
  const { headingSize, titleSize, referenceSize } = DECREE30.appendix;
  const reference = formatAppendixReference(doc);
  return doc.appendices.map((appendix, index) => {
    const geometry = pageGeometry(appendix.landscape);
    const width = geometry.textWidth;
    const children: BodyChild[] = [
      textLine(appendixHeading(index, doc.appendices.length), { size: headingSize, bold: true }, { keepNext: true }),
      ...appendix.title
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => textLine(upperVi(line), { size: titleSize, bold: true }, { keepNext: true })),
      textLine(reference, { size: referenceSize, italic: true }, { keepNext: true }),
      ruleParagraph(Math.round(width / 8), width, 12),
      ...bodyBlocks(appendix.body, width, comments),
    ];
    return { geometry, children };
  });
}
