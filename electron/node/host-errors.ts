/**
 * Turning any failure of a host call into a HostCallError with a code the renderer translates.
 *
 * Codes: the ones thrown directly by the host service ('bad-request', 'outside-documents',
 * 'wrong-extension', 'invalid-name', 'not-found', 'unsupported', 'invalid-document',
 * 'invalid-template', and for issuing 'not-issued', 'issue-needs-number', 'number-used',
 * 'register-damaged', 'docx-write-failed', and for saving 'file-changed' and, in Electron, 'not-chosen'),
 * DocumentFileError codes passed through ('not-json', 'not-vanban', 'newer-version', 'bad-version',
 * 'invalid', 'unknown-kind', 'damaged-version', 'document-too-large'), and disk errors:
 * 'not-found', 'disk-full', 'permission-denied', 'too-large', 'file-busy', 'io-error'.
 * Anything unexpected becomes 'internal'.
 */
import { HostCallError } from '../../core/host/contract';
import { DocumentFileError } from '../../core/file/errors';
import { TemplateError } from '../../core/template/template';
import { FileAccessError } from './atomic-write';

const DISK_CODES: Record<string, string> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'not-found',
  NOT_A_FILE: 'not-found',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'too-large',
  TOO_LARGE: 'too-large',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EROFS: 'permission-denied',
  EBUSY: 'file-busy',
  ETXTBSY: 'file-busy',
};

/**
 * `displayPath` is the path as the renderer knows it (relative in browser mode): file errors
 * name it in params.path instead of the absolute path on disk.
 */
export function toHostCallError(error: unknown, displayPath?: string): HostCallError {
  if (error instanceof HostCallError) return error;
  if (error instanceof DocumentFileError) return new HostCallError(error.code, error.message, { ...error.params });
  if (error instanceof TemplateError) return new HostCallError('invalid-template', error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof FileAccessError || typeof code === 'string') {
    const key = typeof code === 'string' ? code : 'UNKNOWN';
    const hostCode = DISK_CODES[key] ?? 'io-error';
    const params: Record<string, string> = { reason: key };
    if (displayPath !== undefined) params.path = displayPath;
    // A raw Node error names the absolute path; a FileAccessError's line is readable, shown with the display path.
    let message = `File operation failed (${key})`;
    if (error instanceof FileAccessError) {
      message = displayPath !== undefined ? error.message.split(error.path).join(displayPath) : error.message;
    }
    return new HostCallError(hostCode, message, params);
  }
  return new HostCallError('internal', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
