/**
 * The header block: agency lines, number and code, national title or Party title, place and
 * date, "V/v" subject, secrecy and urgency marks.
 */
import { documentTypeByAbbreviation } from '../rules/decree30';
import type { DocumentHeader, DocumentVariant, IssueDate } from '../model/types';
import {
  MOTTO,
  NATIONAL_TITLE,
  NUMBER_LINE,
  PARTY_TITLE,
  PLACE_DATE,
  SECRECY,
  SEPARATOR,
  SUBJECT,
  URGENCY,
  agencyInText,
  hasContent,
  isCaps,
  normaliseSpaces,
} from './patterns';

export interface HeaderLine {
  text: string;
  bold: boolean;
  /** 'left' / 'right' column of a header table; null when not in a table. */
  column: 'left' | 'right' | null;
}

export interface ParsedCode {
  number: number | null;
  kind: string | null;
  agencyCode: string;
  unitCode: string;
  variant: DocumentVariant | null;
}

/** "05/KH-UBND" → 5, ke-hoach, UBND; "20-KH/BTGTU" (Party) → 20, ke-hoach, BTGTU; "231/STTTT-TTBCXB" → công văn. */
export function parseCode(code: string): ParsedCode {
  const compact = code.replace(/\s+/g, '').replace(/[.;,]+$/, '');
  const party = /^([\d.…_]*)-([^/]+)\/(.+)$/u.exec(compact);
  if (party) {
    const type = documentTypeByAbbreviation(party[2]);
    const [agency, ...unit] = party[3].split('-');
    return { number: toNumber(party[1]), kind: type?.id ?? 'cong-van', agencyCode: agency, unitCode: unit.join('-'), variant: 'party' };
  }
  const state = /^([\d.…_]*)\/(.+)$/u.exec(compact);
  if (!state) return { number: toNumber(compact.split(/\D/)[0] ?? ''), kind: null, agencyCode: '', unitCode: '', variant: null };
  const groups = state[2].split('-').filter(Boolean);
  const type = groups.length > 1 ? documentTypeByAbbreviation(groups[0]) : undefined;
  if (type) return { number: toNumber(state[1]), kind: type.id, agencyCode: groups[1] ?? '', unitCode: groups.slice(2).join('-'), variant: 'state' };
  return { number: toNumber(state[1]), kind: 'cong-van', agencyCode: groups[0] ?? '', unitCode: groups.slice(1).join('-'), variant: 'state' };
}

function toNumber(text: string): number | null {
  const n = Number.parseInt(text.replace(/\D/g, ''), 10);
  return Number.isFinite(n) && n >= 1 ? n : null;
}

