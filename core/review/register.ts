/**
 * The agency's outgoing document register (sổ đăng ký văn bản đi), kept locally: one number series
 * per calendar year. Issuing records the number; a number already used that year is refused.
 */

export interface RegisterEntry {
  year: number;
  number: number;
  /** Document kind id: "ke-hoach", "cong-van"… */
  kind: string;
  /** Where the issued file was saved. */
  path: string;
  /** ISO 8601 date-time. */
  issuedAt: string;
  /**
   * Which document took the number: the id of its first version snapshot (documentIdentity).
   * Absent in entries recorded before it was kept.
   */
  documentId?: string;
}

export interface Register {
  agencyCode: string;
  entries: RegisterEntry[];
}

export type RegisterErrorCode = 'number-used' | 'bad-number';

export class RegisterError extends Error {
  constructor(
    readonly code: RegisterErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'RegisterError';
  }
}

export type RecordResult = { ok: true; register: Register } | { ok: false; error: RegisterError };

/**
 * A document's identity across saves and renames: the id of its first version snapshot (taken at
 * its first step, kept in every later save). Null for a document that never had a step.
 */
export function documentIdentity(review: { versions: readonly { id: string }[] }): string | null {
  return review.versions[0]?.id ?? null;
}

/**
 * Whether `entry` is the issue `used` already records, issued again (a retry): the same document
 * (same identity) to the same file with the same kind. An entry from before identities were kept
 * can only be matched on file and kind.
 */
export function isSameIssue(used: RegisterEntry, entry: RegisterEntry): boolean {
  if (used.year !== entry.year || used.number !== entry.number || used.path !== entry.path || used.kind !== entry.kind) return false;
  if (used.documentId === undefined) return true;
  return entry.documentId !== undefined && used.documentId === entry.documentId;
}

export function isNumberUsed(register: Register, year: number, number: number): boolean {
  return register.entries.some((entry) => entry.year === year && entry.number === number);
}

/** Whether a document other than `documentId` took the number (an entry without an identity counts). */
export function isNumberTakenByAnother(register: Register, year: number, number: number, documentId: string | null): boolean {
  return register.entries.some((entry) => entry.year === year && entry.number === number && (documentId === null || entry.documentId !== documentId));
}

/** One more than the highest number used that year; 1 for a new year. */
export function nextNumber(register: Register, year: number): number {
  return register.entries.reduce((max, entry) => (entry.year === year ? Math.max(max, entry.number) : max), 0) + 1;
}

/** The register with one more entry, or why the number cannot be used. Never changes the input. */
export function recordIssue(register: Register, entry: RegisterEntry): RecordResult {
  const { year, number } = entry;
  if (!Number.isInteger(number) || number < 1 || !Number.isInteger(year)) {
    return { ok: false, error: new RegisterError('bad-number', `Number ${number} of ${year} is not a positive whole number`, { year, number }) };
  }
  if (isNumberUsed(register, year, number)) {
    return { ok: false, error: new RegisterError('number-used', `Number ${number} is already used in ${year}`, { year, number }) };
  }
  return { ok: true, register: { ...register, entries: [...register.entries, { ...entry }] } };
}
