/**
 * The office server: Hocuspocus (shared documents over WebSocket) and the HTTP API on one HTTP(S)
 * server per listening address, all on one port.
 *
 *   <data>/documents            the update log (LevelDB, update-log.ts); with `instance`, the
 *                               process's own <data>/documents-<instance> (LevelDB admits one process)
 *   <data>/document-info        document records and seeds (document-info-store.ts), shared by all
 *                               processes on the folder
 * With `redis` (a redis:// URL or { host, port }), several server processes (each its own instance
 * name, same data folder) pass every update to each other through Redis (@hocuspocus/extension-redis),
 * so clients of different processes edit the same document together.
 *
 * Listens only on the addresses given (default 127.0.0.1). close() stops listening, closes the
 * connections, waits for every pending write, then closes the log.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator, OfficeRegister } from './contracts';
import { createDocumentInfoStore } from './document-info-store';
import { createHttpApi, MAX_BODY_BYTES } from './http-api';
import { createSyncExtension } from './sync-extension';
import { openUpdateLog } from './update-log';

export interface OfficeServerOptions {
  dataDir: string;
  /** Address or addresses to listen on (default 127.0.0.1). */
  host?: string | readonly string[];
  /** Default 0: a free port (the same one on every address). */
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** redis://[user:password@]host:port[/db], or host and port. */
  redis?: string | { host?: string; port: number };
  /** This process's name among several on one data folder (letters, digits, - and _). */
  instance?: string;
  authenticator: Authenticator;
  register: OfficeRegister;
  /** Flush every update to the disk before acknowledging it (default true; see update-log.ts). */
  syncWrites?: boolean;
  maxBodyBytes?: number;
  /** Where problems the server survives are reported (default: console.error). */
  onError?: (message: string) => void;
}

export interface OfficeServer {
  /** http(s)://<first address>:<port> (the WebSocket is at the same address, ws(s)://). */
  url: string;
  /** One per address. */
  urls: string[];
  syncUrl: string;
  port: number;
  close(): Promise<void>;
}

const INSTANCE = /^[A-Za-z0-9_-]{1,64}$/;
const CLOSE_GRACE_MS = 1000;

const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

function redisExtension(redis: NonNullable<OfficeServerOptions['redis']>): RedisExtension {
  if (typeof redis === 'string') return new RedisExtension({ prefix: 'vanban', createClient: () => new IORedis(redis) });
  return new RedisExtension({ prefix: 'vanban', host: redis.host ?? '127.0.0.1', port: redis.port });
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  const hosts = typeof options.host === 'string' ? [options.host] : options.host && options.host.length > 0 ? [...options.host] : ['127.0.0.1'];
  if (options.instance !== undefined && !INSTANCE.test(options.instance)) throw new Error(`Instance names use letters, digits, - and _ only: "${options.instance}"`);
  const onError = options.onError ?? ((message: string) => console.error(`vanban office server: ${message}`));
  const infos = createDocumentInfoStore(options.dataDir);
  const log = await openUpdateLog(join(options.dataDir, options.instance ? `documents-${options.instance}` : 'documents'), { syncWrites: options.syncWrites });

  const sockets = new WeakMap<IncomingMessage, WebSocket>();
  const { extension, documents } = createSyncExtension({
    authenticator: options.authenticator,
    register: options.register,
    infos,
    log,
    socketOf: (request) => sockets.get(request),
    onError,
  });
  const extensions: Extension[] = [extension];
  if (options.redis) extensions.push(redisExtension(options.redis));
  const hocuspocus = new Hocuspocus({ name: 'vanban-office', quiet: true, extensions });

  const api = createHttpApi({ authenticator: options.authenticator, infos, log, maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES, onError });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 100 * 1024 * 1024 });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('error', (error) => onError(`WebSocket: ${error.message}`));
    sockets.set(request, socket);
    hocuspocus.handleConnection(socket, request);
  });

  const servers: Server[] = [];
  let port = options.port ?? 0;
  try {
    for (const host of hosts) {
      const server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }) : createHttpServer();
      server.on('request', (request, response) => void api(request, response));
      server.on('upgrade', (request, socket, head) => {
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      });
      servers.push(server);
      port = await listen(server, port, host);
    }
  } catch (error) {
    for (const server of servers) server.close();
    await log.close();
    throw error;
  }

  const scheme = options.tls ? 'https' : 'http';
  const urls = hosts.map((host) => `${scheme}://${urlHost(host)}:${port}`);
  let closing: Promise<void> | null = null;

  async function shutdown(): Promise<void> {
    const stopped = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
    hocuspocus.closeConnections();
    const open = [...wss.clients];
    for (const socket of open) socket.close(1001, 'server-shutting-down');
    await Promise.race([
      Promise.all(open.map((socket) => (socket.readyState === socket.CLOSED ? null : new Promise((resolve) => socket.once('close', resolve))))),
      new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref()),
    ]);
    for (const socket of wss.clients) socket.terminate();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    for (const shared of documents.values()) await shared.close();
    await log.close();
    for (const server of servers) server.closeAllConnections();
    await Promise.all(stopped);
  }

  return {
    url: urls[0]!,
    urls,
    syncUrl: urls[0]!.replace(/^http/, 'ws'),
    port,
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