function datePart(text: string, min: number, max: number): number | null {
  const n = Number.parseInt(text.replace(/\D/g, ''), 10);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function parsePlaceDate(text: string): { place: string; date: IssueDate } | null {
  const m = PLACE_DATE.exec(normaliseSpaces(text));
  if (!m) return null;
  return {
    place: (m[1] ?? '').trim(),
    date: { day: datePart(m[2], 1, 31), month: datePart(m[3], 1, 12), year: datePart(m[4], 1945, 9999) },
  };
}

const ONE_AGENCY_TWO_LINES = /^(ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u;
const PLACE_LEVEL = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?=\s|$)/u;

export interface HeaderResult {
  header: Partial<DocumentHeader>;
  kind: string | null;
  variant: DocumentVariant | null;
  subject: string | null;
  recognised: string[];
  /** Lines that were not header fields (kept by the caller as body paragraphs). */
  leftovers: string[];
  /** Decorative lines (rules, stars) that carry no text. */
  decorations: string[];
}

/** Splits the agency lines into parent and issuing agency. */
function splitAgencies(lines: HeaderLine[]): { parent: string; issuing: string } {
  if (lines.length === 0) return { parent: '', issuing: '' };
  const bold = lines.filter((l) => l.bold);
  if (bold.length > 0 && bold.length < lines.length) {
    // Formatting tells: the bold lines are the issuing agency, the others its parent.
    const firstBold = lines.findIndex((l) => l.bold);
    return {
      parent: lines.slice(0, firstBold).map((l) => l.text).join(' '),
      issuing: lines.slice(firstBold).map((l) => l.text).join('\n'),
    };
  }
  if (lines.length === 1) return { parent: '', issuing: lines[0].text };
  if (ONE_AGENCY_TWO_LINES.test(lines[0].text) && PLACE_LEVEL.test(lines[1].text)) {
    return { parent: '', issuing: lines.map((l) => l.text).join('\n') };
  }
  return { parent: lines[0].text, issuing: lines.slice(1).map((l) => l.text).join('\n') };
}

/** Recognises the header from its lines (left column first, then right, or in reading order). */
export function parseHeader(lines: HeaderLine[]): HeaderResult {
  const result: HeaderResult = { header: {}, kind: null, variant: null, subject: null, recognised: [], leftovers: [], decorations: [] };
  const agencies: HeaderLine[] = [];
  let subjectLines: string[] | null = null;
  let afterNumber = false;
  for (const line of lines) {
    const text = normaliseSpaces(line.text);
    if (!text) continue;
    if (!hasContent(text) || SEPARATOR.test(text)) {
      result.decorations.push(text);
      continue;
    }
    let m: RegExpExecArray | null;
    if (NATIONAL_TITLE.test(text)) {
      result.variant ??= 'state';
      result.recognised.push('header.nationalTitle');
    } else if (MOTTO.test(text)) {
      result.recognised.push('header.motto');
    } else if (PARTY_TITLE.test(text)) {
      result.variant = 'party';
      result.recognised.push('header.partyTitle');
    } else if ((m = NUMBER_LINE.exec(text)) && /[\d/…._-]/.test(m[1])) {
      const code = parseCode(m[1]);
      result.header.number = code.number;
      result.header.agencyCode = code.agencyCode;
      result.header.unitCode = code.unitCode;
      result.kind = code.kind;
      if (code.variant === 'party') result.variant = 'party';
      result.recognised.push('header.number');
      afterNumber = true;
      subjectLines = null;
    } else if (parsePlaceDate(text) && /ngày/iu.test(text)) {
      const pd = parsePlaceDate(text)!;
      result.header.place = pd.place;
      result.header.date = pd.date;
      result.recognised.push('header.placeDate');
      subjectLines = null;
    } else if ((m = SUBJECT.exec(text))) {
      subjectLines = [m[1]];
      result.recognised.push('summary.subject');
    } else if (SECRECY.test(text.toUpperCase()) && isCaps(text)) {
      result.header.secrecy = text as DocumentHeader['secrecy'];
      result.recognised.push('header.secrecy');
    } else if (URGENCY.test(text) && isCaps(text)) {
      result.header.urgency = (text === 'HOẢ TỐC' ? 'HỎA TỐC' : text) as DocumentHeader['urgency'];
      result.recognised.push('header.urgency');
    } else if (subjectLines && line.column !== 'right') {
      subjectLines.push(text);
    } else if (isCaps(text) && !afterNumber && line.column !== 'right') {
      agencies.push({ ...line, text });
    } else {
      result.leftovers.push(text);
    }
    if (subjectLines) result.subject = subjectLines.join(' ').trim();
  }
  if (agencies.length > 0) {
    const { parent, issuing } = splitAgencies(agencies);
    result.header.parentAgency = parent;
    result.header.issuingAgency = issuing;
    result.header.issuingAgencyInText = agencyInText(issuing);
    result.recognised.push('header.issuingAgency');
    if (parent) result.recognised.push('header.parentAgency');
  }
  return result;
}

/** True when a line is clearly a header line (used to find the header in plain text). */
export function isHeaderLine(text: string): boolean {
  const t = normaliseSpaces(text);
  return (
    NATIONAL_TITLE.test(t) ||
    MOTTO.test(t) ||
    PARTY_TITLE.test(t) ||
    (NUMBER_LINE.test(t) && /\d|\//.test(t)) ||
    (PLACE_DATE.test(t) && /ngày/iu.test(t)) ||
    SUBJECT.test(t)
  );
}
