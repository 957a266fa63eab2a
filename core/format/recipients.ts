/** "Nơi nhận:" list: "- " before each line, ";" after each, "." after the last. */
import type { DocumentVariant } from '../model/types';

/** Strips a leading "- " and trailing ";", "," or "." that a clerk may have typed. */
export function bareRecipient(line: string): string {
  return line.trim().replace(/^[-–—•+]\s*/, '').replace(/[;,.]+$/, '').trim();
}

/**
 * True when a Party document's archive field holds its whole line as written without the colon
 * ("Lưu VP.BTGTU", the Party guideline's form): it is then printed as written. A state document
 * always prints Decree 30's "Lưu: …".
 */
export function isArchiveWrittenWhole(archive: string, variant: DocumentVariant = 'state'): boolean {
  return variant === 'party' && /^Lưu\s+[^\s:]/u.test(bareRecipient(archive));
}

/** Recipient lines as printed; the "Lưu:" line comes last when archive units are given. */
export function formatRecipientLines(recipients: readonly string[], archive: string, variant: DocumentVariant = 'state'): string[] {
  const items = recipients.map(bareRecipient).filter(Boolean);
  const archiveUnits = bareRecipient(archive).replace(/^Lưu\s*:?\s*/i, '').trim();
  if (archiveUnits) items.push(isArchiveWrittenWhole(archive, variant) ? bareRecipient(archive) : `Lưu: ${archiveUnits}`);
  return items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
}

/** "Căn cứ …" lines: ";" at the end of each, "." at the end of the last. */
export function formatLegalBasisLines(lines: readonly string[]): string[] {
  const items = lines.map((line) => line.trim().replace(/[;,.]+$/, '')).filter(Boolean);
  return items.map((item, index) => `${item}${index === items.length - 1 ? '.' : ';'}`);
}
