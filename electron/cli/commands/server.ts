/**
 * `vanban server start|user …`: run the office server, or manage its accounts (server-user.ts).
 *
 * `start` listens until SIGINT or SIGTERM, then closes (pending writes flushed) and exits 0. With
 * --redis, numbers are given from Redis (one register for every server process) and documents are
 * shared between the processes; without it, from <data>/register.json.
 */
import { readFile } from 'node:fs/promises';
import { createAuthenticator } from '../../office-server/accounts/authenticator';
import type { OfficeRegister } from '../../office-server/contracts';
import { createFileRegister } from '../../office-server/register/file-register';
import { createRedisRegister } from '../../office-server/register/redis-register';
import type { OfficeServer } from '../../office-server/start-server';
import { parseCommandArgs, requireString, type OptionSpec } from '../args';
import type { CliIO } from '../io';
import { UsageError } from '../usage-error';
import { serverUserCommand, SERVER_USER_USAGE, type ServerUserIO } from './server-user';

export const SERVER_START_USAGE = `Usage: vanban server start --data <folder> [options]

  --data <folder>        The server's data folder (accounts, register, documents)
  --host <address>       Listen on this address (repeatable; default 127.0.0.1;
                         0.0.0.0 for every address of this PC)
  --port <number>        Port (default 8420)
  --tls-cert <file.pem>  Serve https/wss with this certificate …
  --tls-key <file.pem>   … and this private key (both or neither)
  --redis <url>          redis://host:port[/db]: several server processes on one data
                         folder share documents and one register through Redis
  --instance <name>      This process's name among several (needed with --redis)

Stops on Ctrl+C (SIGINT) or SIGTERM after writing every pending change.`;

export const DEFAULT_SERVER_PORT = 8420;

const START_OPTIONS: OptionSpec = {
  data: { type: 'string' },
  host: { type: 'string', multiple: true },
  port: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  redis: { type: 'string' },
  instance: { type: 'string' },
};

export type ServerCommandIO = ServerUserIO & {
  /** Resolves when the server should stop (default: the first SIGINT or SIGTERM). */
  stopSignal?: () => Promise<void>;
  /** Told the running server once it listens (tests). */
  onStarted?: (server: OfficeServer) => void;
};

function processStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SERVER_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`server start: --port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

async function readTls(cert: string | undefined, key: string | undefined): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new UsageError('server start: --tls-cert and --tls-key go together');
  return { cert: await readFile(cert), key: await readFile(key) };
}

async function startCommand(argv: string[], io: ServerCommandIO): Promise<number> {
  const { positionals, values } = parseCommandArgs('server start', argv, START_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`server start: unexpected argument "${positionals[0]}"`);
  const dataDir = requireString(values, 'data', '--data <folder>', 'server start');
  const port = parsePort(values.port as string | undefined);
  const hosts = (values.host as unknown as string[] | undefined) ?? ['127.0.0.1'];
  const redis = values.redis as string | undefined;
  const instance = values.instance as string | undefined;
  if (redis && !instance) throw new UsageError('server start: --redis needs --instance <name> (each process its own)');
  const tls = await readTls(values['tls-cert'] as string | undefined, values['tls-key'] as string | undefined);

  const authenticator = createAuthenticator({ dataDir });
  const redisRegister = redis ? createRedisRegister(redis) : null;
  const register: OfficeRegister = redisRegister ?? createFileRegister(dataDir);
  let server: OfficeServer;
  try {
    // Loaded here: `server user` never opens the LevelDB binding.
    const { startOfficeServer } = await import('../../office-server/start-server');
    server = await startOfficeServer({
      dataDir,
      host: hosts,
      port,
      tls,
      redis,
      instance,
      authenticator,
      register,
      onError: (message) => io.err(`vanban server: ${message}`),
    });
  } catch (error) {
    await redisRegister?.close();
    throw error;
  }
  for (const url of server.urls) io.out(`VanBan office server listening on ${url}`);
  io.out(`Data folder: ${dataDir}${redis ? ` (instance ${instance}, Redis ${redis})` : ''}`);
  if ((await authenticator.store.list()).length === 0) {
    io.err(`vanban server: no accounts yet; add one with: vanban server user add --data ${dataDir} --login … --role admin …`);
  }
  io.onStarted?.(server);
  await (io.stopSignal ?? processStopSignal)();
  io.out('Stopping: writing pending changes…');
  await server.close();
  await redisRegister?.close();
  io.out('Stopped.');
  return 0;
}

export const SERVER_USAGE = `Usage: vanban server [start] --data <folder> [options]
       vanban server user <action> --data <folder> [options]

${SERVER_START_USAGE}

${SERVER_USER_USAGE}`;

/** `argv`: the words after `vanban server`. */
export async function serverCommand(argv: string[], io: ServerCommandIO): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'user') return serverUserCommand(rest, io);
  if (action === 'start') return startCommand(rest, io);
  // `vanban server --data <folder> …` starts it too.
  if (action?.startsWith('-')) return startCommand(argv, io);
  if (action === undefined) throw new UsageError('server: missing action (start or user; try vanban server --help)');
  throw new UsageError(`server: unknown action "${action}" (start or user)`);
}
