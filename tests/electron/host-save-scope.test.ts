// The host service's guards around saving: saves of one path serialised, a body nested too
// deep refused naming the field, Windows device names refused, the Electron file scope (only
// what the user chose), conflicts between two windows, the IPC size limit, and the sweep at start.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostCallError } from '../../core/host/contract';
import type { BodyBlock, VanBanDocument } from '../../core/model/types';
import { handleHostCall } from '../../electron/main/ipc';
import { createHostService, type HostServiceOptions } from '../../electron/node/host-service';
import { makePlan, para } from '../fixtures/documents';
import { hostCallFailure } from '../helpers/host-call-failure';

const TEMPLATES = join(__dirname, '../../templates');

function setup(overrides: Partial<HostServiceOptions> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'vanban-scope-'));
  const documentsDir = join(base, 'VanBan');
  const userDataDir = join(base, 'user-data');
  const host = createHostService({ mode: 'browser', documentsDir, userDataDir, templatesDir: TEMPLATES, version: '1.0.0', ...overrides });
  return { host, base, documentsDir, userDataDir };
}

const codeOf = hostCallFailure;

/** A body `levels` deep: a section holding a section holding … */
function nested(levels: number): BodyBlock[] {
  let block: BodyBlock = { type: 'paragraph', id: 'leaf', content: [{ text: 'Đáy' }] };
  for (let level = 0; level < levels; level++) block = { type: 'section', id: `s${level}`, content: [{ text: `Mục ${level}` }], children: [block] };
  return [block];
}

describe('saves of one path', () => {
  it('180 concurrent first saves of the same new file all succeed (none taken for a dangling link)', async () => {
    const { host, documentsDir } = setup();
    const answers = await Promise.allSettled(
      Array.from({ length: 180 }, (_, index) => host.saveDocument({ path: `moi-${index % 6}.vanban`, document: makePlan({ summary: `Bản ${index}` }) })),
    );
    const refused = answers.filter((answer) => answer.status === 'rejected').map((answer) => (answer as PromiseRejectedResult).reason.code);
    expect(refused).toEqual([]);
    for (let index = 0; index < 6; index++) expect(existsSync(join(documentsDir, `moi-${index}.vanban`))).toBe(true);
  });
});

describe('depth limit', () => {
  it('a body nested 800 levels deep is refused naming the field, not with a stack overflow', async () => {
    const { host } = setup();
    const failure = await codeOf(host.saveDocument({ path: 'sau.vanban', document: { ...makePlan(), body: nested(800) } as VanBanDocument }));
    expect(failure.code).toBe('bad-request');
    expect(failure.message).toMatch(/body\[0\]\.children\[0\].*nested more than 16 levels deep/);
    expect(failure.message).not.toMatch(/call stack/i);
  });

  it('a Decree 30 depth (five levels) is accepted', async () => {
    const { host } = setup();
    await expect(host.saveDocument({ path: 'nam-cap.vanban', document: { ...makePlan(), body: nested(5) } as VanBanDocument })).resolves.toMatchObject({ path: 'nam-cap.vanban' });
  });
});

describe('Windows reserved names', () => {
  it.each(['CON.vanban', 'nul.vanban', 'COM1.vanban', 'thu-muc/LPT9.vanban', 'AUX'])('refuses %s', async (name) => {
    const { host } = setup();
    expect((await codeOf(host.saveDocument({ path: name, document: makePlan() }))).code).toBe('invalid-name');
  });

  it('accepts names that only start like one', async () => {
    const { host } = setup();
    await expect(host.saveDocument({ path: 'CONG-VAN.vanban', document: makePlan() })).resolves.toMatchObject({ path: 'CONG-VAN.vanban' });
  });
});

describe('conflicts', () => {
  it('a second window saving over the first one\'s changes is told the file changed, and nothing is overwritten', async () => {
    const { host, documentsDir } = setup();
    const created = await host.saveDocument({ path: 'chung.vanban', document: makePlan({ summary: 'Bản đầu' }) });
    const windowA = await host.openDocument({ path: 'chung.vanban' });
    const windowB = await host.openDocument({ path: 'chung.vanban' });
    expect(windowA.stamp).toBe(created.stamp);
    const savedA = await host.saveDocument({ path: 'chung.vanban', document: makePlan({ summary: 'Cửa sổ A' }), stamp: windowA.stamp });
    const failure = await codeOf(host.saveDocument({ path: 'chung.vanban', document: makePlan({ summary: 'Cửa sổ B' }), stamp: windowB.stamp }));
    expect(failure.code).toBe('file-changed');
    expect((failure as HostCallError).params).toEqual({ path: 'chung.vanban' });
    expect(JSON.parse(readFileSync(join(documentsDir, 'chung.vanban'), 'utf8')).document.summary).toBe('Cửa sổ A');
    // Window A goes on saving with the stamp it got back.
    await expect(host.saveDocument({ path: 'chung.vanban', document: makePlan({ summary: 'A lần hai' }), stamp: savedA.stamp })).resolves.toBeTruthy();
    // Another program edits the file.
    writeFileSync(join(documentsDir, 'chung.vanban'), readFileSync(join(documentsDir, 'chung.vanban'), 'utf8').replace('A lần hai', 'Chương trình khác'));
    expect((await codeOf(host.saveDocument({ path: 'chung.vanban', document: makePlan(), stamp: savedA.stamp }))).code).toBe('file-changed');
  });
});

