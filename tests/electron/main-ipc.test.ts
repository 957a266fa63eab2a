import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDocumentFile } from '../../core/file/document-file';
import { fake } from './fake-electron';
import { type TestApp, appStarter } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

const start = appStarter();

describe('IPC: who may call', () => {
  it('answers the app window’s own top frame', async () => {
    const { call } = await start();
    const answer = await call('info', {});
    expect(answer).toEqual({ ok: true, result: { mode: 'electron', version: '0.1.0-test', documentsDir: expect.any(String), nativeDialogs: true } });
  });

  it('rejects a call from a frame that is not the main window’s top frame', async () => {
    const { call } = await start();
    const iframe = { url: 'app://vanban/index.html', name: 'child' };
    expect(await call('info', {}, iframe)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('app window') } });
    expect(await call('info', {}, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects a call from the main frame once it shows a foreign page', async () => {
    const { call, window } = await start();
    window.webContents.mainFrame.url = 'https://example.com/';
    expect(await call('listTemplates', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a rejected call does not reach the service', async () => {
    const { call, window, dirs } = await start();
    const document = (await call('createDocument', { templateId: 'cong-van', useProfile: false })).result;
    const path = join(dirs.documents, 'from-iframe.vanban');
    await call('saveDocument', { path, document }, { url: 'app://vanban/index.html', name: 'child' });
    expect(() => readFileSync(path)).toThrow(/ENOENT/);
    expect(window.isDestroyed()).toBe(false);
  });
});

describe('IPC: what may be called', () => {
  it('answers bad arguments with bad-request naming the field', async () => {
    const { call } = await start();
    const answer = await call('createDocument', { templateId: 'cong-van', useProfile: 'yes' });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('bad-request');
    expect(answer.error.message).toContain('useProfile');

    const extra = await call('setDirty', { dirty: true, title: 'x', script: 'alert(1)' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('script') } });
  });

  it('answers an unknown method with bad-request', async () => {
    const { call } = await start();
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'Unknown host method: __proto__' } });
    expect(await call('eval', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('passes a service error through with its code', async () => {
    const { call, dirs } = await start();
    const answer = await call('openDocument', { path: join(dirs.documents, 'missing.vanban') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('IPC: real work in a temporary folder', () => {
  it('saves a document from a template to disk and opens it again', async () => {
    const { call, dirs } = await start();
    const created = await call('createDocument', { templateId: 'ke-hoach-so', useProfile: false });
    expect(created.ok).toBe(true);
    const document = { ...created.result, summary: 'Tổ chức Hội thi tin học trẻ năm 2025' };
    const path = join(dirs.documents, 'ke-hoach-hoi-thi.vanban');

    const saved = await call('saveDocument', { path, document });
    expect(saved).toEqual({ ok: true, result: { path, savedAt: expect.any(String), stamp: expect.any(String) } });

    const onDisk = parseDocumentFile(readFileSync(path, 'utf8'));
    expect(onDisk.summary).toBe('Tổ chức Hội thi tin học trẻ năm 2025');

    const opened = await call('openDocument', { path });
    expect(opened.result.document.summary).toBe('Tổ chức Hội thi tin học trẻ năm 2025');
    const recent = await call('recentFiles', {});
    expect(recent.result.map((entry: { path: string }) => entry.path)).toEqual([path]);
  });

  it('asks the native dialog for a path, filtered to the purpose’s file type', async () => {
    const { call, dirs } = await start();
    fake.fileDialogAnswers.push(join(dirs.root, 'chosen'));
    const chosen = await call('choosePath', { purpose: 'exportDocx', suggestedName: 'Kế hoạch 05' });
    expect(chosen).toEqual({ ok: true, result: join(dirs.root, 'chosen.docx') });
    const [asked] = fake.fileDialogs;
    expect(asked.kind).toBe('save');
    expect(asked.options.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }]);
    expect(asked.options.defaultPath).toBe(join(dirs.documents, 'Kế hoạch 05.docx'));

    expect(await call('choosePath', { purpose: 'open' })).toEqual({ ok: true, result: null });
    expect(fake.fileDialogs[1]).toMatchObject({ kind: 'open', options: { filters: [{ name: 'Văn bản VanBan', extensions: ['vanban'] }] } });
  });

  it('asks for the Word copy a leader commented on with an open dialog for .docx only', async () => {
    const { call, dirs } = await start();
    fake.fileDialogAnswers.push(join(dirs.root, 'gop-y.docx'));
    expect(await call('choosePath', { purpose: 'importComments' })).toEqual({ ok: true, result: join(dirs.root, 'gop-y.docx') });
    expect(fake.fileDialogs[0]).toMatchObject({
      kind: 'open',
      options: { title: 'Nhập góp ý từ Word', filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }], defaultPath: dirs.documents },
    });
  });

  it('exports a PDF printed on A4 with the decree’s margins', async () => {
    const { call, dirs, window } = await start();
    const path = join(dirs.root, 'ke-hoach.pdf');
    // Outside the documents folder: only once the user chose it in the dialog.
    expect(await call('exportPdf', { path })).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
    fake.fileDialogAnswers.push(path);
    expect(await call('choosePath', { purpose: 'exportPdf' })).toEqual({ ok: true, result: path });
    expect(await call('exportPdf', { path })).toEqual({ ok: true, result: { path } });
    expect(readFileSync(path, 'utf8')).toBe(fake.pdfBytes);
    const [options] = window.webContents.pdfRequests as Array<Record<string, any>>;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true });
    const mm = (inches: number) => Math.round(inches * 25.4 * 100) / 100;
    expect({ top: mm(options.margins.top), bottom: mm(options.margins.bottom), left: mm(options.margins.left), right: mm(options.margins.right) }).toEqual({
      top: 20,
      bottom: 20,
      left: 30,
      right: 15,
    });
  });
});
