/**
 * The review methods over Electron IPC: arguments validated against the host contract, calls
 * from anything but the app window refused before they reach the register, and the real work
 * (register number, issuing, DOCX copies) done on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { parseDocumentFile } from '../../core/file/document-file';
import { fake } from './fake-electron';
import { appStarter } from './main-harness';
import { issuedPlan } from './review-documents';

vi.mock('electron', () => import('./fake-electron'));

const start = appStarter();
const IFRAME = { url: 'app://vanban/index.html', name: 'child' };

describe('IPC: review methods', () => {
  it('validate their arguments and name the bad field', async () => {
    const { call } = await start();
    const document = await issuedPlan(12);
    const cases: Array<[string, unknown, string]> = [
      ['registerNext', { agencyCode: 'UBND', year: 'năm nay' }, 'year'],
      ['registerNext', { agencyCode: 'UBND', year: 1900 }, 'year'],
      ['issueDocument', { path: '/tmp/a.vanban', document }, 'docxPath'],
      ['issueDocument', { path: '/tmp/a.vanban', docxPath: '/tmp/a.docx', document: { ...document, review: { status: 'signed' } } }, 'review'],
      ['exportDocx', { path: '/tmp/a.docx', document, copy: 'draft' }, 'copy'],
      ['importComments', { path: '/tmp/a.docx' }, 'document'],
      ['choosePath', { purpose: 'importEverything' }, 'purpose'],
      ['updateSettings', { user: { name: 'An', initials: 'A', role: 'admin' } }, 'user'],
    ];
    for (const [method, args, field] of cases) {
      const answer = await call(method, args);
      expect([method, answer.ok, answer.error?.code]).toEqual([method, false, 'bad-request']);
      expect(answer.error.message).toContain(field);
    }
  });

  it('refuse a call from a frame that is not the app window, before anything is recorded or written', async () => {
    const { call, dirs } = await start();
    const document = await issuedPlan(12);
    const path = join(dirs.documents, 'ke-hoach-12.vanban');
    const docxPath = join(dirs.documents, 'ke-hoach-12.docx');
    expect(await call('issueDocument', { path, docxPath, document }, IFRAME)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('registerNext', { agencyCode: 'UBND', year: 2025 }, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('importComments', { path: docxPath, document }, IFRAME)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(existsSync(path)).toBe(false);
    expect(existsSync(docxPath)).toBe(false);
    expect(existsSync(join(dirs.userData, 'register.json'))).toBe(false);
  });

  it('issue a document: the register counts on, the .vanban and the clean DOCX are written, the menu lists the file', async () => {
    const { call, dirs } = await start();
    expect(await call('registerNext', { agencyCode: 'UBND', year: 2025 })).toEqual({ ok: true, result: { number: 1 } });
    const document = await issuedPlan(1);
    const path = join(dirs.documents, 'ke-hoach-01.vanban');
    const docxPath = join(dirs.documents, 'ke-hoach-01.docx');
    const answer = await call('issueDocument', { path, docxPath, document });
    expect(answer).toEqual({ ok: true, result: { path, docxPath, savedAt: expect.any(String), stamp: expect.any(String) } });
    expect(parseDocumentFile(readFileSync(path, 'utf8')).review.status).toBe('issued');
    const xml = strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml']);
    expect(xml).toContain('01/KH-UBND');
    expect(await call('registerNext', { agencyCode: 'UBND', year: 2025 })).toEqual({ ok: true, result: { number: 2 } });
    await vi.waitFor(() => expect(fake.menuItem('Tệp', 'Tệp gần đây').submenu[0].label).toBe('ke-hoach-01'));

    const again = await call('issueDocument', { path: join(dirs.documents, 'khac.vanban'), docxPath: join(dirs.documents, 'khac.docx'), document });
    expect(again).toEqual({ ok: false, error: { code: 'number-used', message: expect.any(String), params: { number: 1, year: 2025 } } });
  });
});
