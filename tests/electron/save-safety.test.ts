// Saving that loses nothing: the size limit before writing, a .bak the app can always open
// (written and flushed like a save), saves through symbolic links, stamps that refuse to
// overwrite a file changed elsewhere, and the sweep of temporary files killed saves leave.
import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostCallError } from '../../core/host/contract';
import { DocumentFileError } from '../../core/file/errors';
import { stageFile } from '../../electron/node/atomic-write';
import { contentStamp, readDocumentFile, readDocumentWithStamp, saveDocumentFile } from '../../electron/node/document-store';
import { isStaleTempFile, sweepTempFiles } from '../../electron/node/temp-sweep';
import { makePlan, para } from '../fixtures/documents';

const dir = () => mkdtempSync(join(tmpdir(), 'vanban-safety-'));

async function failure(promise: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; params: Record<string, unknown> };
  }
  throw new Error('expected a failure');
}

/** A plan whose file is about `kb` kilobytes. */
function planOfSize(kb: number, summary = 'Kế hoạch lớn') {
  const line = 'Tổ chức tuyên truyền, phổ biến pháp luật đến cán bộ, công chức. '.repeat(16);
  const count = Math.max(1, Math.round((kb * 1024) / (line.length * 1.2)));
  return makePlan({ summary, body: Array.from({ length: count }, () => para(line)) });
}

describe('size limit', () => {
  it('refuses a document over the limit before writing anything: the file and its .bak stay loadable', async () => {
    const folder = dir();
    const file = join(folder, 'plan.vanban');
    await saveDocumentFile(file, makePlan({ summary: 'Bản một' }));
    await saveDocumentFile(file, makePlan({ summary: 'Bản hai' }));
    const before = readdirSync(folder).sort();
    const refused = await failure(saveDocumentFile(file, planOfSize(300), { maxBytes: 200 * 1024 }));
    expect(refused).toBeInstanceOf(DocumentFileError);
    expect(refused.code).toBe('document-too-large');
    expect(refused.params).toMatchObject({ limitMb: 1 });
    expect(readdirSync(folder).sort()).toEqual(before);
    expect((await readDocumentFile(file)).summary).toBe('Bản hai');
    expect((await readDocumentFile(`${file}.bak`)).summary).toBe('Bản một');
  });
});

describe('.bak', () => {
  it('is not replaced by a previous file the app cannot open', async () => {
    const folder = dir();
    const file = join(folder, 'plan.vanban');
    await saveDocumentFile(file, makePlan({ summary: 'Bản tốt' }));
    await saveDocumentFile(file, makePlan({ summary: 'Bản tốt thứ hai' }));
    // Another program damages the file; the next save must keep the good .bak.
    writeFileSync(file, '{"format": "vanban", "version": 3, "document": {');
    await saveDocumentFile(file, makePlan({ summary: 'Bản mới' }));
    expect((await readDocumentFile(`${file}.bak`)).summary).toBe('Bản tốt');
    expect((await readDocumentFile(file)).summary).toBe('Bản mới');
    await saveDocumentFile(file, makePlan({ summary: 'Bản mới hơn' }));
    expect((await readDocumentFile(`${file}.bak`)).summary).toBe('Bản mới');
  });
});

describe('symbolic links', () => {
  it.skipIf(process.platform === 'win32')('a save through a link writes the file it points to and keeps the link', async () => {
    const folder = dir();
    const real = join(folder, 'that-muc', 'plan.vanban');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'that-muc'));
    await saveDocumentFile(real, makePlan({ summary: 'Gốc' }));
    const link = join(folder, 'loi-tat.vanban');
    symlinkSync(real, link);
    await saveDocumentFile(link, makePlan({ summary: 'Qua liên kết' }));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect((await readDocumentFile(real)).summary).toBe('Qua liên kết');
    expect((await readDocumentFile(`${link}.bak`)).summary).toBe('Gốc');
    expect(readdirSync(join(folder, 'that-muc'))).toEqual(['plan.vanban']);
  });
});

describe('stamps', () => {
  it('a save with the stamp last seen refuses when the file changed since, and writes nothing', async () => {
    const folder = dir();
    const file = join(folder, 'plan.vanban');
    const first = await saveDocumentFile(file, makePlan({ summary: 'Của tôi' }));
    expect((await readDocumentWithStamp(file)).stamp).toBe(first.stamp);
    const second = await saveDocumentFile(file, makePlan({ summary: 'Của tôi, sửa' }), { expectedStamp: first.stamp });
    // Someone else saves over it.
    await saveDocumentFile(file, makePlan({ summary: 'Của người khác' }));
    const refused = await failure(saveDocumentFile(file, makePlan({ summary: 'Của tôi, lần ba' }), { expectedStamp: second.stamp }));
    expect(refused).toBeInstanceOf(HostCallError);
    expect(refused.code).toBe('file-changed');
    expect((await readDocumentFile(file)).summary).toBe('Của người khác');
    expect(contentStamp(readFileSync(file))).not.toBe(second.stamp);
  });
});

describe('temporary-file sweep', () => {
  it('removes leftovers of dead processes and of this process no longer in use, nothing else', async () => {
    const folder = dir();
    // A pid far above any real one: that process is gone.
    const dead = `.plan.vanban.999999-0a1b2c3d.tmp`;
    const deadBak = `.plan.vanban.bak.999999-00ff00ff.bak.tmp`;
    const mineOld = `.plan.vanban.${process.pid}-deadbeef.tmp`;
    const alive = `.plan.vanban.1-12345678.tmp`; // pid 1 is always running
    const foreign = ['.hidden-config', 'plan.vanban', '.plan.vanban.999999-zzzz.tmp', 'ghi-chu.tmp'];
    for (const name of [dead, deadBak, mineOld, alive, ...foreign]) writeFileSync(join(folder, name), 'x');
    const staged = await stageFile(join(folder, 'dang-luu.vanban'), 'đang ghi');
    const inFlight = readdirSync(folder).find((name) => name.startsWith('.dang-luu.vanban.'))!;
    expect(isStaleTempFile(folder, inFlight)).toBe(false);

    const removed = await sweepTempFiles(folder);
    expect(removed.map((path) => path.slice(folder.length + 1)).sort()).toEqual([dead, deadBak, mineOld].sort());
    expect(readdirSync(folder).sort()).toEqual([alive, inFlight, ...foreign].sort());
    await staged.commit();
    expect(existsSync(join(folder, inFlight))).toBe(false);
  });
});
