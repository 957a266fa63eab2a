/**
 * `vanban export a.vanban b.vanban … -d <folder>`: many documents in one process (one start-up for
 * a province's plans). Each `<name>.vanban` becomes `<folder>/<name>.docx`; the folder is created
 * when missing. A file that fails is reported on its own line and the others are still written;
 * the exit status is 2 when any failed.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { errorLine } from '../error-line';
import type { CliIO } from '../io';
import { UsageError } from '../usage-error';

const EXIT_ERROR = 2;

/** The DOCX name for an input: its file name with .docx instead of .vanban. */
function docxName(input: string): string {
  const name = basename(input);
  return `${extname(name).toLowerCase() === '.vanban' ? name.slice(0, -'.vanban'.length) : name}.docx`;
}

function ensureFolder(folder: string): string {
  const full = resolve(folder);
  try {
    mkdirSync(full, { recursive: true });
  } catch {
    /* reported just below */
  }
  let isFolder = false;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`export: the output folder cannot be created or is not a folder: ${folder}`);
  return full;
}

/** Writes each input with `exportOne`; returns the exit status. */
export async function exportBatch(
  inputs: readonly string[],
  folder: string,
  exportOne: (input: string, output: string) => Promise<void>,
  io: CliIO,
): Promise<number> {
  // Two inputs of the same name would write one DOCX over the other: refused before any work.
  const byName = new Map<string, string>();
  for (const input of inputs) {
    const name = docxName(input).toLowerCase();
    const other = byName.get(name);
    if (other !== undefined) throw new UsageError(`export: ${other} and ${input} would both be written as ${docxName(input)} in ${folder}`);
    byName.set(name, input);
  }
  const full = ensureFolder(folder);
  let failed = 0;
  for (const input of inputs) {
    const shown = join(folder, docxName(input));
    try {
      await exportOne(input, join(full, docxName(input)));
      io.out(`Exported ${shown}`);
    } catch (error) {
      failed += 1;
      io.err(`vanban: ${errorLine(error, input)}`);
    }
  }
  io.out(`Exported ${inputs.length - failed} of ${inputs.length} files to ${folder}`);
  return failed > 0 ? EXIT_ERROR : 0;
}
