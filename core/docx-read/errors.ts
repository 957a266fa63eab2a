/** Errors from reading a DOCX package; `code` and `params` let each UI translate the message. */
export type DocxReadErrorCode =
  | 'not-zip'
  | 'zip-bomb'
  | 'too-large'
  | 'bad-entry-name'
  | 'not-docx'
  | 'xml-doctype'
  | 'bad-xml';

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxReadErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DocxReadError';
  }
}
