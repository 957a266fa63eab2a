/**
 * Child process: the office server on a data folder (args: dataDir, instance or '', Redis port or '');
 * prints { url, syncUrl, pid } as one JSON line once it listens; SIGTERM/SIGINT close it cleanly.
 */
import { createAuthenticator } from '../../../electron/office-server/accounts/authenticator';
import { createFileRegister } from '../../../electron/office-server/register/file-register';
import { startOfficeServer } from '../../../electron/office-server/start-server';

const [dataDir, instance, redisPort] = process.argv.slice(2);
const server = await startOfficeServer({
  dataDir,
  authenticator: createAuthenticator({ dataDir }),
  register: createFileRegister(dataDir),
  instance: instance || undefined,
  redis: redisPort ? { host: '127.0.0.1', port: Number(redisPort) } : undefined,
  onError: (message) => process.stderr.write(`server error: ${message}\n`),
});
process.stdout.write(`${JSON.stringify({ url: server.url, syncUrl: server.syncUrl, pid: process.pid })}\n`);
const stop = () =>
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
