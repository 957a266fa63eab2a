/**
 * The document model: one typed tree for a plan (Kế hoạch), an official letter (Công văn)
 * and the other Decree 30 document types.
 *
 * Numbering of sections, clauses, points and appendices is never stored: it is derived from
 * position (see core/numbering). Text is NFC Unicode.
 */

/** Ids from core/data/document-types.json, e.g. "ke-hoach", "cong-van", "quyet-dinh". */
export type DocumentKindId = string;

/** State documents follow Decree 30; Party documents follow the Party's own guideline. */
export type DocumentVariant = 'state' | 'party';

export type SecrecyMark = 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT';
export type UrgencyMark = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';

/** A run of text with character formatting. */
export interface InlineText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Day, month and year may each stay blank until the document is issued. */
export interface IssueDate {
  day: number | null;
  month: number | null;
  year: number | null;
}

export interface DocumentHeader {
  /** "UBND TỈNH QUẢNG TRỊ"; empty when the issuing agency has no parent line. */
  parentAgency: string;
  /** "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"; may contain line breaks ("\n") where it should wrap. */
  issuingAgency: string;
  /** The agency's name as it reads in running text: "Ủy ban nhân dân tỉnh Quảng Trị". */
  issuingAgencyInText: string;
  /** Number in the register; null until the records clerk assigns it. */
  number: number | null;
  /** Agency abbreviation: "UBND", "SGDĐT", "STTTT", Party "BTGTU". */
  agencyCode: string;
  /** Drafting unit's abbreviation, appended after the agency code: "TTBCXB" in "231/STTTT-TTBCXB". */
  unitCode: string;
  /** Place name as written before the date: "Quảng Trị". */
  place: string;
  date: IssueDate;
  secrecy: SecrecyMark | null;
  urgency: UrgencyMark | null;
}

export type AuthorityPrefix = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

/**
 * The signature block. Lines are derived:
 *   [TM. <collective>]  [<prefix>. <headTitle> | <headTitle>]  [<signerTitle>]  … <signerName>
 * e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A.
 */
export interface SignatureBlock {
  /** Collective body signed for with TM.: "ỦY BAN NHÂN DÂN"; empty when none. */
  collective: string;
  /** Prefix before the head's title: KT., TL., TUQ. or Q.; null when the head signs. */
  authority: Exclude<AuthorityPrefix, 'TM'> | null;
  /** Title of the head of the agency or collective: "CHỦ TỊCH", "GIÁM ĐỐC". */
  headTitle: string;
  /** Title of the person who actually signs, when different: "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  /** "Nguyễn Văn A", sentence case, no academic titles. */
  signerName: string;
}

interface BlockBase {
  /** Stable id, used to anchor comments and for editor keys. Never shown. */
  id: string;
}

/** I. MỤC ĐÍCH, YÊU CẦU — Roman numeral, CAPS, bold. */
export interface SectionBlock extends BlockBase {
  type: 'section';
  content: InlineText[];
  children: BodyBlock[];
}

/** 1. Mục đích — Arabic numeral; bold when it is a title rather than a sentence. */
export interface ClauseBlock extends BlockBase {
  type: 'clause';
  titled: boolean;
  content: InlineText[];
  children: BodyBlock[];
}

/** a) … — Vietnamese alphabet order (a b c d đ e g h i k l m n o p q r s t u v x y). */
export interface PointBlock extends BlockBase {
  type: 'point';
  content: InlineText[];
  children: BodyBlock[];
}

/** "- …" item. */
export interface DashBlock extends BlockBase {
  type: 'dash';
  content: InlineText[];
  children: BodyBlock[];
}

/** "+ …" item, below a dash item. */
export interface PlusBlock extends BlockBase {
  type: 'plus';
  content: InlineText[];
  children: BodyBlock[];
}

/** A plain body paragraph. */
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  content: InlineText[];
}

