import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { raw, startTestServer, type TestServer } from './helpers';

// The desktop window's policy, the same text in browser mode.
const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  writeFileSync(join(server.base, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(server.base, 'secret.txt'), join(server.rendererDir, 'assets', 'link.txt'));
});
afterAll(() => server.close());

describe('browser mode: the renderer files', () => {
  it('serves index.html for "/" (with the token in the address) with the security headers', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>VanBan Studio</title>');
  });

  it('serves assets with their MIME types', async () => {
    const types: Record<string, string> = {
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/font.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
      expect(response.headers.get('content-security-policy')).toBe(CSP);
    }
    expect(await (await fetch(`http://127.0.0.1:${server.port}/assets/app.js`)).text()).toBe('console.log("vanban");');
  });

  it('answers 404 for missing files, folders and hidden files', async () => {
    for (const path of ['/nope.js', '/assets', '/assets/', '/.env', '/assets/%2eenv']) {
      expect([path, (await raw(server.port, path)).status]).toEqual([path, 404]);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..\\secret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/link.txt',
      '//etc/passwd',
      '/%00index.html',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const answer = await raw(server.port, path);
      expect(answer.body).not.toContain('TOP SECRET');
      expect(answer.body).not.toContain('root:');
      expect([path, answer.status]).toEqual([path, 404]);
    }
  });

  it('only GET and HEAD', async () => {
    expect((await raw(server.port, '/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await raw(server.port, '/assets/app.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('"/" explains how to build when the renderer is missing', async () => {
    const bare = await startTestServer({ withRenderer: false });
    try {
      const response = await fetch(bare.url);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });

  it('serves files of a renderer folder reached through a symbolic link', async () => {
    const linked = await startTestServer();
    try {
      const real = join(linked.base, 'real-renderer');
      mkdirSync(real);
      writeFileSync(join(real, 'index.html'), '<p>linked</p>');
      const other = await startTestServer({ rendererDir: join(linked.base, 'renderer-link') });
      symlinkSync(real, join(linked.base, 'renderer-link'));
      expect(await (await fetch(other.url)).text()).toBe('<p>linked</p>');
      await other.close();
    } finally {
      await linked.close();
    }
  });
});
