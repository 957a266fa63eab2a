/**
 * File → Import: a Word (.docx) or plain-text (.txt) file on disk read into a new VanBan
 * document. The file is read with a size limit before anything is parsed; the DOCX reader's own
 * limits (zip bombs, entry names, DOCTYPE) apply inside importDocx, and legacy TCVN3/VNI text is
 * converted there too. Failures are HostCallErrors whose codes the renderer translates:
 * the DocxReadError codes ('not-zip', 'zip-bomb', 'too-large', 'bad-entry-name', 'not-docx',
 * 'xml-doctype', 'bad-xml'), 'not-text' for a .txt that is not text, and the disk codes.
 */
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { HostCallError, type commentImportReportSchema, type importReportSchema } from '../../core/host/contract';
import { DocxReadError } from '../../core/docx-read/errors';
import { DEFAULT_DOCX_LIMITS } from '../../core/docx-read/limits';
import { importDocx, importText } from '../../core/import';
import type { VanBanDocument } from '../../core/model/types';
import { importWordComments } from '../../core/review/word-comments';
import { megabytes, readFileLimited } from './read-limited';

export type ImportReport = z.infer<typeof importReportSchema>;
export type CommentImportReport = z.infer<typeof commentImportReportSchema>;

export const IMPORT_EXTENSIONS = ['.docx', '.txt'] as const;
export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];

/** A .docx is refused above the DOCX reader's own compressed-size limit (50 MB). */
export const MAX_DOCX_BYTES = DEFAULT_DOCX_LIMITS.maxCompressedBytes;
/** Plain text copied from a PDF or an e-mail: a long plan is well under 1 MB. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** The import kind of a file name: '.txt' for text, '.docx' otherwise (the default the path policy adds). */
export function importExtension(path: string): ImportExtension {
  return extname(path).toLowerCase() === '.txt' ? '.txt' : '.docx';
}

function readLimited(path: string, limit: number): Promise<Uint8Array> {
  return readFileLimited(path, limit, (size) =>
    new HostCallError('too-large', `The file is ${megabytes(size)}; the limit is ${megabytes(limit)}`, { size, limit, limitMb: Math.round(limit / 1024 / 1024) }),
  );
}

function notText(reason: string): HostCallError {
  return new HostCallError('not-text', `The file is not plain text: ${reason}`, { reason });
}

/**
 * Text as saved by Notepad, an e-mail client or a PDF viewer: UTF-8 (with or without a byte
 * order mark), UTF-16 with a byte order mark, else the Vietnamese Windows code page (1258).
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) throw notText('it holds binary data');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      try {
        text = new TextDecoder('windows-1258').decode(bytes);
      } catch {
        throw notText('unknown encoding');
      }
    }
  }
  if (text.includes('\u0000')) throw notText('it holds binary data');
  return text.normalize('NFC');
}

/** Reads and imports the file at `absolute` (already checked against the path policy). */
export async function importFile(absolute: string): Promise<{ document: VanBanDocument; report: ImportReport }> {
  const name = basename(absolute);
  if (importExtension(absolute) === '.txt') {
    const text = decodeText(await readLimited(absolute, MAX_TEXT_BYTES));
    const { document, report } = importText(text);
    return {
      document,
      report: { name, source: 'text', recognised: report.recognised, keptAsParagraphs: report.keptAsParagraphs, warnings: report.warnings, legacyRuns: { tcvn3: 0, vni: 0 }, notes: report.notes },
    };
  }
  const bytes = await readLimited(absolute, MAX_DOCX_BYTES);
  return withDocxErrors(() => {
    const { document, report } = importDocx(bytes);
    return {
      document,
      report: { name, source: 'docx', recognised: report.recognised, keptAsParagraphs: report.keptAsParagraphs, warnings: report.warnings, legacyRuns: report.legacyRuns, notes: report.notes },
    };
  });
}

/** DOCX reader failures keep their codes ('not-zip', 'zip-bomb', …) for the renderer to translate. */
async function withDocxErrors<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DocxReadError) throw new HostCallError(error.code, error.message, { ...error.params });
    throw error;
  }
}

/**
 * A leader's Word comments on an exported copy (the .docx at `absolute`, already checked against
 * the path policy), merged into `document`: read with the same size limit and DOCX reader limits
 * as File → Import, and failing with the same codes.
 */
export async function importCommentsFile(
  absolute: string,
  document: VanBanDocument,
  now: string,
): Promise<{ document: VanBanDocument; report: CommentImportReport }> {
  const bytes = await readLimited(absolute, MAX_DOCX_BYTES);
  return withDocxErrors(async () => {
    const { document: merged, report } = await importWordComments(bytes, document, now);
    return { document: merged, report: { found: report.found, added: report.added, orphaned: report.orphaned, duplicates: report.duplicates } };
  });
}
