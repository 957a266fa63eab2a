import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HostCallError } from '../../core/host/contract';
import type { VanBanDocument } from '../../core/model/types';
import { createHostService, type HostServiceOptions } from '../../electron/node/host-service';
import { makePlan } from '../fixtures/documents';

const ROOT = resolve(__dirname, '../..');
const TEMPLATES = join(ROOT, 'templates');
const PROFILE = JSON.parse(readFileSync(join(TEMPLATES, 'profiles/so-tttt-quang-tri.json'), 'utf8'));

function setup(overrides: Partial<HostServiceOptions> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'vanban-host-'));
  const documentsDir = join(base, 'Tài liệu', 'VanBan');
  const userDataDir = join(base, 'user-data');
  const host = createHostService({
    mode: 'browser',
    documentsDir,
    userDataDir,
    templatesDir: TEMPLATES,
    version: '9.9.9',
    ...overrides,
  });
  return { host, base, documentsDir, userDataDir };
}

/** The error code a call rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostCallError);
    return (error as HostCallError).code;
  }
  throw new Error('expected the call to fail');
}

function plan(summary = 'Tuyên truyền cải cách hành chính năm 2025'): VanBanDocument {
  return makePlan({ summary });
}

describe('host service (browser mode): documents', () => {
  it('creates the documents folder and reports the mode', async () => {
    const { host, documentsDir } = setup();
    expect(existsSync(documentsDir)).toBe(true);
    const info = await host.info({});
    expect(info).toMatchObject({ mode: 'browser', version: '9.9.9', nativeDialogs: false });
    expect(info.documentsDir.endsWith(join('Tài liệu', 'VanBan'))).toBe(true);
    expect(await host.choosePath({ purpose: 'save', suggestedName: 'Kế hoạch' })).toBeNull();
  });

  it('create → save → list → open → export DOCX → autosave → recovery → discard', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const templates = await host.listTemplates({});
    expect(templates.map((t) => t.id)).toContain('cong-van');
    const created = await host.createDocument({ templateId: 'cong-van', useProfile: false });
    expect(created.kind).toBe('cong-van');
    expect(created.header.date).toEqual({ day: null, month: null, year: new Date().getFullYear() });

    const saved = await host.saveDocument({ path: 'Công văn thử', document: created });
    expect(saved.path).toBe('Công văn thử.vanban');
    const onDisk = JSON.parse(readFileSync(join(documentsDir, 'Công văn thử.vanban'), 'utf8'));
    expect(onDisk.format).toBe('vanban');
    expect(onDisk.document.summary).toBe(created.summary);

    const listed = await host.listDocuments({});
    expect(listed.map((f) => [f.path, f.name])).toEqual([['Công văn thử.vanban', 'Công văn thử']]);

    const opened = await host.openDocument({ path: 'Công văn thử.vanban' });
    expect(opened.path).toBe('Công văn thử.vanban');
    expect(opened.document).toEqual(created);

    const exported = await host.exportDocx({ path: 'cv', document: created });
    expect(exported.path).toBe('cv.docx');
    const zip = readFileSync(join(documentsDir, 'cv.docx'));
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('word/document.xml'))).toBe(true);

    const edited = { ...created, summary: 'Về việc chưa lưu' };
    const auto = await host.autosave({ sessionId: 'session-1', originalPath: 'Công văn thử.vanban', document: edited });
    expect(Number.isNaN(Date.parse(auto.savedAt))).toBe(false);
    // The user's file is untouched by autosave.
    expect(JSON.parse(readFileSync(join(documentsDir, 'Công văn thử.vanban'), 'utf8')).document.summary).toBe(created.summary);
    expect(readdirSync(join(userDataDir, 'recovery'))).toEqual(['session-1.json']);

    expect(await host.listRecovery({})).toEqual([
      { id: 'session-1', originalPath: 'Công văn thử.vanban', title: 'Về việc chưa lưu', savedAt: auto.savedAt },
    ]);
    const recovered = await host.readRecovery({ id: 'session-1' });
    expect(recovered).toEqual({ originalPath: 'Công văn thử.vanban', document: edited, stamp: null });

    expect(await host.discardRecovery({ id: 'session-1' })).toEqual({});
    expect(await host.listRecovery({})).toEqual([]);
    expect(await codeOf(host.readRecovery({ id: 'session-1' }))).toBe('not-found');
  });

  it('saves in a subfolder and keeps the previous version as .bak', async () => {
    const { host, documentsDir } = setup();
    mkdirSync(join(documentsDir, '2025'));
    await host.saveDocument({ path: '2025/ke-hoach.vanban', document: plan('Bản một') });
    await host.saveDocument({ path: '2025/ke-hoach.vanban', document: plan('Bản hai') });
    const read = (name: string) => JSON.parse(readFileSync(join(documentsDir, '2025', name), 'utf8')).document.summary;
    expect(read('ke-hoach.vanban')).toBe('Bản hai');
    expect(read('ke-hoach.vanban.bak')).toBe('Bản một');
    expect((await host.listDocuments({})).map((f) => f.path)).toEqual(['2025/ke-hoach.vanban']);
  });

  it('answers not-found and the file-format codes when opening', async () => {
    const { host, documentsDir } = setup();
    expect(await codeOf(host.openDocument({ path: 'nope.vanban' }))).toBe('not-found');
    writeFileSync(join(documentsDir, 'broken.vanban'), '{ not json');
    expect(await codeOf(host.openDocument({ path: 'broken.vanban' }))).toBe('not-json');
    writeFileSync(join(documentsDir, 'future.vanban'), JSON.stringify({ format: 'vanban', version: 99, document: {} }));
    expect(await codeOf(host.openDocument({ path: 'future.vanban' }))).toBe('newer-version');
    expect(await codeOf(host.saveDocument({ path: 'missing-folder/a.vanban', document: plan() }))).toBe('not-found');
  });

  it('rejects bad arguments naming the field', async () => {
    const { host } = setup();
    const error = await host.openDocument({ path: 42 } as never).catch((e) => e);
    expect(error).toBeInstanceOf(HostCallError);
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain('path');
    expect(await codeOf(host.createDocument({ templateId: 'khong-co', useProfile: false }))).toBe('not-found');
    expect(await codeOf(host.autosave({ sessionId: '../../evil', originalPath: null, document: plan() }))).toBe('bad-request');
    expect(await codeOf(host.discardRecovery({ id: '../settings' }))).toBe('bad-request');
  });

  it('answers unsupported for PDF export in browser mode', async () => {
    const { host } = setup();
    expect(await codeOf(host.exportPdf({ path: 'a.pdf' }))).toBe('unsupported');
  });
});

describe('host service (browser mode): the documents folder is a boundary', () => {
  it('rejects "..", absolute paths elsewhere and symbolic links leading out', async () => {
    const { host, base, documentsDir } = setup();
    const outside = join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.vanban'), 'x');
    symlinkSync(outside, join(documentsDir, 'link-dir'));
    symlinkSync(join(outside, 'secret.vanban'), join(documentsDir, 'link.vanban'));
    symlinkSync(join(outside, 'nothing-yet.vanban'), join(documentsDir, 'dangling.vanban'));

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['../outside/secret.vanban', () => host.openDocument({ path: '../outside/secret.vanban' })],
      ['..\\outside\\secret.vanban', () => host.openDocument({ path: '..\\outside\\secret.vanban' })],
      ['a/../../outside/x', () => host.saveDocument({ path: 'a/../../outside/x.vanban', document: plan() })],
      ['absolute outside', () => host.openDocument({ path: join(outside, 'secret.vanban') })],
      ['/etc/passwd', () => host.exportDocx({ path: '/etc/passwd.docx', document: plan() })],
      ['dir link', () => host.saveDocument({ path: 'link-dir/escape.vanban', document: plan() })],
      ['file link', () => host.openDocument({ path: 'link.vanban' })],
      ['dangling link', () => host.saveDocument({ path: 'dangling.vanban', document: plan() })],
      ['autosave original', () => host.autosave({ sessionId: 's', originalPath: '../x.vanban', document: plan() })],
    ];
    for (const [label, attempt] of attempts) {
      expect([label, await codeOf(attempt())]).toEqual([label, 'outside-documents']);
    }
    expect(readdirSync(outside)).toEqual(['secret.vanban']);
  });

  it('accepts an absolute path inside the folder and answers with the relative one', async () => {
    const { host, documentsDir } = setup();
    const saved = await host.saveDocument({ path: join(documentsDir, 'tuyệt-đối.vanban'), document: plan() });
    expect(saved.path).toBe('tuyệt-đối.vanban');
  });

  it('refuses hidden and non-portable names', async () => {
    const { host } = setup();
    for (const name of ['.hidden.vanban', 'a:b.vanban', 'what?.vanban', 'trailing.', '']) {
      expect([name, await codeOf(host.saveDocument({ path: name || '.', document: plan() }))]).toEqual([name, 'invalid-name']);
    }
  });
});

describe('host service: recent files', () => {
  it('lists opened and saved files newest first, without duplicates, dropping deleted files', async () => {
    const { host, documentsDir } = setup();
    await host.saveDocument({ path: 'a.vanban', document: plan() });
    await host.saveDocument({ path: 'b.vanban', document: plan() });
    await host.openDocument({ path: 'a.vanban' });
    expect((await host.recentFiles({})).map((f) => [f.path, f.name])).toEqual([
      ['a.vanban', 'a'],
      ['b.vanban', 'b'],
    ]);
    rmSync(join(documentsDir, 'a.vanban'));
    expect((await host.recentFiles({})).map((f) => f.path)).toEqual(['b.vanban']);
  });

  it('keeps at most ten', async () => {
    const { host } = setup();
    for (let i = 0; i < 12; i++) await host.saveDocument({ path: `f${i}.vanban`, document: plan() });
    const paths = (await host.recentFiles({})).map((f) => f.path);
    expect(paths).toHaveLength(10);
    expect(paths[0]).toBe('f11.vanban');
    expect(paths).not.toContain('f1.vanban');
  });

  it('browser mode leaves out recent files of another folder; Electron shows absolute paths', async () => {
    const { host, base, userDataDir } = setup();
    await host.saveDocument({ path: 'here.vanban', document: plan() });
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere);
    const electron = createHostService({ mode: 'electron', documentsDir: elsewhere, userDataDir, templatesDir: TEMPLATES, version: '1' });
    const file = join(elsewhere, 'there.vanban');
    await electron.saveDocument({ path: file, document: plan() });
    expect((await electron.recentFiles({})).map((f) => f.path)[0]).toBe(file);
    expect((await host.recentFiles({})).map((f) => f.path)).toEqual(['here.vanban']);
  });

  it('does not fail on a damaged recent.json', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'recent.json'), '[[[');
    expect(await host.recentFiles({})).toEqual([]);
  });
});

describe('host service: settings', () => {
  it('defaults to Vietnamese without a profile and persists updates', async () => {
    const { host, userDataDir } = setup();
    expect(await host.getSettings({})).toEqual({ language: 'vi', profile: null, user: null });
    expect(await host.updateSettings({ language: 'en' })).toEqual({ language: 'en', profile: null, user: null });
    await host.updateSettings({ profile: PROFILE });
    const again = createHostService({ mode: 'browser', documentsDir: join(userDataDir, '..', 'docs2'), userDataDir, templatesDir: TEMPLATES, version: '1' });
    expect(await again.getSettings({})).toEqual({ language: 'en', profile: PROFILE, user: null });
    expect(await codeOf(host.updateSettings({ language: 'fr' } as never))).toBe('bad-request');
  });

  it('applies the saved profile when asked, and the template agency when not', async () => {
    const { host } = setup();
    await host.updateSettings({ profile: PROFILE });
    const withProfile = await host.createDocument({ templateId: 'ke-hoach-so', useProfile: true });
    expect(withProfile.header.issuingAgency).toBe(PROFILE.issuingAgency);
    expect(withProfile.header.issuingAgencyInText).toBe('Sở Thông tin và Truyền thông');
    expect(withProfile.signature.signerName).toBe('Trần Thị B');
    const without = await host.createDocument({ templateId: 'ke-hoach-so', useProfile: false });
    expect(without.signature.signerName).not.toBe('Trần Thị B');
  });

  it('recovers from a corrupt settings file, keeping a copy', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'settings.json'), '{"language": "en", ');
    expect(await host.getSettings({})).toEqual({ language: 'vi', profile: null, user: null });
    expect(readFileSync(join(userDataDir, 'settings.json.corrupt'), 'utf8')).toBe('{"language": "en", ');
    expect(await host.updateSettings({ language: 'en' })).toEqual({ language: 'en', profile: null, user: null });
    expect(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8'))).toEqual({ language: 'en', profile: null, user: null });
  });

  it('keeps the valid fields of a settings file with an invalid one', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language: 'en', profile: { agencyCode: 3 } }));
    expect(await host.getSettings({})).toEqual({ language: 'en', profile: null, user: null });
    expect(existsSync(join(userDataDir, 'settings.json.corrupt'))).toBe(true);
  });
});

describe('host service: zoom setting', () => {
  it('remembers the page zoom and refuses one out of range', async () => {
    const { host, userDataDir } = setup();
    expect((await host.getSettings({})).zoom).toBeUndefined();
    expect((await host.updateSettings({ zoom: { mode: 'percent', percent: 150 } })).zoom).toEqual({ mode: 'percent', percent: 150 });
    const again = createHostService({ mode: 'browser', documentsDir: join(userDataDir, '..', 'docs2'), userDataDir, templatesDir: TEMPLATES, version: '1' });
    expect((await again.getSettings({})).zoom).toEqual({ mode: 'percent', percent: 150 });
    expect(await codeOf(host.updateSettings({ zoom: { mode: 'percent', percent: 1000 } }))).toBe('bad-request');
    expect(await codeOf(host.updateSettings({ zoom: { mode: 'huge', percent: 100 } } as never))).toBe('bad-request');
    expect((await again.getSettings({})).zoom).toEqual({ mode: 'percent', percent: 150 });
  });

  it('keeps the other settings when the stored zoom is damaged', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language: 'en', profile: null, user: null, zoom: { mode: 'percent', percent: 9000 } }));
    expect(await host.getSettings({})).toEqual({ language: 'en', profile: null, user: null });
  });
});

describe('host service: recovery files', () => {
  it('skips a damaged recovery file and lists the others newest first', async () => {
    const { host, userDataDir } = setup();
    await host.autosave({ sessionId: 'old', originalPath: null, document: plan('Cũ') });
    await host.autosave({ sessionId: 'new', originalPath: null, document: plan('Mới') });
    utimesSync(join(userDataDir, 'recovery', 'old.json'), new Date(2000, 1, 1), new Date(2000, 1, 1));
    writeFileSync(join(userDataDir, 'recovery', 'broken.json'), '{"format": "vanban-recovery"');
    writeFileSync(join(userDataDir, 'recovery', 'wrong.json'), JSON.stringify({ format: 'vanban-recovery', version: 2 }));
    const list = await host.listRecovery({});
    expect(list.map((entry) => [entry.id, entry.title, entry.originalPath])).toEqual([
      ['new', 'Mới', null],
      ['old', 'Cũ', null],
    ]);
    expect(await codeOf(host.readRecovery({ id: 'broken' }))).toBe('invalid-document');
    expect(await codeOf(host.readRecovery({ id: 'wrong' }))).toBe('invalid-document');
  });

  it('refuses a recovery file larger than a document can be, before reading it, and lists the others', async () => {
    const { host, userDataDir } = setup();
    await host.autosave({ sessionId: 'good', originalPath: null, document: plan('Còn tốt') });
    // A sparse 80 MB file: reading it whole would take 80 MB of memory, refusing it takes none.
    const huge = join(userDataDir, 'recovery', 'huge.json');
    writeFileSync(huge, '{"format":"vanban-recovery"');
    truncateSync(huge, 80 * 1024 * 1024);
    expect((await host.listRecovery({})).map((entry) => entry.id)).toEqual(['good']);
    expect(await codeOf(host.readRecovery({ id: 'huge' }))).toBe('too-large');
    expect(existsSync(huge)).toBe(true);
  });
});

describe('host service (Electron mode)', () => {
  it('uses absolute paths, native dialogs, the PDF writer and the dirty callback', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vanban-host-e-'));
    const dirty: Array<[boolean, string]> = [];
    const pdfs: string[] = [];
    const host = createHostService({
      mode: 'electron',
      documentsDir: join(base, 'docs'),
      userDataDir: join(base, 'data'),
      templatesDir: TEMPLATES,
      version: '1',
      dialogs: { choosePath: async (purpose, name) => join(base, `${purpose}-${name}.vanban`) },
      onDirty: (flag, title) => dirty.push([flag, title]),
      exportPdf: async (path) => {
        pdfs.push(path);
        writeFileSync(path, '%PDF-1.7');
      },
    });
    expect((await host.info({})).nativeDialogs).toBe(true);
    expect(await host.choosePath({ purpose: 'save', suggestedName: 'x' })).toBe(join(base, 'save-x.vanban'));
    const file = join(base, 'docs', 'kế hoạch.vanban');
    expect((await host.saveDocument({ path: file, document: plan() })).path).toBe(file);
    expect((await host.openDocument({ path: file })).path).toBe(file);
    expect(await codeOf(host.openDocument({ path: 'relative.vanban' }))).toBe('bad-request');
    expect(await codeOf(host.saveDocument({ path: join(base, 'x.txt'), document: plan() }))).toBe('wrong-extension');
    expect(await host.exportPdf({ path: join(base, 'docs', 'out.pdf') })).toEqual({ path: join(base, 'docs', 'out.pdf') });
    expect(readFileSync(join(base, 'docs', 'out.pdf'), 'latin1')).toBe('%PDF-1.7');
    expect(await codeOf(host.exportPdf({ path: join(base, 'out.docx') }))).toBe('wrong-extension');
    await host.setDirty({ dirty: true, title: 'Kế hoạch' });
    expect(dirty).toEqual([[true, 'Kế hoạch']]);
    expect(pdfs).toEqual([join(base, 'docs', 'out.pdf')]);
  });
});
