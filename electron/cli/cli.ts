/** The `vanban` command line: dispatches to one command; every failure is one line and exit 2. */
import { version } from '../../package.json';
import { errorLine } from './error-line';
import type { CliIO } from './io';
import { USAGE } from './usage';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_ERROR = 2;

type Command = (argv: string[], io: CliIO) => Promise<void | number>;

/**
 * A command may return its own exit status (`check`: 1 when there are errors); otherwise 0.
 * Each is loaded when it runs (the bundle initialises only what that command uses: `templates`
 * and `--version` never set up the DOCX writer, `export` never the importer or the checker).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./commands/templates')).templatesCommand,
  new: async () => (await import('./commands/new')).newCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  import: async () => (await import('./commands/import')).importCommand,
  server: async () => (await import('./commands/server')).serverCommand,
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || argv.includes('--help') || argv.includes('-h')) {
      io.out(first === 'server' ? (await import('./commands/server')).SERVER_USAGE : USAGE);
      return EXIT_OK;
    }
    if (first === '--version') {
      io.out(version);
      return EXIT_OK;
    }
    if (first === undefined) throw new UsageError('missing command (try vanban --help)');
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) {
      throw new UsageError(`unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')}; try vanban --help)`);
    }
    const command = await load();
    return (await command(rest, io)) ?? EXIT_OK;
  } catch (error) {
    io.err(`vanban: ${errorLine(error)}`);
    return EXIT_ERROR;
  }
}
