/** Any error as the single line printed after "vanban: " — never a stack trace. */
import { DocumentFileError } from '../../core/file/errors';
import { TemplateError } from '../../core/template/template';
import { fileAccessError, FileAccessError } from '../node/atomic-write';
import { UsageError } from './usage-error';

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** `source` is the file being read when the error happened, prefixed to content errors. */
export function errorLine(error: unknown, source?: string): string {
  if (error instanceof UsageError || error instanceof FileAccessError || error instanceof TemplateError) {
    return oneLine(error.message);
  }
  if (error instanceof DocumentFileError) return oneLine(source ? `${source}: ${error.message}` : error.message);
  const code = (error as { code?: unknown; path?: unknown } | null)?.code;
  const path = (error as { path?: unknown } | null)?.path;
  if (typeof code === 'string' && typeof path === 'string') return oneLine(fileAccessError(error, path, 'open').message);
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`unexpected error: ${message || 'unknown'}`);
}
