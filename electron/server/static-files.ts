/**
 * The renderer's files (dist/renderer) over HTTP: GET and HEAD only, index.html for "/",
 * nothing outside the folder (no "..", no symbolic links leading out, no hidden files).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative } from 'node:path';
import { sendText } from './respond';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>VanBan Studio</title></head>
<body><h1>VanBan Studio: the editor has not been built</h1>
<p>The folder dist/renderer is missing. Run <code>npm run build</code> (or <code>npm start</code>, which builds first) and reload this page.</p>
</body></html>
`;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The file on disk for a URL path, or null when there is none to serve. */
async function locate(rendererDir: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded === '/' || decoded === '') decoded = '/index.html';
  if (/[\u0000\\]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  let root: string;
  try {
    root = await realpath(rendererDir);
  } catch {
    return null;
  }
  const candidate = join(root, ...segments);
  if (!inside(root, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!inside(root, real) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

export async function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed\n');
    return;
  }
  const file = await locate(rendererDir, pathname);
  if (!file) {
    const isIndex = pathname === '/' || pathname === '/index.html';
    if (isIndex) {
      response.setHeader('Cache-Control', 'no-store');
      sendText(response, 503, NOT_BUILT, 'text/html; charset=utf-8');
    } else {
      sendText(response, 404, 'Not found\n');
    }
    return;
  }
  const info = await stat(file);
  response.statusCode = 200;
  response.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
  response.setHeader('Content-Length', info.size);
  // The page carries the token in its address: never cached. Assets are revalidated.
  response.setHeader('Cache-Control', file.endsWith('.html') ? 'no-store' : 'no-cache');
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