describe('Electron file scope', () => {
  function electron() {
    const base = mkdtempSync(join(tmpdir(), 'vanban-electron-scope-'));
    const outside = join(base, 'elsewhere');
    mkdirSync(outside);
    let next: string | null = null;
    const host = createHostService({
      mode: 'electron',
      documentsDir: join(base, 'Documents', 'VanBan'),
      userDataDir: join(base, 'user-data'),
      templatesDir: TEMPLATES,
      version: '1.0.0',
      dialogs: { choosePath: async () => next },
    });
    return { host, base, outside, choose: (path: string | null) => (next = path) };
  }

  it('refuses absolute paths the user never chose, and accepts a dialog\'s choice, the documents folder and recent files', async () => {
    const { host, base, outside, choose } = electron();
    const secret = join(outside, 'bi-mat.vanban');
    writeFileSync(join(outside, 'khac.vanban'), 'x');
    expect((await codeOf(host.saveDocument({ path: secret, document: makePlan() }))).code).toBe('not-chosen');
    expect((await codeOf(host.openDocument({ path: join(outside, 'khac.vanban') }))).code).toBe('not-chosen');
    expect((await codeOf(host.exportDocx({ path: join(outside, 'x.docx'), document: makePlan() }))).code).toBe('not-chosen');
    expect(existsSync(secret)).toBe(false);

    choose(secret);
    expect(await host.choosePath({ purpose: 'save' })).toBe(secret);
    await expect(host.saveDocument({ path: secret, document: makePlan() })).resolves.toMatchObject({ path: secret });
    await expect(host.saveDocument({ path: join(base, 'Documents', 'VanBan', 'trong.vanban'), document: makePlan() })).resolves.toBeTruthy();

    // A new session (restart): the chosen file is still reachable as a recent file; others are not.
    const again = createHostService({ mode: 'electron', documentsDir: join(base, 'Documents', 'VanBan'), userDataDir: join(base, 'user-data'), templatesDir: TEMPLATES, version: '1.0.0' });
    await expect(again.openDocument({ path: secret })).resolves.toMatchObject({ path: secret });
    expect((await codeOf(again.saveDocument({ path: join(outside, 'moi.vanban'), document: makePlan() }))).code).toBe('not-chosen');
  });

  it('refuses Windows device names even when chosen', async () => {
    const { host, outside, choose } = electron();
    choose(join(outside, 'NUL.vanban'));
    await host.choosePath({ purpose: 'save' });
    expect((await codeOf(host.saveDocument({ path: join(outside, 'NUL.vanban'), document: makePlan() }))).code).toBe('invalid-name');
  });
});

describe('IPC size limit', () => {
  it('a call carrying a document over the limit is refused before the service runs', async () => {
    const { host, documentsDir } = setup();
    const big = makePlan({ body: Array.from({ length: 400 }, () => para('Nội dung dài '.repeat(40))) });
    const answer = await handleHostCall({ service: host, isTrustedFrame: () => true, maxCallBytes: 64 * 1024 }, { senderFrame: null } as never, 'saveDocument', {
      path: 'lon.vanban',
      document: big,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'document-too-large' } });
    expect(existsSync(join(documentsDir, 'lon.vanban'))).toBe(false);
  });
});

describe('start-up sweep', () => {
  it('removes temporary files killed saves left in the documents and recovery folders', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vanban-sweep-'));
    const documentsDir = join(base, 'VanBan');
    mkdirSync(join(documentsDir, '2025'), { recursive: true });
    mkdirSync(join(base, 'user-data', 'recovery'), { recursive: true });
    const leftovers = [join(documentsDir, '.ke-hoach.vanban.999999-0a0b0c0d.tmp'), join(documentsDir, '2025', '.cv.vanban.999999-11223344.tmp'), join(base, 'user-data', 'recovery', '.abc.json.999999-55667788.tmp')];
    for (const file of leftovers) writeFileSync(file, 'một nửa');
    writeFileSync(join(documentsDir, 'ke-hoach.vanban'), 'giữ nguyên');
    createHostService({ mode: 'browser', documentsDir, userDataDir: join(base, 'user-data'), templatesDir: TEMPLATES, version: '1.0.0' });
    await expect.poll(() => leftovers.filter((file) => existsSync(file))).toEqual([]);
    expect(readFileSync(join(documentsDir, 'ke-hoach.vanban'), 'utf8')).toBe('giữ nguyên');
  });
});
