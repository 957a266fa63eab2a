/** Entry point of the bundled CLI (dist/cli/vanban.cjs, started by bin/vanban.cjs). */
import { errorLine } from './error-line';
import { EXIT_ERROR, runCli } from './cli';

function fail(error: unknown): void {
  process.stderr.write(`vanban: ${errorLine(error)}\n`);
  process.exit(EXIT_ERROR);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// `vanban templates | head -1` closes the pipe early: not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
}, fail);
