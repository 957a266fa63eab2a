/**
 * Browser mode: the renderer and the host API served on 127.0.0.1 behind a per-launch token,
 * reading and writing documents only inside one documents folder.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHostService } from '../node/host-service';
import { handleApi } from './api';
import { sendError, sendText } from './respond';
import { hostAllowed, newToken, originAllowed, setSecurityHeaders } from './security';
import { serveStatic } from './static-files';

export interface BrowserModeOptions {
  documentsDir: string;
  userDataDir: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Default: 32 random bytes, hex. */
  token?: string;
  templatesDir?: string;
  version?: string;
  maxBodyBytes?: number;
}

export interface BrowserModeServer {
  /** http://127.0.0.1:<port>/?token=<token> */
  url: string;
  port: number;
  token: string;
  documentsDir: string;
  close(): Promise<void>;
}

export async function startBrowserModeServer(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? newToken();
  const service = createHostService({
    mode: 'browser',
    documentsDir: options.documentsDir,
    userDataDir: options.userDataDir,
    templatesDir: options.templatesDir,
    version: options.version ?? '0.0.0',
  });
  const { documentsDir } = await service.info({});
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    const isApi = (request.url ?? '').startsWith('/api');
    const refuse = (status: number, code: string, message: string) =>
      isApi ? sendError(response, status, code, message) : sendText(response, status, `${message}\n`);
    if (!hostAllowed(request, port)) return refuse(421, 'wrong-host', 'This server only answers to 127.0.0.1 and localhost');
    if (!originAllowed(request, port)) return refuse(403, 'forbidden', 'Requests from other sites are refused');
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    } catch {
      return refuse(400, 'bad-request', 'Bad request address');
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      await handleApi(request, response, pathname, { service, token, maxBodyBytes: options.maxBodyBytes });
    } else {
      await serveStatic(request, response, pathname, options.rendererDir);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    documentsDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