export interface TableColumn {
  /** Relative width; the writer scales all columns to the available text width. */
  width: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface TableCell {
  /** Paragraphs of the cell. */
  paragraphs: InlineText[][];
  colSpan?: number;
  rowSpan?: number;
}

/**
 * A table. Rows list only the cells that start there: a cell covered by a rowSpan or colSpan
 * from above or the left is omitted (as in HTML).
 */
export interface TableModel {
  columns: TableColumn[];
  /** Header rows: bold, repeated on every page. */
  headerRows: TableCell[][];
  rows: TableCell[][];
  /** When true the first column is STT (ordinal): the writer fills 1, 2, 3… in body rows. */
  numbered: boolean;
}

export interface TableBlock extends BlockBase {
  type: 'table';
  table: TableModel;
}

export type BodyBlock =
  | SectionBlock
  | ClauseBlock
  | PointBlock
  | DashBlock
  | PlusBlock
  | ParagraphBlock
  | TableBlock;

export type BodyBlockType = BodyBlock['type'];

export interface Appendix {
  id: string;
  /** "DANH MỤC CÁC NHIỆM VỤ…", CAPS. */
  title: string;
  /**
   * The reference line under the title as the source wrote it ("(Ban hành kèm theo Kế hoạch số
   * …)"), kept by import; absent: the writer composes "(Kèm theo …)" from the document's header.
   */
  reference?: string;
  /** Extra lines under the reference line, if any. */
  body: BodyBlock[];
  /** Appendix tables go on their own landscape pages by default. */
  landscape: boolean;
}

/** A reviewer's remark anchored to a range of one block's text. */
export interface DocumentComment {
  id: string;
  author: string;
  initials: string;
  /** ISO 8601 date-time. */
  date: string;
  text: string;
  anchor: {
    blockId: string;
    /** Offsets in the block's plain text (sum of its runs). */
    start: number;
    end: number;
  };
  resolved: boolean;
  /** Id of the comment this one replies to. */
  parentId: string | null;
  /**
   * True when the whole passage was deleted (or, for a comment imported from Word, not found):
   * the comment is kept, collapsed where its text used to be, and flagged in the comments pane.
   */
  orphaned: boolean;
  /** The commented passage as it read when the comment was made or imported (shown for orphans). */
  quote?: string;
}

/** Where a document stands in the approval workflow (see core/review/steps.ts). */
export type ReviewStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'issued';
export type ReviewRole = 'drafter' | 'reviewer' | 'clerk';

/** The user profile as recorded on a step and a comment. */
export interface ReviewActor {
  name: string;
  initials: string;
  role: ReviewRole;
}

/** One move in the processing history (lịch sử xử lý). */
export interface StepEntry {
  who: ReviewActor;
  /** ISO 8601 date-time. */
  when: string;
  from: ReviewStatus;
  to: ReviewStatus;
  note: string;
}

/** A document without its review record: what a version snapshot holds. */
export type DocumentContent = Omit<VanBanDocument, 'review'>;

/** A snapshot of the document (phiên bản), taken at every step and on demand. */
export interface DocumentVersion {
  id: string;
  /** What the user typed for an on-demand snapshot; "" for a step snapshot (the UI names it from the step). */
  label: string;
  /** ISO 8601 date-time. */
  createdAt: string;
  author: { name: string; initials: string };
  /** Index in `review.log` of the step this snapshot was taken at; absent for on-demand snapshots. */
  step?: number;
  /** contentHash of `document`. */
  hash: string;
  document: DocumentContent;
}

/** The review record stored in the file (format version 3). */
export interface DocumentReview {
  status: ReviewStatus;
  log: StepEntry[];
  versions: DocumentVersion[];
  /**
   * contentHash recorded when the document was approved (and again when it was issued with its
   * number and date): while approved or issued, the printed content must keep this hash.
   */
  lockedHash: string | null;
}

export interface VanBanDocument {
  kind: DocumentKindId;
  variant: DocumentVariant;
  header: DocumentHeader;
  /** Summary (trích yếu): a plan's bold line under the type name; a letter's "V/v …" text without "V/v". */
  summary: string;
  /** Công văn addressees after "Kính gửi:". Empty for typed documents. */
  addressees: string[];
  /** "Căn cứ …" lines, without the final punctuation (added by the writer). */
  legalBasis: string[];
  body: BodyBlock[];
  /** Closing sentence, e.g. "Trên đây là Kế hoạch …". The writer ends the body with "./.". */
  closing: string;
  signature: SignatureBlock;
  /** Recipient lines without the leading "- " and trailing punctuation. */
  recipients: string[];
  /** Units after "Lưu:" — "VT, NCKS". */
  archive: string;
  appendices: Appendix[];
  comments: DocumentComment[];
  review: DocumentReview;
}
