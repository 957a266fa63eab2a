/**
 * `vanban import <file.docx|file.txt> -o <file.vanban> [--force]`: a Word document or plain text
 * (copied from a PDF or an e-mail) brought in as a structured VanBan document.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DEFAULT_DOCX_LIMITS, DocxReadError } from '../../../core/docx-read';
import { importDocx, importText } from '../../../core/import';
import { noteSentence } from '../../../core/import/notes';
import { saveDocumentFile } from '../../node/document-store';
import { MAX_TEXT_BYTES } from '../../node/import-file';
import { parseCommandArgs, requireString } from '../args';
import { errorLine } from '../error-line';
import type { CliIO } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';

// Plain text has one limit, the app's and the CLI's (electron/node/import-file.ts).
export { MAX_TEXT_BYTES };

function decodeText(bytes: Uint8Array, input: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`import: ${input}: not UTF-8 text (save the text as UTF-8 and try again)`);
  }
}

export async function importCommand(argv: string[], io: CliIO): Promise<void> {
  const { positionals, values } = parseCommandArgs('import', argv, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('import: missing input file <file.docx|file.txt>');
  if (positionals.length > 1) throw new UsageError(`import: unexpected argument: ${positionals[1]}`);
  const input = positionals[0];
  const extension = extname(input).toLowerCase();
  if (extension !== '.docx' && extension !== '.txt') {
    throw new UsageError(`import: the input file must end in .docx or .txt: ${input}`);
  }
  const output = checkOutputPath('import', requireString(values, 'output', '-o <file.vanban>', 'import'), '.vanban');
  if (!values.force && existsSync(output)) {
    throw new UsageError(`import: ${String(values.output)} already exists (use --force to overwrite)`);
  }

  const limit = extension === '.docx' ? DEFAULT_DOCX_LIMITS.maxCompressedBytes : MAX_TEXT_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (!info.isFile()) throw new UsageError(`import: ${input}: not a file`);
    if (info.size > limit) {
      throw new UsageError(`import: ${input}: the file is ${Math.round(info.size / 1048576)} MB; the limit is ${limit / 1048576} MB`);
    }
    bytes = await readFile(input);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(errorLine(error, input));
  }

  let result;
  try {
    result = extension === '.docx' ? importDocx(bytes) : importText(decodeText(bytes, input));
  } catch (error) {
    if (error instanceof DocxReadError) throw new UsageError(`import: ${input}: ${error.message}`);
    throw error;
  }
  await saveDocumentFile(output, result.document);
  const { report } = result;
  io.out(
    `Imported ${input} as ${String(values.output)} (${result.document.kind}; recognised: ${report.recognised.join(', ') || 'nothing'}; ${report.keptAsParagraphs} paragraph(s) kept as plain paragraphs)`,
  );
  // Each guess the import was unsure of, with its place; page furniture left out is one line.
  const furniture = report.notes.filter((n) => n.code === 'page-furniture');
  if (furniture.length > 0) io.out(`note: left out ${furniture.length} page number / running head line(s): ${furniture.slice(0, 5).map((n) => `"${n.place.text}"`).join(', ')}${furniture.length > 5 ? ', …' : ''}`);
  for (const n of report.notes) if (n.code !== 'page-furniture') io.out(`note: ${noteSentence(n)}`);
}
