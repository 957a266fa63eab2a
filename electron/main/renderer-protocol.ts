/**
 * The renderer is served from the packaged dist/renderer folder over a private `app://vanban/`
 * scheme rather than file://, so the page has a real origin, gets our CSP header on every
 * response, and cannot read other files on disk.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vanban';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True when the URL is a page of the app's renderer. */
export function isRendererUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function answer(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The response for one app:// request: a file inside rendererDir, or 403/404/405. */
export async function serveRendererFile(rendererDir: string, url: string, method = 'GET', csp?: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return answer(405, 'Method not allowed');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return answer(400, 'Bad request');
  }
  if (parsed.host !== APP_HOST) return answer(404, 'Not found');
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return answer(400, 'Bad request');
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return answer(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return answer(404, 'Not found');
  }
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (csp) headers['Content-Security-Policy'] = csp;
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** Serves rendererDir on app://vanban/ for the default session. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request.url, request.method, csp));
}
