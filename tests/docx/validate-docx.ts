/**
 * Runs the shared OOXML validator (../shared/ooxml/validate-docx from the repo root) on DOCX bytes.
 * When the validator or the tools it needs are absent the result says why, and tests skip with
 * that message rather than pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VALIDATOR = resolve(REPO_ROOT, '..', 'shared', 'ooxml', 'validate-docx');

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Why validation cannot run here, or null when it can. */
export function validatorUnavailable(): string | null {
  if (!existsSync(VALIDATOR)) return `OOXML validator not found at ${VALIDATOR}`;
  const missing = ['python3', 'xmllint', 'xsltproc'].filter((command) => !hasCommand(command));
  return missing.length > 0 ? `OOXML validation needs ${missing.join(', ')} (not installed)` : null;
}

export interface ValidationResult {
  /** Set when the validator could not run: the reason, for ctx.skip(). */
  skipped?: string;
  /** One line per problem the validator reported, without the file name. */
  problems: string[];
}

export function validateDocxBytes(bytes: Uint8Array, name = 'document.docx'): ValidationResult {
  const unavailable = validatorUnavailable();
  if (unavailable) return { skipped: unavailable, problems: [] };
  const dir = mkdtempSync(join(tmpdir(), 'vanban-validate-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const run = spawnSync('python3', [VALIDATOR, path], { encoding: 'utf8', timeout: 120_000 });
    const lines = `${run.stdout}`.split('\n').filter(Boolean).map((line) => line.replace(`${path}: `, ''));
    const summary = lines.find((line) => /^\d+ parts checked, \d+ problems$/.test(line));
    if (!summary) throw new Error(`validate-docx gave no summary (exit ${run.status}): ${run.stdout}${run.stderr}`);
    const problems = lines.filter((line) => line !== summary);
    if ((run.status === 0) !== (problems.length === 0)) throw new Error(`validate-docx exit ${run.status} disagrees with: ${run.stdout}`);
    return { problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
