/** The `vanban` command line: dispatches to one command; every failure is one line and exit 2. */
import { version } from '../../package.json';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { newCommand } from './commands/new';
import { templatesCommand } from './commands/templates';
import { errorLine } from './error-line';
import type { CliIO } from './io';
import { USAGE } from './usage';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_ERROR = 2;

/** A command may return its own exit status (`check`: 1 when there are errors); otherwise 0. */
const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<void | number>> = {
  templates: templatesCommand,
  new: newCommand,
  export: exportCommand,
  check: checkCommand,
  import: importCommand,
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (first === '--version') {
      io.out(version);
      return EXIT_OK;
    }
    if (first === undefined) throw new UsageError('missing command (try vanban --help)');
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) {
      throw new UsageError(`unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')}; try vanban --help)`);
    }
    return (await command(rest, io)) ?? EXIT_OK;
  } catch (error) {
    io.err(`vanban: ${errorLine(error)}`);
    return EXIT_ERROR;
  }
}
