/**
 * Paragraph and run properties read from w:pPr / w:rPr, each field undefined when the element
 * does not set it, so layers (defaults → styles → direct) merge by plain override.
 */
import { child, val, type XmlElement } from './xml';

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  /** w:rFonts — the font names actually used for Latin text are ascii and hAnsi. */
  fontAscii?: string;
  fontHAnsi?: string;
  fontEastAsia?: string;
  fontCs?: string;
  /** Size in half-points (w:sz): 28 = 14 pt. */
  sizeHalfPoints?: number;
  color?: string;
  vertAlign?: 'superscript' | 'subscript' | 'baseline';
  characterStyleId?: string;
}

export type Alignment = 'left' | 'center' | 'right' | 'both' | 'distribute';

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

export interface ParagraphProps {
  styleId?: string;
  alignment?: Alignment;
  /** Twips (1/20 pt). */
  indentLeft?: number;
  indentRight?: number;
  /** Positive: first-line indent; negative: hanging indent. */
  indentFirstLine?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** w:spacing/@w:line and @w:lineRule ("auto": 240 = single). */
  spacingLine?: number;
  spacingLineRule?: string;
  numbering?: NumberingRef | null;
  outlineLevel?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

/** On/off elements: <w:b/>, <w:b w:val="0"/>, <w:b w:val="false"/>. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const v = element.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off');
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const fonts = child(rPr, 'w:rFonts');
  const u = val(rPr, 'w:u');
  const vert = val(rPr, 'w:vertAlign');
  return defined({
    bold: onOff(child(rPr, 'w:b')),
    italic: onOff(child(rPr, 'w:i')),
    underline: u === undefined ? undefined : u !== 'none',
    strike: onOff(child(rPr, 'w:strike')),
    caps: onOff(child(rPr, 'w:caps')),
    smallCaps: onOff(child(rPr, 'w:smallCaps')),
    fontAscii: fonts?.attrs['w:ascii'],
    fontHAnsi: fonts?.attrs['w:hAnsi'],
    fontEastAsia: fonts?.attrs['w:eastAsia'],
    fontCs: fonts?.attrs['w:cs'],
    sizeHalfPoints: int(val(rPr, 'w:sz')),
    color: val(rPr, 'w:color'),
    vertAlign: vert === 'superscript' || vert === 'subscript' || vert === 'baseline' ? vert : undefined,
    characterStyleId: val(rPr, 'w:rStyle'),
  });
}

function alignment(value: string | undefined): Alignment | undefined {
  switch (value) {
    case 'left':
    case 'start':
      return 'left';
    case 'right':
    case 'end':
      return 'right';
    case 'center':
      return 'center';
    case 'both':
    case 'justify':
      return 'both';
    case 'distribute':
      return 'distribute';
    default:
      return undefined;
  }
}

export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps {
  if (!pPr) return {};
  const ind = child(pPr, 'w:ind');
  const spacing = child(pPr, 'w:spacing');
  const numPr = child(pPr, 'w:numPr');
  let numbering: NumberingRef | null | undefined;
  if (numPr) {
    const numId = val(numPr, 'w:numId');
    // numId 0 explicitly removes numbering inherited from a style.
    numbering = numId === undefined ? undefined : numId === '0' ? null : { numId, ilvl: int(val(numPr, 'w:ilvl')) ?? 0 };
  }
  const hanging = int(ind?.attrs['w:hanging']);
  const firstLine = int(ind?.attrs['w:firstLine']);
  return defined({
    styleId: val(pPr, 'w:pStyle'),
    alignment: alignment(val(pPr, 'w:jc')),
    indentLeft: int(ind?.attrs['w:left'] ?? ind?.attrs['w:start']),
    indentRight: int(ind?.attrs['w:right'] ?? ind?.attrs['w:end']),
    indentFirstLine: hanging !== undefined ? -hanging : firstLine,
    spacingBefore: int(spacing?.attrs['w:before']),
    spacingAfter: int(spacing?.attrs['w:after']),
    spacingLine: int(spacing?.attrs['w:line']),
    spacingLineRule: spacing?.attrs['w:lineRule'],
    numbering,
    outlineLevel: int(val(pPr, 'w:outlineLvl')),
    keepNext: onOff(child(pPr, 'w:keepNext')),
    pageBreakBefore: onOff(child(pPr, 'w:pageBreakBefore')),
  });
}
