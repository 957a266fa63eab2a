/**
 * Browser mode's review calls over real HTTP: the register number, issuing (and each refusal
 * with its code and status), the DOCX copies and importing Word comments.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParagraphBlock, SectionBlock, VanBanDocument } from '../../core/model/types';
import { approvedPlan, issuedPlan } from '../electron/review-documents';
import { comment, makePlan } from '../fixtures/documents';
import { call, startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function parts(name: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(join(server.documents, name)));
}

function commented(): VanBanDocument {
  const doc = makePlan();
  const paragraph = (doc.body[1] as SectionBlock).children[0] as ParagraphBlock;
  return { ...doc, comments: [comment(paragraph.id, 'Đề nghị rà soát lại số liệu')] };
}

describe('browser-mode API: issuing', () => {
  it('registerNext counts per agency and year', async () => {
    expect(await call(server, 'registerNext', { agencyCode: 'SNV', year: 2025 })).toMatchObject({ status: 200, body: { ok: true, result: { number: 1 } } });
    expect((await call(server, 'registerNext', { agencyCode: 'SNV', year: 'x' })).status).toBe(400);
  });

  it('issueDocument records the number, saves the file and writes the clean DOCX', async () => {
    const document = { ...(await issuedPlan(1, undefined, { header: { agencyCode: 'SNV' } })) };
    const answer = await call(server, 'issueDocument', { path: 'phat-hanh/kh-01', docxPath: 'phat-hanh/kh-01', document });
    // The folder does not exist yet: the DOCX cannot be written, so nothing is issued and the number stays free.
    expect([answer.status, answer.body.error?.code, answer.body.error?.params?.path]).toEqual([409, 'docx-write-failed', 'phat-hanh/kh-01.docx']);
    expect((await call(server, 'registerNext', { agencyCode: 'SNV', year: 2025 })).body.result).toEqual({ number: 1 });

    const issued = await call(server, 'issueDocument', { path: 'kh-01', docxPath: 'kh-01', document });
    expect(issued).toMatchObject({ status: 200, body: { ok: true, result: { path: 'kh-01.vanban', docxPath: 'kh-01.docx', savedAt: expect.any(String) } } });
    expect(JSON.parse(readFileSync(join(server.documents, 'kh-01.vanban'), 'utf8')).document.review.status).toBe('issued');
    expect(parts('kh-01.docx')['word/document.xml']).toBeDefined();
    expect((await call(server, 'registerNext', { agencyCode: 'SNV', year: 2025 })).body.result).toEqual({ number: 2 });
  });

  it('issueDocument refuses a used number (409 number-used with the number and year)', async () => {
    await call(server, 'issueDocument', { path: 'kh-05', docxPath: 'kh-05', document: await issuedPlan(5, undefined, { header: { agencyCode: 'SYT' } }) });
    const other = await issuedPlan(5, { day: 9, month: 4, year: 2025 }, { header: { agencyCode: 'SYT' }, summary: 'Văn bản khác cùng số' });
    const answer = await call(server, 'issueDocument', { path: 'kh-05-khac', docxPath: 'kh-05-khac', document: other });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: 'number-used', params: { number: 5, year: 2025 } });
    expect(existsSync(join(server.documents, 'kh-05-khac.vanban'))).toBe(false);
    expect(existsSync(join(server.documents, 'kh-05-khac.docx'))).toBe(false);
  });

  it('issueDocument refuses a document not issued (409 not-issued) and one changed after issuing (409 locked)', async () => {
    const approved = await approvedPlan({ header: { agencyCode: 'STC', number: 2, date: { day: 1, month: 4, year: 2025 } } });
    const notIssued = await call(server, 'issueDocument', { path: 'stc', docxPath: 'stc', document: approved });
    expect([notIssued.status, notIssued.body.error?.code]).toEqual([409, 'not-issued']);
    const issued = await issuedPlan(2, undefined, { header: { agencyCode: 'STC' } });
    const changed = await call(server, 'issueDocument', { path: 'stc', docxPath: 'stc', document: { ...issued, summary: 'Đã sửa' } });
    expect([changed.status, changed.body.error?.code]).toEqual([409, 'locked']);
    expect(existsSync(join(server.documents, 'stc.vanban'))).toBe(false);
    expect((await call(server, 'registerNext', { agencyCode: 'STC', year: 2025 })).body.result).toEqual({ number: 1 });
  });

  it('refuses every number while the register is damaged (409 register-damaged), keeping the file for a person to repair', async () => {
    const damaged = await startTestServer();
    try {
      const file = join(damaged.base, 'user-data', 'register.json');
      mkdirSync(join(damaged.base, 'user-data'), { recursive: true });
      writeFileSync(file, '{"registers": [');
      const next = await call(damaged, 'registerNext', { agencyCode: 'SNV', year: 2025 });
      expect([next.status, next.body.error?.code]).toEqual([409, 'register-damaged']);
      const issued = await call(damaged, 'issueDocument', { path: 'kh', docxPath: 'kh', document: await issuedPlan(1) });
      expect([issued.status, issued.body.error?.code]).toEqual([409, 'register-damaged']);
      expect(existsSync(join(damaged.documents, 'kh.vanban'))).toBe(false);
      expect(existsSync(join(damaged.documents, 'kh.docx'))).toBe(false);
      expect(readFileSync(file, 'utf8')).toBe('{"registers": [');
    } finally {
      await damaged.close();
    }
  });

  it('saveDocument refuses an approved document edited since (409 locked)', async () => {
    const approved = await approvedPlan();
    expect((await call(server, 'saveDocument', { path: 'duyet', document: approved })).status).toBe(200);
    const answer = await call(server, 'saveDocument', { path: 'duyet', document: { ...approved, summary: 'Sửa sau khi duyệt' } });
    expect([answer.status, answer.body.error?.code]).toEqual([409, 'locked']);
  });
});

describe('browser-mode API: DOCX copies and Word comments', () => {
  it('exportDocx writes the copy asked for', async () => {
    const document = commented();
    expect((await call(server, 'exportDocx', { path: 'ban-sach', document })).status).toBe(200);
    expect((await call(server, 'exportDocx', { path: 'kem-gop-y', document, copy: 'comments' })).status).toBe(200);
    expect(parts('ban-sach.docx')['word/comments.xml']).toBeUndefined();
    expect(strFromU8(parts('kem-gop-y.docx')['word/comments.xml'])).toContain('Đề nghị rà soát lại số liệu');
    const unknown = await call(server, 'exportDocx', { path: 'thay-doi', document, copy: 'changes', sinceVersionId: 'v-9' });
    expect([unknown.status, unknown.body.error?.code]).toEqual([422, 'unknown-version']);
    expect((await call(server, 'exportDocx', { path: 'x', document, copy: 'all' })).status).toBe(400);
  });

  it('importComments reads back the comments of a commented copy', async () => {
    const source = commented();
    await call(server, 'exportDocx', { path: 'de-lanh-dao-xem', document: source, copy: 'comments' });
    const answer = await call(server, 'importComments', { path: 'de-lanh-dao-xem.docx', document: { ...source, comments: [] } });
    expect(answer.status).toBe(200);
    expect(answer.body.result.report).toEqual({ found: 1, added: 1, orphaned: 0, duplicates: 0 });
    expect(answer.body.result.document.comments.map((c: { text: string }) => c.text)).toEqual(['Đề nghị rà soát lại số liệu']);
  });

  it('importComments refuses a file that is not a Word document (422 not-zip)', async () => {
    writeFileSync(join(server.documents, 'gop-y.docx'), 'Đây là ghi chú, không phải tệp Word');
    const answer = await call(server, 'importComments', { path: 'gop-y.docx', document: makePlan() });
    expect([answer.status, answer.body.error?.code]).toEqual([422, 'not-zip']);
  });
});
