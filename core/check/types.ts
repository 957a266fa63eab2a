/** What the Decree 30 checker reports: findings with a rule id, severity, bilingual message and location. */
import type { VanBanDocument } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Bilingual {
  vi: string;
  en: string;
}

export type LocationPart = 'header' | 'title' | 'body' | 'signature' | 'recipients' | 'appendix' | 'page' | 'styles';

export interface FindingLocation {
  part: LocationPart;
  /** Model documents: the body block the finding is about. */
  blockId?: string;
  /** Model documents: the field, e.g. "header.agencyCode", "signature.signerName", "recipients.2". */
  path?: string;
  /** DOCX files: index of the paragraph in the document part, in reading order (table cells included). */
  paragraphIndex?: number;
  /** The text the finding is about (a paragraph or field), shortened. */
  text?: string;
}

export interface Fix {
  description: Bilingual;
  /** Returns a corrected copy; the input is not changed. */
  apply(doc: VanBanDocument): VanBanDocument;
}

/**
 * One thing to fix: a fault with one cause (a wrong style, or a run of consecutive paragraphs
 * with the same fault) and every place it shows.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Bilingual;
  /** The first place. */
  location: FindingLocation;
  /** How many places share the cause (1 when the finding stands alone). */
  count: number;
  /** Every place, in document order (the first is `location`). */
  places: FindingLocation[];
  /**
   * What went wrong, for grouping: findings of one rule with the same cause are one finding.
   * "style:<id>" when a style (or the document defaults) causes it, wherever it shows.
   */
  cause: string;
  /** Fixes every place. */
  fix?: Fix;
}

/** A message parameter: plain text, a number, or text in both languages. */
export type Param = string | number | Bilingual;
export type Params = Record<string, Param>;
