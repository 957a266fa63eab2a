/**
 * The .vanban file: versioned, human-readable JSON.
 *   { "format": "vanban", "version": 3, "document": { …the model… } }
 */
import type { VanBanDocument } from '../model/types';
import { documentSchema } from '../model/schema';
import { tooDeepValue } from '../model/depth';
import { describeIssue, formatPath } from '../model/issues';
import { cleanAllText } from '../model/text';
import { documentTypeById } from '../rules/decree30';
import { DocumentFileError } from './errors';
import { CURRENT_FORMAT_VERSION, migrateDocument } from './migrations';

export const FILE_FORMAT_NAME = 'vanban';
export const FILE_EXTENSION = '.vanban';

/** Refuses a value nested too deep for the recursive steps (cleaning, migration, the schema) to walk. */
function refuseTooDeep(value: unknown): void {
  const path = tooDeepValue(value);
  if (path) {
    const detail = `${formatPath(['document', ...path])}: nested too deeply`;
    throw new DocumentFileError('invalid', `Invalid document: ${detail}`, { detail });
  }
}

/** Validates a document object (already in the current version's shape); NFC on the way in. */
export function validateDocument(value: unknown): VanBanDocument {
  refuseTooDeep(value);
  // Clean first, so what is validated is what is returned and saved (an id of control characters is empty).
  const result = documentSchema.safeParse(cleanAllText(value));
  if (!result.success) {
    const detail = describeIssue(result.error.issues[0], ['document']);
    throw new DocumentFileError('invalid', `Invalid document: ${detail}`, { detail });
  }
  const doc = result.data;
  if (!documentTypeById(doc.kind)) {
    throw new DocumentFileError('unknown-kind', `Invalid document: document.kind: unknown document type "${doc.kind}"`, {
      kind: doc.kind,
    });
  }
  return doc;
}

/** Reads a .vanban file's text: checks the envelope, migrates older versions, validates. */
export function parseDocumentFile(text: string): VanBanDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentFileError('not-json', `Not a VanBan document: the file is not valid JSON (${reason})`, { reason });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== FILE_FORMAT_NAME) {
    throw new DocumentFileError('not-vanban', 'Not a VanBan document: expected "format": "vanban" at the top of the file');
  }
  const envelope = raw as { version?: unknown; document?: unknown };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentFileError('bad-version', 'Invalid document: version: expected a whole number from 1 up');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    throw new DocumentFileError(
      'newer-version',
      `This document was saved by a newer VanBan Studio (file format ${version}; this version reads up to ${CURRENT_FORMAT_VERSION}). Please update VanBan Studio to open it.`,
      { version, supported: CURRENT_FORMAT_VERSION },
    );
  }
  if (envelope.document === null || typeof envelope.document !== 'object' || Array.isArray(envelope.document)) {
    throw new DocumentFileError('invalid', 'Invalid document: document: expected an object', { detail: 'document: expected an object' });
  }
  refuseTooDeep(envelope.document);
  return validateDocument(migrateDocument(envelope.document as Record<string, unknown>, version));
}

/**
 * The file text for a document: current version, NFC, XML-legal, two-space indented, final newline.
 * Version snapshots (review.versions[].document) are written on one line each: a file carries a full
 * copy per step, and indenting every copy would make it about twice as large for no reader's benefit.
 */
export function serializeDocument(doc: VanBanDocument): string {
  const clean = validateDocument(doc);
  const { versions } = clean.review;
  // NUL never survives cleaning, so its escape cannot occur in any stored string.
  const placeholder = (index: number): string => `\u0000version-${index}\u0000`;
  const shell = { ...clean, review: { ...clean.review, versions: versions.map((version, index) => ({ ...version, document: placeholder(index) })) } };
  const text = JSON.stringify({ format: FILE_FORMAT_NAME, version: CURRENT_FORMAT_VERSION, document: shell }, null, 2);
  const out = versions.reduce((current, version, index) => current.split(JSON.stringify(placeholder(index))).join(JSON.stringify(version.document)), text);
  return `${out}\n`;
}
