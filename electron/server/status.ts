/** HTTP status for each host error code (the JSON body carries the code itself). */
const STATUS: Record<string, number> = {
  'bad-request': 400,
  'invalid-name': 400,
  'wrong-extension': 400,
  'outside-documents': 403,
  'not-chosen': 403,
  'permission-denied': 403,
  'not-found': 404,
  'file-busy': 409,
  'too-large': 413,
  'document-too-large': 413,
  // The file changed on disk since it was opened or saved: nothing was written.
  'file-changed': 409,
  'not-json': 422,
  'not-vanban': 422,
  'newer-version': 422,
  'bad-version': 422,
  invalid: 422,
  'unknown-kind': 422,
  'damaged-version': 422,
  'invalid-document': 422,
  // A Word file that cannot be read (import, comment import).
  'not-zip': 422,
  'zip-bomb': 422,
  'bad-entry-name': 422,
  'not-docx': 422,
  'xml-doctype': 422,
  'bad-xml': 422,
  'not-text': 422,
  // Review and issuing: the request is valid but the document's state does not allow it.
  locked: 409,
  'not-issued': 409,
  'number-used': 409,
  // The register file must be repaired by a person before any number is given.
  'register-damaged': 409,
  // The issued DOCX could not be written (params.reason says why); nothing was issued.
  'docx-write-failed': 409,
  'issue-needs-number': 422,
  'unknown-version': 422,
  'invalid-template': 500,
  unsupported: 501,
  'disk-full': 507,
};

export function statusForCode(code: string): number {
  return STATUS[code] ?? 500;
}
