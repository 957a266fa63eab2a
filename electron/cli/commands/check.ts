/**
 * `vanban check <file.vanban|file.docx> [--json]`: the Decree 30 findings of a VanBan document
 * or of any DOCX file, grouped by cause. One line per finding ("error page.margins: …", in
 * Vietnamese when LANG starts with "vi"); a finding with several places says how many ("×14")
 * and lists the first of them on indented lines. --json prints the array (count and places
 * included). Exit 1 when a finding is an error, 0 otherwise; a file that cannot be read is exit 2
 * like every other command failure.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkDocument } from '../../../core/check/check-document';
import { checkDocx } from '../../../core/check/check-docx';
import { formatMessage, PART_NAMES } from '../../../core/check/catalog';
import { hasErrors } from '../../../core/check/summary';
import type { Finding } from '../../../core/check/types';
import { DEFAULT_DOCX_LIMITS, DocxReadError } from '../../../core/docx-read';
import { readDocumentFile } from '../../node/document-store';
import { parseCommandArgs } from '../args';
import { errorLine } from '../error-line';
import type { CliIO } from '../io';
import { UsageError } from '../usage-error';

export const EXIT_FINDINGS = 1;

async function readDocx(input: string): Promise<Uint8Array> {
  try {
    const info = await stat(input);
    if (!info.isFile()) throw new UsageError(`check: ${input}: not a file`);
    const limit = DEFAULT_DOCX_LIMITS.maxCompressedBytes;
    if (info.size > limit) throw new UsageError(`check: ${input}: the file is ${Math.round(info.size / 1048576)} MB; the limit is ${limit / 1048576} MB`);
    return await readFile(input);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(errorLine(error, input));
  }
}

async function findingsOf(input: string): Promise<Finding[]> {
  const extension = extname(input).toLowerCase();
  if (extension === '.docx') {
    const bytes = await readDocx(input);
    try {
      return checkDocx(bytes);
    } catch (error) {
      if (error instanceof DocxReadError) throw new UsageError(`check: ${input}: ${error.message}`);
      throw error;
    }
  }
  if (extension === '.vanban') {
    try {
      return checkDocument(await readDocumentFile(input));
    } catch (error) {
      throw new UsageError(errorLine(error, input));
    }
  }
  throw new UsageError(`check: the input file must end in .vanban or .docx: ${input}`);
}

/** Vietnamese when the environment's language is Vietnamese (LC_ALL, LC_MESSAGES, LANG). */
export function prefersVietnamese(env: NodeJS.ProcessEnv = process.env): boolean {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('vi');
}

/** "error page.margins: The left margin is 25 mm; it must be 30–35 mm."; a group: "error font.family ×146: …". */
export function findingLine(finding: Finding, vietnamese: boolean): string {
  const count = finding.count > 1 ? ` ×${finding.count}` : '';
  return `${finding.severity} ${finding.ruleId}${count}: ${vietnamese ? finding.message.vi : finding.message.en}`;
}

/** Places listed under a grouped finding; the rest are counted. */
export const PLACES_SHOWN = 3;

/** The indented lines under a grouped finding: "  - body: “Thực hiện …”", then "  … 140 more". */
export function placeLines(finding: Finding, vietnamese: boolean): string[] {
  if (finding.count < 2) return [];
  const lang = vietnamese ? 'vi' : 'en';
  const lines = finding.places.slice(0, PLACES_SHOWN).map((place) => `  - ${PART_NAMES[place.part][lang]}${place.text ? `: “${place.text}”` : ''}`);
  const rest = finding.count - PLACES_SHOWN;
  if (rest > 0) lines.push(`  ${formatMessage(PART_NAMES.morePlaces, { count: rest })[lang]}`);
  return lines;
}

/** The JSON form: everything but the fix's code; `fixable` says whether one is available. */
function toJson(finding: Finding): Record<string, unknown> {
  const { fix, ...rest } = finding;
  return { ...rest, fixable: fix !== undefined, ...(fix ? { fix: { description: fix.description } } : {}) };
}

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseCommandArgs('check', argv, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('check: missing input file <file.vanban|file.docx>');
  if (positionals.length > 1) throw new UsageError(`check: unexpected argument: ${positionals[1]}`);
  const findings = await findingsOf(positionals[0]);
  if (values.json) {
    io.out(JSON.stringify(findings.map(toJson), null, 2));
  } else {
    const vietnamese = prefersVietnamese();
    for (const finding of findings) {
      io.out(findingLine(finding, vietnamese));
      for (const line of placeLines(finding, vietnamese)) io.out(line);
    }
  }
  return hasErrors(findings) ? EXIT_FINDINGS : 0;
}
