/** The number line ("Số: 05/KH-UBND", Party "Số 20-KH/BTGTU") and the place-and-date line. */
import { isPlausibleDate } from '../../../format/date';
import { DOCUMENT_TYPES } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { DocxView, ViewParagraph } from '../../view/view';
import type { Finding } from '../../types';
import { locationOf } from './elements';

const TYPE_ABBREVIATIONS = new Set(DOCUMENT_TYPES.map((t) => t.abbreviation).filter((a): a is string => a !== null));
const BLANK = /^[\s\u00A0.…_]*$/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const STATE_CODE = /^(\d*)\/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)$/u;
const PARTY_CODE = /^(\d*)-([\p{L}]+)\/([\p{L}\p{N}.]+(?:-[\p{L}\p{N}]+)*)$/u;

/**
 * The code names no agency: Party "20-KH/" (nothing after the slash), state "05/KH" (only the
 * type's abbreviation) or "231/" (a letter with nothing after the number).
 */
function agencyMissing(view: DocxView, code: string): boolean {
  if (view.party) return /^\d*(?:-[\p{L}]+)?\/\s*$/u.test(code);
  const slash = /^\d*\/(.*)$/u.exec(code);
  if (!slash) return false;
  const rest = slash[1].trim();
  return rest === '' || TYPE_ABBREVIATIONS.has(rest);
}

function checkNumber(view: DocxView, p: ViewParagraph, out: Finding[]): void {
  const location = locationOf(p);
  const match = /^Số\s*(:?)\s*(.*)$/su.exec(p.text);
  if (!match) return;
  const [, colon, rawCode] = match;
  // A number left blank for the clerk ("Số:      /KH-UBND") reads as an empty number.
  const code = rawCode.replace(/^[\s\u00A0.…_]+(?=[/-])/u, '').trim();
  if (!view.party && !colon) out.push(finding('number.colon', location, { expected: `Số: ${code}`, found: p.text }));
  if (view.party && colon) out.push(finding('number.colon', location, { expected: `Số ${code}`, found: p.text }));
  const afterNumber = code.replace(/^\d+/u, '');
  if (/^[/-]/u.test(code)) out.push(finding('number.blank', location));
  if (agencyMissing(view, code)) {
    out.push(finding('code.agency-missing', location, { code }));
    return;
  }
  if (YEAR.test(afterNumber)) {
    out.push(finding('code.year', location, { code }));
    return;
  }
  const parsed = (view.party ? PARTY_CODE : STATE_CODE).exec(code);
  if (!parsed) {
    out.push(finding('code.form', location, { code }));
    return;
  }
  const number = parsed[1];
  if (number.length === 1) out.push(finding('number.leading-zero', location, { found: code, expected: `0${code}` }));
  const info = DOCUMENT_TYPES.find((t) => t.typeName === view.typeName);
  if (info?.abbreviation) {
    const groups = view.party ? [parsed[2]] : parsed[2].split('-');
    if (!groups.includes(info.abbreviation)) {
      out.push(finding('code.type', location, { code, expected: info.abbreviation, typeName: view.typeName! }));
    }
  }
}

function checkDateLine(p: ViewParagraph, out: Finding[]): void {
  const location = locationOf(p);
  const match = /^(.*?)ngày(.*?)tháng(.*?)năm(.*)$/su.exec(p.text);
  if (!match) {
    out.push(finding('date.form', location));
    return;
  }
  const place = match[1].trim().replace(/,$/u, '').trim();
  if (!place) out.push(finding('date.place-missing', location));
  const [day, month, year] = [match[2], match[3], match[4]].map((part) => part.trim().replace(/[.,;]$/u, ''));
  const number = (text: string) => (/^\d+$/u.test(text) ? Number.parseInt(text, 10) : null);
  const d = number(day);
  const m = number(month);
  const y = number(year);
  if ((!BLANK.test(day) && d === null) || (!BLANK.test(month) && m === null)) {
    out.push(finding('date.form', location));
    return;
  }
  if (d === null || m === null) out.push(finding('date.blank', location));
  if (d !== null && d < 10 && day.length === 1) out.push(finding('date.leading-zero', location, { found: `ngày ${day}`, expected: `ngày 0${day}` }));
  if (m !== null && m <= 2 && month.length === 1) out.push(finding('date.leading-zero', location, { found: `tháng ${month}`, expected: `tháng 0${month}` }));
  if (m !== null && m >= 3 && month.startsWith('0')) out.push(finding('date.month-zero', location, { found: `tháng ${month}`, expected: `tháng ${m}` }));
  if (!isPlausibleDate({ day: d, month: m, year: y })) out.push(finding('date.impossible', location, { date: `${day}/${month}/${year}` }));
}

export function checkNumberAndDate(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const header = view.paragraphs.filter((p) => p.part === 'header');
  if (header.length === 0) {
    out.push(finding('number.missing', { part: 'header' }), finding('date.form', { part: 'header' }));
    return out;
  }
  const number = header.find((p) => p.role === 'number');
  if (number) checkNumber(view, number, out);
  else out.push(finding('number.missing', { part: 'header' }));
  const date = header.find((p) => p.role === 'placeDate');
  if (date) checkDateLine(date, out);
  else out.push(finding('date.form', { part: 'header' }));
  return out;
}
