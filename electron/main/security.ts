/**
 * Locks the renderer down: nothing from the network, no navigation, no new windows, no
 * permission prompts, and a strict Content-Security-Policy on every response.
 */
import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './renderer-protocol';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** Only the app's own files and in-memory data may be loaded. */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:';
}

/** The same document (a change of the #fragment only). */
export function isSamePage(target: string, current: string): boolean {
  try {
    const a = new URL(target);
    const b = new URL(current);
    a.hash = '';
    b.hash = '';
    return a.href === b.href;
  } catch {
    return false;
  }
}

export function secureSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Every navigation away from the page, every redirect, new window and <webview> is refused. */
export function secureWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isSamePage(event.url ?? url, contents.getURL())) event.preventDefault();
  });
  // Any frame (the page has none, but an injected <iframe> would): no navigation anywhere else.
  contents.on('will-frame-navigate', (details) => {
    if (!isSamePage(details.url, contents.getURL())) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSamePage(event.url ?? url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Every web contents the app ever creates (windows, devtools, anything a bug or an exploit might
 * open), not only the main window's: no <webview> attached, no new window opened.
 */
export function secureAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
