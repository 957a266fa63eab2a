/** The document named on a command line (file association, "Open with", a second launch). */
import { isAbsolute, resolve } from 'node:path';

export const DOCUMENT_EXTENSION = '.vanban';

/** Files the app takes from outside: its own documents, and Word or text files it imports. */
export const OPENABLE_EXTENSIONS = [DOCUMENT_EXTENSION, '.docx', '.txt'] as const;

/**
 * The last argument naming a .vanban, .docx or .txt file, made absolute against the launch's
 * working folder (the renderer opens a .vanban and imports the others). Flags (--foo, -x) and
 * Electron's own arguments are ignored.
 */
export function documentFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    if (!OPENABLE_EXTENSIONS.some((extension) => lower.endsWith(extension))) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
  }
  return null;
}
