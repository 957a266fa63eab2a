/** Child process: `vanban server user …` as the real CLI runs it (stdin, exit code, one error line). */
import { serverUserCommand } from '../../../electron/cli/commands/server-user';
import { errorLine } from '../../../electron/cli/error-line';

try {
  process.exitCode = await serverUserCommand(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  process.stderr.write(`vanban: ${errorLine(error)}\n`);
  process.exitCode = 2;
}
