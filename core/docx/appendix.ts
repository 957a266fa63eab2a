/**
 * Appendices: each in its own section (landscape unless the appendix says otherwise) with the
 * heading, the CAPS title, the italic reference line "(Kèm theo …)" and a short rule, then its body.
 *
 * In a tracked-changes copy the appendices of both versions are matched by id: an added appendix
 * is all inserted, a removed one all deleted (its section stays, empty, when the changes are
 * accepted), a kept one shows the changes of its heading, title, reference line and body.
 */
import type { Appendix, VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { appendixHeading } from '../numbering/numbering';
import { formatAppendixReference } from '../format/appendix-reference';
import { upperVi } from '../model/text';
import { bodyBlocks, type BodyChild } from './body';
import type { CommentPlan } from './comments';
import { ruleParagraph, trackedLines, type DocTrack } from './paragraphs';
import { alignPairs } from './align';
import { pageGeometry, type PageGeometry } from './units';

export interface AppendixPart {
  geometry: PageGeometry;
  children: BodyChild[];
}

/** An appendix with what is printed above its body, in one version of the document. */
interface Placed {
  appendix: Appendix;
  heading: string;
  title: string[];
  reference: string;
}

function placed(doc: VanBanDocument): Placed[] {
  return doc.appendices.map((appendix, index) => ({
    appendix,
    heading: appendixHeading(index, doc.appendices.length),
    title: appendix.title
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map(upperVi),
    reference: formatAppendixReference(doc, appendix),
  }));
}

export function appendixParts(doc: VanBanDocument, comments: CommentPlan, track: DocTrack | null = null): AppendixPart[] {
  const { headingSize, titleSize, referenceSize } = DECREE30.appendix;
  const pairs = track
    ? alignPairs(placed(track.before), placed(doc), (a, b) => a.appendix.id === b.appendix.id, false)
    : placed(doc).map((after) => ({ before: undefined, after }));
  return pairs.map(({ before, after }) => {
    const shown = (after ?? before)!;
    const geometry = pageGeometry(shown.appendix.landscape);
    const width = geometry.textWidth;
    // Lines of the appendix in each version (trackedLines asks for both): none where it is missing.
    const lines = (pick: (entry: Placed) => string[]) => (version: VanBanDocument) =>
      version === doc ? (after ? pick(after) : []) : before ? pick(before) : [];
    const children: BodyChild[] = [
      ...trackedLines(doc, track, lines((entry) => [entry.heading]), { size: headingSize, bold: true }, () => ({ keepNext: true })),
      ...trackedLines(doc, track, lines((entry) => entry.title), { size: titleSize, bold: true }, () => ({ keepNext: true })),
      ...trackedLines(doc, track, lines((entry) => [entry.reference]), { size: referenceSize, italic: true }, () => ({ keepNext: true })),
      ruleParagraph(Math.round(width / 8), width, 12),
      ...bodyBlocks(after?.appendix.body ?? [], width, comments, track ? { before: before?.appendix.body ?? [], tracker: track.tracker } : null),
    ];
    return { geometry, children };
  });
}
