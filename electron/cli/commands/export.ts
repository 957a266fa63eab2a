/**
 * `vanban export <file.vanban> -o <file.docx>` and `-o <file.pdf>`: the Decree 30 DOCX, or that
 * DOCX printed to PDF by LibreOffice where it is installed.
 *
 * `--copy` chooses the DOCX copy, as the app's export menu does: `clean` (the default: what is
 * issued, no comments), `comments` (the reviewers' comments as Word comments) or `changes` (the
 * changes since `--since <version>` as Word tracked changes; the version is its id or its 1-based
 * position in the document's version list).
 *
 * With `-d <folder>` it exports every input file in one run (export-batch.ts). An existing output
 * file is not overwritten unless `--force` is given (as `new` and `import`).
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { writeDocx, type DocxWriteOptions } from '../../../core/docx/write-docx';
import type { VanBanDocument } from '../../../core/model/types';
import { writeFileAtomic } from '../../node/atomic-write';
import { readDocumentFile } from '../../node/document-store';
import { convertDocxToPdf, findSoffice, PdfConversionError } from '../../node/libreoffice';
import { parseCommandArgs, requireString, type ParsedArgs } from '../args';
import { exportBatch } from './export-batch';
import { errorLine } from '../error-line';
import type { CliIO } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';

export const COPIES = ['clean', 'comments', 'changes'] as const;
export type DocxCopy = (typeof COPIES)[number];

function copyOf(value: string | boolean | undefined): DocxCopy {
  if (value === undefined) return 'clean';
  const copy = COPIES.find((candidate) => candidate === value);
  if (!copy) throw new UsageError(`export: --copy must be ${COPIES.join(', ')}: ${String(value)}`);
  return copy;
}

/** The version `--since` names: its id, else its 1-based position in review.versions. */
export function findVersion(doc: VanBanDocument, since: string, input: string) {
  const { versions } = doc.review;
  const byId = versions.find((version) => version.id === since);
  if (byId) return byId;
  if (/^[1-9]\d*$/.test(since) && Number(since) <= versions.length) return versions[Number(since) - 1];
  const has = versions.length === 0 ? 'it has no versions' : `it has ${versions.length} version${versions.length === 1 ? '' : 's'}: 1–${versions.length} or their ids`;
  throw new UsageError(`export: ${input} has no version "${since}" (${has})`);
}

/** What to write for each input (the same for every file of a batch). */
export interface ExportChoice {
  copy: DocxCopy;
  since?: string;
  author?: string;
  /** LibreOffice for a PDF, null for a DOCX. */
  soffice: string | null;
}

/** Reads one document and writes its DOCX (or PDF) at `output`, atomically. */
export async function exportFile(input: string, output: string, choice: ExportChoice): Promise<void> {
  let doc;
  try {
    doc = await readDocumentFile(input);
  } catch (error) {
    throw new UsageError(errorLine(error, input));
  }
  let options: DocxWriteOptions = { comments: choice.copy === 'comments' };
  if (choice.copy === 'changes') {
    const version = findVersion(doc, String(choice.since), input);
    const author = typeof choice.author === 'string' && choice.author.trim() !== '' ? choice.author.normalize('NFC').trim() : version.author.name;
    options = { comments: false, changesSince: { document: version.document, author, date: new Date().toISOString() } };
  }
  const docx = await writeDocx(doc, options);
  let bytes = docx;
  if (choice.soffice) {
    try {
      bytes = await convertDocxToPdf(choice.soffice, docx);
    } catch (error) {
      if (error instanceof PdfConversionError) throw new UsageError(`export: ${error.message}`);
      throw error;
    }
  }
  await writeFileAtomic(output, bytes);
}

/** --copy, --since and --author, checked together; `extension` is the output's. */
function exportChoice(values: ParsedArgs['values'], extension: string): ExportChoice {
  const copy = copyOf(values.copy);
  if (copy === 'changes' && typeof values.since !== 'string') throw new UsageError('export: --copy changes needs --since <version> (its id or number)');
  if (copy !== 'changes' && values.since !== undefined) throw new UsageError('export: --since goes with --copy changes');
  if (copy !== 'changes' && values.author !== undefined) throw new UsageError('export: --author goes with --copy changes');
  if (extension === '.pdf' && copy !== 'clean') throw new UsageError(`export: --copy ${copy} writes a DOCX for Word; use -o <file.docx>`);
  const soffice = extension === '.pdf' ? findSoffice() : null;
  if (extension === '.pdf' && !soffice) {
    throw new UsageError('export: PDF export needs LibreOffice, which is not installed (no soffice on PATH); install LibreOffice or export to .docx');
  }
  return { copy, since: typeof values.since === 'string' ? values.since : undefined, author: typeof values.author === 'string' ? values.author : undefined, soffice };
}

export async function exportCommand(argv: string[], io: CliIO): Promise<void | number> {
  const { positionals, values } = parseCommandArgs('export', argv, {
    output: { type: 'string', short: 'o' },
    dir: { type: 'string', short: 'd' },
    copy: { type: 'string' },
    since: { type: 'string' },
    author: { type: 'string' },
    force: { type: 'boolean' },
  });
  /** Refuses to write over an existing file without --force. */
  const refuseExisting = (output: string, shown: string) => {
    if (!values.force && existsSync(output)) throw new UsageError(`export: ${shown} already exists (use --force to overwrite)`);
  };
  if (positionals.length === 0) throw new UsageError('export: missing input file <file.vanban>');
  if (values.dir !== undefined) {
    if (values.output !== undefined) throw new UsageError('export: -o names one output file; with -d <folder> each file is written into the folder');
    const folder = requireString(values, 'dir', '-d <folder>', 'export');
    const choice = exportChoice(values, '.docx');
    return exportBatch(positionals, folder, async (input, output) => {
      refuseExisting(output, output);
      await exportFile(input, output, choice);
    }, io);
  }
  if (positionals.length > 1) throw new UsageError(`export: unexpected argument: ${positionals[1]} (to export several files, give -d <folder>)`);
  const input = positionals[0];
  const requested = requireString(values, 'output', '-o <file.docx> or -o <file.pdf>', 'export');
  const extension = extname(requested).toLowerCase();
  if (extension !== '.docx' && extension !== '.pdf') {
    throw new UsageError(`export: the output file must end in .docx or .pdf: ${requested}`);
  }
  const choice = exportChoice(values, extension);
  const output = checkOutputPath('export', requested, extension);
  refuseExisting(output, requested);
  await exportFile(input, output, choice);
  io.out(`Exported ${String(values.output)}`);
}
