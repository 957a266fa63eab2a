import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePlan } from '../fixtures/documents';
import { call, raw, startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('browser-mode API: who may call', () => {
  it('listens on 127.0.0.1 with a 64-hex-digit token in the address', () => {
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  it('answers 403 without the token or with a wrong one, and does nothing', async () => {
    for (const token of [null, '', 'x'.repeat(64), server.token.slice(0, 63), `${server.token}0`]) {
      const answer = await call(server, 'saveDocument', { path: 'a.vanban', document: makePlan() }, { token });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(readdirSync(server.documents)).toEqual([]);
  });

  it('two servers have different tokens', async () => {
    const other = await startTestServer();
    try {
      expect(other.token).not.toBe(server.token);
      expect((await call(server, 'info', {}, { token: other.token })).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('refuses a Host header other than 127.0.0.1 or localhost with this port (DNS rebinding)', async () => {
    const headers = { 'X-VanBan-Token': server.token, 'Content-Type': 'application/json' };
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`]) {
      const answer = await raw(server.port, '/api/call/info', { method: 'POST', headers: { ...headers, Host: host }, body: '{}' });
      expect([host, answer.status]).toEqual([host, 421]);
      expect(JSON.parse(answer.body).error.code).toBe('wrong-host');
      expect((await raw(server.port, '/', { headers: { Host: host } })).status).toBe(421);
    }
    const ok = await raw(server.port, '/api/call/info', { method: 'POST', headers: { ...headers, Host: `localhost:${server.port}` }, body: '{}' });
    expect(ok.status).toBe(200);
  });

  it('refuses calls from a page of another origin', async () => {
    const answer = await call(server, 'info', {}, { headers: { Origin: 'http://evil.example' } });
    expect(answer.status).toBe(403);
    expect((await call(server, 'info', {}, { headers: { Origin: `http://localhost:${server.port}` } })).status).toBe(200);
  });

  it('answers API calls with Cache-Control: no-store and the CSP', async () => {
    const answer = await call(server, 'info');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.body).toEqual({ ok: true, result: { mode: 'browser', version: '0.0.0-test', documentsDir: expect.any(String), nativeDialogs: false } });
  });
});

describe('browser-mode API: what a call must look like', () => {
  it('unknown methods and other API paths are 404', async () => {
    expect((await call(server, 'deleteEverything')).status).toBe(404);
    expect((await call(server, 'constructor')).status).toBe(404);
    expect((await call(server, '__proto__')).body.error?.code).toBe('unknown-method');
    const other = await raw(server.port, '/api/other', { method: 'POST', headers: { 'X-VanBan-Token': server.token, 'Content-Type': 'application/json' }, body: '{}' });
    expect(other.status).toBe(404);
  });

  it('only POST with Content-Type application/json', async () => {
    const get = await raw(server.port, '/api/call/info', { headers: { 'X-VanBan-Token': server.token } });
    expect(get.status).toBe(405);
    const form = await call(server, 'info', {}, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const text = await call(server, 'info', {}, { headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('bad JSON and bad arguments are 400, naming the field', async () => {
    const broken = await call(server, 'info', {}, { body: '{"a":' });
    expect(broken.status).toBe(400);
    expect(broken.body.error?.code).toBe('bad-request');
    const wrong = await call(server, 'openDocument', { path: 7 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.message).toContain('path');
    const extra = await call(server, 'createDocument', { templateId: 'cong-van', useProfile: false, admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error?.message).toContain('admin');
    const badDoc = await call(server, 'saveDocument', { path: 'a.vanban', document: { ...makePlan(), header: { ...makePlan().header, date: { day: 31, month: 2, year: 2025 } } } });
    expect(badDoc.status).toBe(400);
    expect(badDoc.body.error?.message).toContain('date');
  });

  it('a body over the limit is 413', async () => {
    const small = await startTestServer({ maxBodyBytes: 2000 });
    try {
      const answer = await call(small, 'saveDocument', { path: 'big.vanban', document: { ...makePlan(), summary: 'a'.repeat(5000) } });
      expect(answer.status).toBe(413);
      // The same code and message as a save over the document limit.
      expect(answer.body.error?.code).toBe('document-too-large');
      expect(existsSync(join(small.documents, 'big.vanban'))).toBe(false);
      // The connection still works afterwards.
      expect((await call(small, 'info')).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('the default limit is 60 MB', async () => {
    const answer = await call(server, 'info', {}, { body: `{"x":"${'a'.repeat(61 * 1024 * 1024)}"}` });
    expect(answer.status).toBe(413);
  });
});

describe('browser-mode API: documents over HTTP', () => {
  it('create → save → list → open → export → autosave → recover, all inside the documents folder', async () => {
    const created = await call(server, 'createDocument', { templateId: 'ke-hoach-so', useProfile: false });
    expect(created.status).toBe(200);
    const document = { ...created.body.result, summary: 'Kế hoạch thử qua HTTP' };

    const saved = await call(server, 'saveDocument', { path: 'Kế hoạch HTTP', document });
    expect(saved.status).toBe(200);
    expect(saved.body.result.path).toBe('Kế hoạch HTTP.vanban');
    const onDisk = JSON.parse(readFileSync(join(server.documents, 'Kế hoạch HTTP.vanban'), 'utf8'));
    expect(onDisk.document.summary).toBe('Kế hoạch thử qua HTTP');

    const list = await call(server, 'listDocuments');
    expect(list.body.result.map((f: { path: string }) => f.path)).toContain('Kế hoạch HTTP.vanban');
    const recent = await call(server, 'recentFiles');
    expect(recent.body.result[0]).toMatchObject({ path: 'Kế hoạch HTTP.vanban', name: 'Kế hoạch HTTP' });

    const opened = await call(server, 'openDocument', { path: 'Kế hoạch HTTP.vanban' });
    expect(opened.status).toBe(200);
    expect(opened.body.result.document).toEqual(document);

    const exported = await call(server, 'exportDocx', { path: 'ke-hoach.docx', document });
    expect(exported.body).toEqual({ ok: true, result: { path: 'ke-hoach.docx' } });
    expect(readFileSync(join(server.documents, 'ke-hoach.docx')).subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await call(server, 'exportPdf', { path: 'ke-hoach.pdf' });
    expect(pdf.status).toBe(501);
    expect(pdf.body.error?.code).toBe('unsupported');

    const auto = await call(server, 'autosave', { sessionId: 'tab-1', originalPath: 'Kế hoạch HTTP.vanban', document: { ...document, summary: 'Chưa lưu' } });
    expect(auto.status).toBe(200);
    const recovery = await call(server, 'listRecovery');
    expect(recovery.body.result).toEqual([{ id: 'tab-1', originalPath: 'Kế hoạch HTTP.vanban', title: 'Chưa lưu', savedAt: auto.body.result.savedAt }]);
    const read = await call(server, 'readRecovery', { id: 'tab-1' });
    expect(read.body.result.document.summary).toBe('Chưa lưu');
    expect((await call(server, 'discardRecovery', { id: 'tab-1' })).body).toEqual({ ok: true, result: {} });
  });

  it('"../" and absolute paths out of the documents folder are 403 outside-documents', async () => {
    const document = makePlan();
    const attempts: Array<[string, unknown]> = [
      ['saveDocument', { path: '../escape.vanban', document }],
      ['saveDocument', { path: 'sub/../../escape.vanban', document }],
      ['saveDocument', { path: '..\\escape.vanban', document }],
      ['exportDocx', { path: join(server.base, 'escape.docx'), document }],
      ['openDocument', { path: '/etc/passwd' }],
      ['autosave', { sessionId: 'x', originalPath: '../../x.vanban', document }],
    ];
    for (const [method, args] of attempts) {
      const answer = await call(server, method, args);
      expect([method, answer.status, answer.body.error?.code]).toEqual([method, 403, 'outside-documents']);
    }
    expect(readdirSync(server.base).sort()).toEqual(['VanBan', 'renderer', 'user-data']);
  });

  it('maps file errors to status codes', async () => {
    expect((await call(server, 'openDocument', { path: 'khong-co.vanban' })).status).toBe(404);
    writeFileSync(join(server.documents, 'hong.vanban'), 'not json');
    const broken = await call(server, 'openDocument', { path: 'hong.vanban' });
    expect(broken.status).toBe(422);
    expect(broken.body.error?.code).toBe('not-json');
    mkdirSync(join(server.documents, 'folder.vanban'));
    expect((await call(server, 'openDocument', { path: 'folder.vanban' })).status).toBe(404);
    const badId = await call(server, 'readRecovery', { id: '../settings' });
    expect(badId.status).toBe(400);
  });

  it('settings persist between calls', async () => {
    expect((await call(server, 'updateSettings', { language: 'en' })).body.result.language).toBe('en');
    expect((await call(server, 'getSettings')).body.result).toEqual({ language: 'en', profile: null, user: null });
    expect((await call(server, 'setDirty', { dirty: true, title: 'x' })).body).toEqual({ ok: true, result: {} });
  });
});
