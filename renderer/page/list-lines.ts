/**
 * Display of editable list lines (recipients, legal basis, addressees) with the punctuation the
 * printed document adds: each raw line keeps its place, and gets the prefix and suffix the core
 * formatter gives it (blank lines get none: they are not printed).
 */
import { bareRecipient, formatLegalBasisLines, formatRecipientLines } from '../../core/format/recipients';
import type { DocumentVariant } from '../../core/model/types';

export interface LineDecoration {
  prefix: string;
  suffix: string;
  printed: boolean;
}

function decorate(raw: readonly string[], bare: (line: string) => string, formatted: readonly string[]): LineDecoration[] {
  let next = 0;
  return raw.map((line) => {
    const text = bare(line);
    if (!text) return { prefix: '', suffix: '', printed: false };
    const printed = formatted[next++] ?? '';
    const at = printed.indexOf(text);
    if (at < 0) return { prefix: '', suffix: '', printed: true };
    return { prefix: printed.slice(0, at), suffix: printed.slice(at + text.length), printed: true };
  });
}

/** Recipient lines: "- " before, ";" after, "." after the last (the "Lưu:" line comes last). */
export function recipientDecorations(recipients: readonly string[], archive: string, variant: DocumentVariant = 'state'): LineDecoration[] {
  const formatted = formatRecipientLines(recipients, archive, variant);
  return decorate(recipients, bareRecipient, formatted);
}

/** The "Lưu: …" line as printed, or null when there are no archive units. */
export function archiveLine(recipients: readonly string[], archive: string, variant: DocumentVariant = 'state'): string | null {
  const formatted = formatRecipientLines(recipients, archive, variant);
  const last = formatted[formatted.length - 1];
  return last && /^- Lưu[\s:]/u.test(last) ? last : null;
}

function bareBasis(line: string): string {
  return line.trim().replace(/[;,.]+$/, '');
}

/** Legal-basis lines: ";" after each, "." after the last. */
export function legalBasisDecorations(lines: readonly string[]): LineDecoration[] {
  return decorate(lines, bareBasis, formatLegalBasisLines(lines));
}

/** Addressees under "Kính gửi:": one is written on the line with "."; several as "- X;" items. */
export function addresseeDecorations(addressees: readonly string[]): LineDecoration[] {
  const names = addressees.map(bareRecipient);
  const count = names.filter(Boolean).length;
  let seen = 0;
  return names.map((name) => {
    if (!name) return { prefix: '', suffix: '', printed: false };
    seen += 1;
    const last = seen === count;
    return { prefix: count > 1 ? '- ' : '', suffix: last ? '.' : ';', printed: true };
  });
}
