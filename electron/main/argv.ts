/** The document named on a command line (file association, "Open with", a second launch). */
import { isAbsolute, resolve } from 'node:path';

export const DOCUMENT_EXTENSION = '.vanban';

/**
 * The last argument naming a .vanban file, made absolute against the launch's working folder.
 * Flags (--foo, -x) and Electron's own arguments are ignored.
 */
export function documentFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(DOCUMENT_EXTENSION)) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
  }
  return null;
}
