/** Browser-mode server tests: a server on temp folders, calls over real HTTP. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserModeServer, type BrowserModeOptions, type BrowserModeServer } from '../../electron/server/server';

export const ROOT = resolve(__dirname, '../..');

export interface TestServer extends BrowserModeServer {
  base: string;
  documents: string;
  rendererDir: string;
}

/** A fake built renderer: index.html, an asset, a hidden file. */
export function writeRenderer(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>VanBan Studio</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("vanban");');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body { margin: 0 }');
  writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, '.env'), 'SECRET=1');
}

export async function startTestServer(options: Partial<BrowserModeOptions> & { withRenderer?: boolean } = {}): Promise<TestServer> {
  const base = mkdtempSync(join(tmpdir(), 'vanban-server-'));
  const rendererDir = join(base, 'renderer');
  if (options.withRenderer !== false) writeRenderer(rendererDir);
  const documents = join(base, 'VanBan');
  const server = await startBrowserModeServer({
    documentsDir: documents,
    userDataDir: join(base, 'user-data'),
    rendererDir,
    templatesDir: join(ROOT, 'templates'),
    version: '0.0.0-test',
    ...options,
  });
  return { ...server, base, documents, rendererDir };
}

export interface CallAnswer {
  status: number;
  body: { ok: boolean; result?: any; error?: { code: string; message: string; params?: Record<string, unknown> } };
  headers: Headers;
}

/** POST /api/call/<method> with the token (unless overridden). */
export async function call(
  server: TestServer,
  method: string,
  args: unknown = {},
  options: { token?: string | null; headers?: Record<string, string>; body?: string } = {},
): Promise<CallAnswer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
  const token = options.token === undefined ? server.token : options.token;
  if (token !== null) headers['X-VanBan-Token'] = token;
  const response = await fetch(`http://127.0.0.1:${server.port}/api/call/${method}`, {
    method: 'POST',
    headers,
    body: options.body ?? JSON.stringify(args),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with an exact path and headers (fetch would normalise "../" and set Host itself). */
export function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
