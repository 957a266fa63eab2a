/** `vanban export <file.vanban> -o <file.docx>`. */
import { writeDocx } from '../../../core/docx/write-docx';
import { writeFileAtomic } from '../../node/atomic-write';
import { readDocumentFile } from '../../node/document-store';
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
  const output = checkOutputPath('export', requireString(values, 'output', '-o <file.docx>', 'export'), '.docx');

  let doc;
  try {
    doc = await readDocumentFile(input);
  } catch (error) {
    throw new UsageError(errorLine(error, input));
  }
  const bytes = await writeDocx(doc);
  await writeFileAtomic(output, bytes);
  io.out(`Exported ${String(values.output)}`);
}
