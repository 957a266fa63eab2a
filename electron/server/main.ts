/**
 * Entry point of browser mode (dist/server/browser-mode.cjs):
 *   node dist/server/browser-mode.cjs [--dir <folder>] [--port <n>] [--no-open]
 * Prints the address (with its token) and the documents folder; stops on Ctrl+C.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { defaultBrowserDocumentsDir, defaultUserDataDir } from '../node/default-dirs';
import { openInBrowser } from './open-browser';
import { startBrowserModeServer } from './server';

const USAGE = `Usage: node dist/server/browser-mode.cjs [--dir <folder>] [--port <n>] [--no-open]
  --dir <folder>   the documents folder (default: VanBan in your documents folder)
  --port <n>       the port on 127.0.0.1 (default: any free port)
  --no-open        do not open the address in a browser`;

function fail(message: string): never {
  process.stderr.write(`vanban browser mode: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { dir?: string; port?: string; 'no-open'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { dir: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (try --help)`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: expected a number from 0 to 65535, got ${values.port}`);
  const documentsDir = values.dir ? resolve(values.dir) : defaultBrowserDocumentsDir();

  let server;
  try {
    server = await startBrowserModeServer({
      documentsDir,
      userDataDir: defaultUserDataDir(),
      rendererDir: join(__dirname, '..', 'renderer'),
      port,
      version,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`port ${port} is already in use (choose another with --port, or 0 for any)`);
    fail(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }

  const running = server;
  let stopping = false;
  // A terminal's Ctrl+C reaches this process twice under `npm start` (directly and forwarded): one stop.
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 3000).unref();
    running.close().then(() => {
      process.stdout.write('VanBan Studio stopped.\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`VanBan Studio (browser mode): ${server.url}\n`);
  process.stdout.write(`Documents folder: ${server.documentsDir}\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
  if (!values['no-open']) openInBrowser(server.url);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
