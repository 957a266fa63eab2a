/**
 * Styles: the decree's font, colour and language, and the body paragraph's layout, as document
 * defaults (so body text needs no properties of its own), and the two other paragraph styles the
 * writer uses. Formatting lives in styles (what Word users expect, and cheap to write); runs carry
 * only the language and what differs from their paragraph's style.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { DECREE30 } from '../rules/decree30';
import { mmToTwip, ptToHalfPoints, ptToTwip } from './units';

const { family, color, language } = DECREE30.font;
const { body, appendix } = DECREE30;

/** The font in all four slots (ascii, hAnsi, cs, eastAsia). */
export const FONT_ALL_SLOTS = { ascii: family, hAnsi: family, cs: family, eastAsia: family } as const;

export const STYLE = {
  /** A line in the header, title block, signature or appendix heading: centred, no indent or spacing. */
  line: 'VbLine',
  /** A paragraph in a table cell. */
  cell: 'VbCell',
} as const;

/** Body text is the default paragraph (Normal): justified, first-line indent, 6 pt after, single spacing. */
const BODY_PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: mmToTwip(body.firstLineIndentMm) },
  spacing: { before: 0, after: ptToTwip(body.spacingAfterPt), line: Math.round(240 * body.lineSpacing), lineRule: LineRuleType.AUTO },
};

/** Undoes the body's indent and spacing in styles that are not body text. */
const NO_INDENT = { left: 0, right: 0, firstLine: 0 };

const fontRun = (sizePt: number) => ({ font: FONT_ALL_SLOTS, size: ptToHalfPoints(sizePt), color, language: { value: language, eastAsia: language } });

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: fontRun(body.size), paragraph: BODY_PARAGRAPH },
  },
  paragraphStyles: [
    {
      id: STYLE.line,
      name: 'VanBan Line',
      basedOn: 'Normal',
      run: fontRun(body.size),
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.cell,
      name: 'VanBan Table Cell',
      basedOn: 'Normal',
      run: fontRun(appendix.tableSize),
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: { before: ptToTwip(2), after: ptToTwip(2), line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};
