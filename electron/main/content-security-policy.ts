/**
 * The Content-Security-Policy of the renderer, one text for both modes: Electron puts it on every
 * app:// response (security.ts, renderer-protocol.ts), the browser-mode server on every answer
 * (electron/server/security.ts), so what browser mode (and its Playwright specs) runs under is
 * what the desktop window gets. No Electron import here: the server and the tests read it too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The spell-check worker (a module script of the app's own).
  "worker-src 'self'",
  // Slate and React set inline style attributes; no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
