/** Number and code: "Số: 05/KH-UBND", "Số: 231/STTTT-TTBCXB", Party "Số 20-KH/BTGTU". */
import type { DocumentHeader, DocumentVariant } from '../model/types';
import { documentTypeById } from '../rules/decree30';
import { BLANK_FIELD } from './date';

/** The Appendix III abbreviation of a document kind ("KH"); null for Công văn. */
export function typeAbbreviation(kind: string): string | null {
  const info = documentTypeById(kind);
  if (!info) throw new RangeError(`Unknown document kind: ${kind}`);
  return info.abbreviation;
}

/**
 * Numbers below 10 take a leading zero: 5 → "05". Party documents do the same ("Chỉ thị 05-CT/TW");
 * the variant is kept in the signature for callers.
 */
export function formatRegisterNumber(number: number | null, _variant: DocumentVariant): string {
  if (number === null) return BLANK_FIELD;
  return number < 10 ? `0${number}` : String(number);
}

type CodeFields = Pick<DocumentHeader, 'number' | 'agencyCode' | 'unitCode'>;

/** "05/KH-UBND" (state) or "20-KH/BTGTU" (Party): the code without "Số". */
export function formatCode(kind: string, variant: DocumentVariant, header: CodeFields): string {
  const number = formatRegisterNumber(header.number, variant);
  const abbreviation = typeAbbreviation(kind);
  const agency = [header.agencyCode, header.unitCode].map((part) => part.trim()).filter(Boolean).join('-');
  if (variant === 'party') {
    return abbreviation ? `${number}-${abbreviation}/${agency}` : `${number}/${agency}`;
  }
  const groups = [abbreviation, agency].filter(Boolean).join('-');
  return `${number}/${groups}`;
}

/** "Số: 05/KH-UBND"; Party documents write "Số 20-KH/BTGTU" with no colon. */
export function formatNumberAndCode(kind: string, variant: DocumentVariant, header: CodeFields): string {
  const code = formatCode(kind, variant, header);
  return variant === 'party' ? `Số ${code}` : `Số: ${code}`;
}
