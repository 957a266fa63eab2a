/**
 * `vanban export <file.vanban> -o <file.docx>` and `-o <file.pdf>`: the Decree 30 DOCX, or that
 * DOCX printed to PDF by LibreOffice where it is installed.
 */
import { extname } from 'node:path';
import { writeDocx } from '../../../core/docx/write-docx';
import { writeFileAtomic } from '../../node/atomic-write';
import { readDocumentFile } from '../../node/document-store';
import { convertDocxToPdf, findSoffice, PdfConversionError } from '../../node/libreoffice';
import { parseCommandArgs, requireString } from '../args';
import { errorLine } from '../error-line';
import type { CliIO } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';

export async function exportCommand(argv: string[], io: CliIO): Promise<void> {
  const { positionals, values } = parseCommandArgs('export', argv, { output: { type: 'string', short: 'o' } });
  if (positionals.length === 0) throw new UsageError('export: missing input file <file.vanban>');
  if (positionals.length > 1) throw new UsageError(`export: unexpected argument: ${positionals[1]}`);
  const input = positionals[0];
  const requested = requireString(values, 'output', '-o <file.docx> or -o <file.pdf>', 'export');
  const extension = extname(requested).toLowerCase();
  if (extension !== '.docx' && extension !== '.pdf') {
    throw new UsageError(`export: the output file must end in .docx or .pdf: ${requested}`);
  }
  const output = checkOutputPath('export', requested, extension);
  const soffice = extension === '.pdf' ? findSoffice() : null;
  if (extension === '.pdf' && !soffice) {
    throw new UsageError('export: PDF export needs LibreOffice, which is not installed (no soffice on PATH); install LibreOffice or export to .docx');
  }

  let doc;
  try {
    doc = await readDocumentFile(input);
  } catch (error) {
    throw new UsageError(errorLine(error, input));
  }
  const docx = await writeDocx(doc);
  let bytes = docx;
  if (soffice) {
    try {
      bytes = await convertDocxToPdf(soffice, docx);
    } catch (error) {
      if (error instanceof PdfConversionError) throw new UsageError(`export: ${error.message}`);
      throw error;
    }
  }
  await writeFileAtomic(output, bytes);
  io.out(`Exported ${String(values.output)}`);
}
