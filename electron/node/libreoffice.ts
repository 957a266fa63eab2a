/**
 * DOCX → PDF through LibreOffice (`soffice --headless --convert-to pdf`), with a throw-away
 * user profile so a running LibreOffice or a parallel conversion never holds its lock.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export class PdfConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfConversionError';
  }
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where LibreOffice installs itself when it is not on PATH. */
function standardLocations(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (process.platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files'].filter((root): root is string => Boolean(root));
    return roots.map((root) => join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  return [];
}

/** The soffice executable: VANBAN_SOFFICE, then PATH (soffice, libreoffice), then the usual install folders; null when none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.VANBAN_SOFFICE) return isExecutable(env.VANBAN_SOFFICE) ? env.VANBAN_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return standardLocations(env).find(isExecutable) ?? null;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim();
}

/** Converts DOCX bytes to PDF bytes. Throws PdfConversionError with a one-line reason. */
export async function convertDocxToPdf(soffice: string, docx: Uint8Array, timeoutMs = 180_000): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'vanban-pdf-'));
  try {
    const input = join(work, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = ['--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `-env:UserInstallation=${profile}`];
    args.push('--convert-to', 'pdf', '--outdir', work, input);
    const output = await new Promise<string>((resolve, reject) => {
      // Its own process group, so a timeout also stops soffice.bin started by the soffice script.
      const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          /* already gone */
        }
        reject(new PdfConversionError(`LibreOffice did not finish the PDF within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new PdfConversionError(`cannot run LibreOffice (${soffice}): ${error.message}`));
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(text);
        else reject(new PdfConversionError(`LibreOffice failed to convert the document (exit ${code}${firstLine(text) ? `: ${firstLine(text)}` : ''})`));
      });
    });
    let pdf: Buffer;
    try {
      pdf = await readFile(join(work, 'document.pdf'));
    } catch {
      throw new PdfConversionError(`LibreOffice wrote no PDF${firstLine(output) ? ` (${firstLine(output)})` : ''}`);
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfConversionError('LibreOffice wrote a file that is not a PDF');
    return new Uint8Array(pdf);
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}
