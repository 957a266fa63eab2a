/**
 * LibreOffice for render tests: find `soffice` and convert many DOCX files to PDF in one run.
 *
 * One soffice process per conversion batch, with a throw-away user profile so a desktop
 * LibreOffice (or a parallel run) never locks it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice executable on PATH (or SOFFICE), or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [process.env.SOFFICE, 'soffice', 'libreoffice'].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/** True when every named command is found on PATH. */
export function hasCommands(...commands: string[]): boolean {
  return commands.every((command) => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' }).status === 0);
}

/**
 * Converts the DOCX files to PDF in `outDir` with a single soffice call and returns the PDF
 * paths in the same order. Throws with soffice's output when a PDF is missing.
 */
export async function convertToPdf(soffice: string, docxFiles: string[], outDir: string, timeoutMs = 170_000): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
  const args = [
    '--headless',
    '--norestore',
    '--nologo',
    '--nodefault',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...docxFiles,
  ];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`soffice did not finish within ${timeoutMs} ms:\n${text}`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(text);
        else reject(new Error(`soffice exited with ${code}:\n${text}`));
      });
    });
    const pdfs = docxFiles.map((file) => join(outDir, basename(file).replace(/\.docx$/i, '.pdf')));
    const missing = pdfs.filter((pdf) => !existsSync(pdf));
    if (missing.length > 0) throw new Error(`soffice produced no PDF for ${missing.join(', ')}:\n${output}`);
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
