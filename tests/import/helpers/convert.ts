/** Converts HTML and .fodt fixtures to .docx with one LibreOffice run (a producer other than our writer). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Returns the .docx path of each input, in order; throws with soffice's output when one is missing. */
export function convertToDocx(soffice: string, files: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'vanban-import-lo-'));
  try {
    const run = (inputs: string[], extra: string[]) => {
      if (inputs.length === 0) return '';
      const result = spawnSync(
        soffice,
        ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(profile).href}`, ...extra, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, ...inputs],
        { encoding: 'utf8', timeout: 170_000 },
      );
      return `${result.stdout}${result.stderr}`;
    };
    // HTML must be opened by Writer (not Writer/Web) to export DOCX.
    const output = run(files.filter((f) => f.endsWith('.html')), ['--infilter=HTML (StarWriter)']) + run(files.filter((f) => !f.endsWith('.html')), []);
    const docx = files.map((f) => join(outDir, basename(f).replace(/\.(html|fodt)$/, '.docx')));
    const missing = docx.filter((f) => !existsSync(f));
    if (missing.length > 0) throw new Error(`soffice produced no DOCX for ${missing.join(', ')}:\n${output}`);
    return docx;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
