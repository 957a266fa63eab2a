/** Text patterns of Decree 30 documents (and Party documents) used to recognise their parts. */
import { upperVi } from '../model/text';

export const NATIONAL_TITLE = /^CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$/iu;
export const NATIONAL_TITLE_ANYWHERE = /CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
export const MOTTO = /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc$/iu;
export const MOTTO_ANYWHERE = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
export const PARTY_TITLE = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/u;
export const PARTY_TITLE_ANYWHERE = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
/** "Số: 05/KH-UBND", "Số 20-KH/BTGTU", "Số:    /KH-UBND". */
export const NUMBER_LINE = /^Số\s*:?\s*(\S.*)$/u;
/** "Quảng Trị, ngày 05 tháng 01 năm 2023" (parts may be blank or dots). */
export const PLACE_DATE = /^(?:(.*?)\s*,\s*)?ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(\d{4}|[.…\s_]*)\s*$/iu;
export const SUBJECT = /^V\/v\s*:?\s*(.*)$/iu;
export const ADDRESSEE = /^Kính\s+gửi\s*:?\s*(.*)$/iu;
export const LEGAL_BASIS = /^Căn\s+cứ(?=\s|$)/u;
export const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
export const ARCHIVE = /^[-–+•]?\s*Lưu\b\s*:?\s*(.*)$/u;
export const CLOSING_MARK = /\s*\.\/\.\s*$/u;
/** A closing sentence written without its "./." mark: "Trên đây là Kế hoạch …". */
export const CLOSING_SENTENCE = /^Trên\s+đây\s+là\s/u;
/** Decorative lines: rules under the agency name or title, the Party star. */
export const SEPARATOR = /^[\s_\-–—*=.~·•]+$/u;
/** Signature placeholders in copies: "(Đã ký)", "(Ký tên, đóng dấu)". */
export const SIGN_PLACEHOLDER = /^\(?\s*(?:đã\s+ký|ký\s+tên|ký,|ký\s+và|chữ\s+ký|ký\s*\)|đã\s+ký\s+và\s+đóng\s+dấu)[^)]*\)?\s*$/iu;
/** Signature authority prefixes, state ("KT.") and Party ("K/T"). */
export const SIGNATURE_PREFIX = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\/UQ)(?:\.\s*|\s+)(\S.*)$/u;
export const SECRECY = /^(TUYỆT MẬT|TỐI MẬT|MẬT)$/u;
export const URGENCY = /^(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)$/u;

export const SECTION_MARKER = /^\s*((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.:]\s*(?=\S)/u;
export const CLAUSE_MARKER = /^\s*(\d{1,3})\s*\.\s+(?=\S)/u;
export const POINT_MARKER = /^\s*([a-zđ])\s*\)\s*(?=\S)/u;
export const DASH_MARKER = /^\s*[-–—•]\s*(?=[^-–—\s]|$)/u;
export const PLUS_MARKER = /^\s*\+\s*/u;

/** Sentence-ending punctuation: a line ending so is not continued by the next one. */
export const SENTENCE_END = /[.;:!?…)"”]$/u;

/** True when the text has letters and none of them is lowercase. */
export function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Has letters or digits (not just punctuation or rules). */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function normaliseSpaces(text: string): string {
  return text.replace(/[\t\u00a0 ]+/g, ' ').trim();
}

/** "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" → "Ủy ban nhân dân tỉnh Quảng Trị" (best effort). */
export function agencyInText(agency: string): string {
  const words = normaliseSpaces(agency.replace(/\n/g, ' ')).split(' ').filter(Boolean);
  const lower = words.map((w) => (/\d/.test(w) || /^[A-ZĐ]{2,}$/u.test(w) && !/[AĂÂEÊIOÔƠUƯY]/u.test(w.slice(1)) ? w : w.toLocaleLowerCase('vi-VN')));
  const places = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn', 'phố']);
  const organs = new Set(['sở', 'bộ', 'ban', 'cục', 'vụ', 'phòng', 'văn', 'đài', 'báo', 'hội', 'tổng', 'viện', 'trường', 'chi']);
  const out: string[] = [];
  let capitalizeRest = false;
  for (let i = 0; i < lower.length; i++) {
    let w = lower[i];
    const prev = out[i - 1]?.toLocaleLowerCase('vi-VN');
    const cap = (s: string) => upperVi(s.charAt(0)) + s.slice(1);
    if (i === 0) w = cap(w);
    else if (capitalizeRest) w = cap(w);
    else if (prev && organs.has(prev) && i === 1) w = cap(w);
    else if (prev === 'và' && out.length >= 3 && organs.has(out[0].toLocaleLowerCase('vi-VN'))) w = cap(w);
    if (places.has(w) && i > 0 && !(w === 'thị' && lower[i + 1] === 'xã')) capitalizeRest = true;
    out.push(w);
  }
  return out.join(' ');
}
