/** Errors from reading a document file; `code` and `params` let each UI translate the message. */
export type DocumentFileErrorCode = 'not-json' | 'not-vanban' | 'newer-version' | 'bad-version' | 'invalid' | 'unknown-kind' | 'damaged-version' | 'document-too-large';

export class DocumentFileError extends Error {
  constructor(
    readonly code: DocumentFileErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DocumentFileError';
  }
}
