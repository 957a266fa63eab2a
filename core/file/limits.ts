/**
 * The one size limit of a document, wherever it travels: a .vanban file is refused above it when
 * opened, a save or autosave above it is refused before anything is written (so neither the file
 * nor its .bak can become a file the app cannot open), and the HTTP body and IPC message that
 * carry a document are refused above it plus a small allowance for the call's other arguments.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Room for the rest of a host call (path, session id, JSON punctuation) around the document. */
export const CALL_ENVELOPE_BYTES = 1024 * 1024;

/** The largest host call a transport accepts. */
export const MAX_CALL_BYTES = MAX_DOCUMENT_BYTES + CALL_ENVELOPE_BYTES;

/** Whole megabytes for messages ("50"). */
export function wholeMegabytes(bytes: number): number {
  return Math.ceil(bytes / 1024 / 1024);
}
