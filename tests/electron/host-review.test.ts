/**
 * The host service's review side: the user profile in settings (and settings files written
 * before it existed), issuing into the outgoing register, the lock on approved documents, the
 * three DOCX copies and importing a leader's Word comments.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../core/file/document-file';
import type { ParagraphBlock, SectionBlock, VanBanDocument } from '../../core/model/types';
import { saveVersion } from '../../core/review/workflow';
import { createHostService, type HostServiceOptions } from '../../electron/node/host-service';
import { comment, makePlan } from '../fixtures/documents';
import { approvedPlan, DRAFTER, issuedPlan, LEADER } from './review-documents';
import { hostCallFailure } from '../helpers/host-call-failure';

const ROOT = resolve(__dirname, '../..');
const TEMPLATES = join(ROOT, 'templates');
const PROFILE = JSON.parse(readFileSync(join(TEMPLATES, 'profiles/so-tttt-quang-tri.json'), 'utf8'));
const NOW = new Date('2025-03-05T10:30:00.000Z');

function setup(overrides: Partial<HostServiceOptions> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'vanban-host-review-'));
  const documentsDir = join(base, 'VanBan');
  const userDataDir = join(base, 'user-data');
  const host = createHostService({ mode: 'browser', documentsDir, userDataDir, templatesDir: TEMPLATES, version: '1.0.0', now: () => NOW, ...overrides });
  return { host, base, documentsDir, userDataDir };
}

/** The parts of a DOCX package, by name. */
function parts(path: string): Record<string, string> {
  const files = unzipSync(readFileSync(path));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function register(userDataDir: string) {
  return JSON.parse(readFileSync(join(userDataDir, 'register.json'), 'utf8'));
}

/** The first body paragraph's id and text (comments anchor there). */
function firstParagraph(doc: VanBanDocument): { id: string; text: string } {
  const section = doc.body[1] as SectionBlock;
  const block = section.children[0] as ParagraphBlock;
  return { id: block.id, text: block.content.map((run) => run.text).join('') };
}

describe('settings: the user profile', () => {
  it('loads a settings file written before the profile existed as "no user yet", without calling it damaged', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language: 'en', profile: PROFILE }));
    expect(await host.getSettings({})).toEqual({ language: 'en', profile: PROFILE, user: null });
    expect(existsSync(join(userDataDir, 'settings.json.corrupt'))).toBe(false);
  });

  it('remembers who is using the app, keeping the other settings', async () => {
    const { host, userDataDir } = setup();
    await host.updateSettings({ language: 'en', profile: PROFILE });
    expect(await host.updateSettings({ user: LEADER })).toEqual({ language: 'en', profile: PROFILE, user: LEADER });
    const again = setup({ userDataDir }).host;
    expect((await again.getSettings({})).user).toEqual(LEADER);
    expect((await host.updateSettings({ user: null })).user).toBeNull();
  });

  it('drops a damaged user alone, keeping language and profile and a .corrupt copy', async () => {
    const { host, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    const stored = JSON.stringify({ language: 'en', profile: PROFILE, user: { name: 'An', role: 'giám đốc' } });
    writeFileSync(join(userDataDir, 'settings.json'), stored);
    expect(await host.getSettings({})).toEqual({ language: 'en', profile: PROFILE, user: null });
    expect(readFileSync(join(userDataDir, 'settings.json.corrupt'), 'utf8')).toBe(stored);
  });

  it('refuses a user with an unknown role', async () => {
    const { host } = setup();
    expect((await hostCallFailure(host.updateSettings({ user: { ...DRAFTER, role: 'admin' } } as never))).code).toBe('bad-request');
  });
});

describe('issueDocument', () => {
  it('records the number, saves the .vanban and writes the clean DOCX', async () => {
    const { host, documentsDir, userDataDir } = setup();
    expect(await host.registerNext({ agencyCode: 'UBND', year: 2025 })).toEqual({ number: 1 });
    const first = await issuedPlan(1);
    const withComment = { ...first, comments: [comment(firstParagraph(first).id, 'Đề nghị bổ sung số liệu')] };
    const result = await host.issueDocument({ path: 'ke-hoach-01', docxPath: 'ke-hoach-01', document: withComment });
    expect(result).toEqual({ path: 'ke-hoach-01.vanban', docxPath: 'ke-hoach-01.docx', savedAt: NOW.toISOString(), stamp: expect.any(String) });

    const saved = parseDocumentFile(readFileSync(join(documentsDir, 'ke-hoach-01.vanban'), 'utf8'));
    expect(saved).toEqual(withComment);
    const docx = parts(join(documentsDir, 'ke-hoach-01.docx'));
    expect(docx['word/comments.xml']).toBeUndefined();
    expect(docx['word/document.xml']).not.toContain('Đề nghị bổ sung số liệu');
    expect(docx['word/document.xml']).toContain('01/KH-UBND');

    expect(register(userDataDir)).toEqual({
      registers: [
        {
          agencyCode: 'UBND',
          entries: [{ year: 2025, number: 1, kind: 'ke-hoach', path: join(documentsDir, 'ke-hoach-01.vanban'), issuedAt: NOW.toISOString(), documentId: first.review.versions[0].id }],
        },
      ],
    });
    expect(await host.registerNext({ agencyCode: 'UBND', year: 2025 })).toEqual({ number: 2 });
    expect(await host.registerNext({ agencyCode: 'UBND', year: 2026 })).toEqual({ number: 1 });
    expect((await host.recentFiles({})).map((file) => file.path)).toEqual(['ke-hoach-01.vanban']);
  });

  it('refuses a number used by another document that year, writing nothing', async () => {
    const { host, documentsDir, userDataDir } = setup();
    await host.issueDocument({ path: 'a', docxPath: 'a', document: await issuedPlan(12) });
    const before = readFileSync(join(userDataDir, 'register.json'), 'utf8');
    const error = await hostCallFailure(host.issueDocument({ path: 'b', docxPath: 'b', document: await issuedPlan(12, { day: 20, month: 3, year: 2025 }, { summary: 'Văn bản khác' }) }));
    expect(error.code).toBe('number-used');
    expect(error.params).toEqual({ number: 12, year: 2025 });
    expect(existsSync(join(documentsDir, 'b.vanban'))).toBe(false);
    expect(existsSync(join(documentsDir, 'b.docx'))).toBe(false);
    expect(readFileSync(join(userDataDir, 'register.json'), 'utf8')).toBe(before);
  });

  it('tells before issuing whether another document took a number (its own earlier issue does not count)', async () => {
    const { host } = setup();
    const first = await issuedPlan(12);
    await host.issueDocument({ path: 'a', docxPath: 'a', document: first });
    const own = first.review.versions[0].id;
    expect(await host.registerCheck({ agencyCode: 'UBND', year: 2025, number: 12, documentId: 'another-document' })).toEqual({ used: true });
    expect(await host.registerCheck({ agencyCode: 'UBND', year: 2025, number: 12, documentId: null })).toEqual({ used: true });
    expect(await host.registerCheck({ agencyCode: 'UBND', year: 2025, number: 12, documentId: own })).toEqual({ used: false });
    expect(await host.registerCheck({ agencyCode: 'UBND', year: 2025, number: 13, documentId: 'another-document' })).toEqual({ used: false });
    expect(await host.registerCheck({ agencyCode: 'UBND', year: 2026, number: 12, documentId: 'another-document' })).toEqual({ used: false });
    expect(await host.registerCheck({ agencyCode: 'STTTT', year: 2025, number: 12, documentId: 'another-document' })).toEqual({ used: false });
  });

  it('allows the same number the next year and in another agency', async () => {
    const { host } = setup();
    await host.issueDocument({ path: 'a', docxPath: 'a', document: await issuedPlan(12) });
    await expect(host.issueDocument({ path: 'b', docxPath: 'b', document: await issuedPlan(12, { day: 2, month: 1, year: 2026 }) })).resolves.toMatchObject({ path: 'b.vanban' });
    await expect(host.issueDocument({ path: 'c', docxPath: 'c', document: await issuedPlan(12, undefined, { header: { agencyCode: 'STTTT' } }) })).resolves.toMatchObject({ path: 'c.vanban' });
  });

  it('refuses a document that is not issued ("not-issued"), recording nothing', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const approved = await approvedPlan({ header: { number: 3, date: { day: 5, month: 3, year: 2025 } } });
    expect((await hostCallFailure(host.issueDocument({ path: 'a', docxPath: 'a', document: approved }))).code).toBe('not-issued');
    // Marked issued without the step in the log: not issued either.
    const forged = { ...approved, review: { ...approved.review, status: 'issued' as const } };
    expect((await hostCallFailure(host.issueDocument({ path: 'a', docxPath: 'a', document: forged }))).code).toBe('not-issued');
    expect(existsSync(join(documentsDir, 'a.vanban'))).toBe(false);
    expect(existsSync(join(userDataDir, 'register.json'))).toBe(false);
  });

  it('refuses an issued document whose content changed after issuing ("locked")', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const issued = await issuedPlan(7);
    const edited = { ...issued, summary: `${issued.summary} (sửa sau khi ký)` };
    expect((await hostCallFailure(host.issueDocument({ path: 'a', docxPath: 'a', document: edited }))).code).toBe('locked');
    expect(existsSync(join(documentsDir, 'a.vanban'))).toBe(false);
    expect(existsSync(join(userDataDir, 'register.json'))).toBe(false);
  });

  it('frees the number again when the .vanban cannot be saved, so issuing once more works', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const document = await issuedPlan(9);
    mkdirSync(join(documentsDir, 'ke-hoach-09.vanban'));
    const error = await hostCallFailure(host.issueDocument({ path: 'ke-hoach-09', docxPath: 'ke-hoach-09', document }));
    expect(error.code).toBe('not-found');
    expect(error.params.path).toBe('ke-hoach-09.vanban');
    expect(register(userDataDir)).toEqual({ registers: [{ agencyCode: 'UBND', entries: [] }] });
    expect(existsSync(join(documentsDir, 'ke-hoach-09.docx'))).toBe(false);

    rmSync(join(documentsDir, 'ke-hoach-09.vanban'), { recursive: true });
    await host.issueDocument({ path: 'ke-hoach-09', docxPath: 'ke-hoach-09', document });
    expect(register(userDataDir).registers[0].entries.map((entry: { number: number }) => entry.number)).toEqual([9]);
  });

  it('records nothing when the DOCX cannot be written ("docx-write-failed"): the file stays approved, issuing again works', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const document = await issuedPlan(10);
    const approved = await approvedPlan();
    await host.saveDocument({ path: 'ke-hoach-10', document: approved });
    const approvedText = readFileSync(join(documentsDir, 'ke-hoach-10.vanban'), 'utf8');
    // A folder where the DOCX goes stands in for a file Word holds open.
    mkdirSync(join(documentsDir, 'ke-hoach-10.docx'));
    const error = await hostCallFailure(host.issueDocument({ path: 'ke-hoach-10', docxPath: 'ke-hoach-10', document }));
    expect(error.code).toBe('docx-write-failed');
    expect(error.params).toEqual({ path: 'ke-hoach-10.docx', reason: 'not-found' });
    expect(error.message).toContain('ke-hoach-10.docx');
    expect(error.message).not.toContain(documentsDir);
    expect(existsSync(join(userDataDir, 'register.json'))).toBe(false);
    expect(readFileSync(join(documentsDir, 'ke-hoach-10.vanban'), 'utf8')).toBe(approvedText);
    expect(readdirSync(documentsDir).sort()).toEqual(['ke-hoach-10.docx', 'ke-hoach-10.vanban']);
    expect(await host.registerNext({ agencyCode: 'UBND', year: 2025 })).toEqual({ number: 1 });

    // A folder that does not exist: refused the same way, before anything is recorded.
    const missing = await hostCallFailure(host.issueDocument({ path: 'ke-hoach-10', docxPath: 'chua-co/ke-hoach-10', document }));
    expect([missing.code, missing.params.path]).toEqual(['docx-write-failed', 'chua-co/ke-hoach-10.docx']);
    expect(existsSync(join(userDataDir, 'register.json'))).toBe(false);

    rmSync(join(documentsDir, 'ke-hoach-10.docx'), { recursive: true });
    await host.issueDocument({ path: 'ke-hoach-10', docxPath: 'ke-hoach-10', document });
    expect(readFileSync(join(documentsDir, 'ke-hoach-10.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(parseDocumentFile(readFileSync(join(documentsDir, 'ke-hoach-10.vanban'), 'utf8')).header.number).toBe(10);
    expect(register(userDataDir).registers[0].entries.map((entry: { number: number }) => entry.number)).toEqual([10]);
  });

  it('refuses the number of an issued document to a different document saved over its file; the same document again is a retry', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const first = await issuedPlan(11);
    await host.issueDocument({ path: 'cong-van', docxPath: 'cong-van', document: first });
    const issuedText = readFileSync(join(documentsDir, 'cong-van.vanban'), 'utf8');
    const before = readFileSync(join(userDataDir, 'register.json'), 'utf8');

    // Another document, same kind, saved under the same name and issued with the same number.
    const other = await issuedPlan(11, undefined, { summary: 'Một văn bản khác' });
    const error = await hostCallFailure(host.issueDocument({ path: 'cong-van', docxPath: 'cong-van-2', document: other }));
    expect(error.code).toBe('number-used');
    expect(error.params).toEqual({ number: 11, year: 2025 });
    expect(readFileSync(join(userDataDir, 'register.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(documentsDir, 'cong-van.vanban'), 'utf8')).toBe(issuedText);
    expect(existsSync(join(documentsDir, 'cong-van-2.docx'))).toBe(false);

    // The same document issued again to the same file keeps its one entry.
    await expect(host.issueDocument({ path: 'cong-van', docxPath: 'cong-van', document: first })).resolves.toMatchObject({ path: 'cong-van.vanban' });
    expect(register(userDataDir).registers[0].entries).toHaveLength(1);
  });

  it('refuses to issue while the register file is damaged, and leaves it for a person to repair', async () => {
    const { host, documentsDir, userDataDir } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(join(userDataDir, 'register.json'), '{"registers": [{"agencyCode": "UBND", "entries": [');
    expect((await hostCallFailure(host.registerNext({ agencyCode: 'UBND', year: 2025 }))).code).toBe('register-damaged');
    expect((await hostCallFailure(host.issueDocument({ path: 'a', docxPath: 'a', document: await issuedPlan(1) }))).code).toBe('register-damaged');
    expect(existsSync(join(documentsDir, 'a.vanban'))).toBe(false);
    expect(readFileSync(join(userDataDir, 'register.json.corrupt'), 'utf8')).toBe(readFileSync(join(userDataDir, 'register.json'), 'utf8'));
    for (const language of ['vi', 'en']) {
      const errors = JSON.parse(readFileSync(join(ROOT, `renderer/i18n/locales/${language}/errors.json`), 'utf8'));
      expect(errors['register-damaged'], language).toContain('{{path}}');
    }
  });
});

describe('saving a locked document', () => {
  it('saves and autosaves an approved document as long as its content is what was approved', async () => {
    const { host, documentsDir } = setup();
    const approved = await approvedPlan();
    await host.saveDocument({ path: 'duyet', document: approved });
    expect(parseDocumentFile(readFileSync(join(documentsDir, 'duyet.vanban'), 'utf8')).review.status).toBe('approved');
    // Comments may still be added to an approved document: they are not its content.
    const commented = { ...approved, comments: [comment(firstParagraph(approved).id, 'Lưu ý khi phát hành')] };
    await host.saveDocument({ path: 'duyet', document: commented });
    await expect(host.autosave({ sessionId: 's1', originalPath: 'duyet.vanban', document: commented })).resolves.toHaveProperty('savedAt');
  });

  it('refuses ("locked") to save or autosave an approved document whose content changed', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const approved = await approvedPlan();
    await host.saveDocument({ path: 'duyet', document: approved });
    const before = readFileSync(join(documentsDir, 'duyet.vanban'), 'utf8');
    const edited = { ...approved, closing: 'Câu kết đã sửa sau khi duyệt.' };
    const error = await hostCallFailure(host.saveDocument({ path: 'duyet', document: edited }));
    expect(error.code).toBe('locked');
    expect(error.params).toEqual({ status: 'approved' });
    expect(readFileSync(join(documentsDir, 'duyet.vanban'), 'utf8')).toBe(before);
    expect((await hostCallFailure(host.autosave({ sessionId: 's1', originalPath: null, document: edited }))).code).toBe('locked');
    expect(existsSync(join(userDataDir, 'recovery', 's1.json'))).toBe(false);
  });
});

describe('exportDocx copies', () => {
  async function commented(): Promise<VanBanDocument> {
    const doc = makePlan();
    return { ...doc, comments: [comment(firstParagraph(doc).id, 'Cần nêu rõ thời hạn')] };
  }

  it('writes the clean copy by default: no Word comments', async () => {
    const { host, documentsDir } = setup();
    const document = await commented();
    await host.exportDocx({ path: 'mac-dinh', document });
    await host.exportDocx({ path: 'sach', document, copy: 'clean' });
    for (const name of ['mac-dinh.docx', 'sach.docx']) {
      const docx = parts(join(documentsDir, name));
      expect(docx['word/comments.xml'], name).toBeUndefined();
      expect(docx['word/document.xml'], name).not.toContain('commentRangeStart');
    }
  });

  it('writes the comments as Word comments with copy "comments"', async () => {
    const { host, documentsDir } = setup();
    await host.exportDocx({ path: 'gop-y', document: await commented(), copy: 'comments' });
    const docx = parts(join(documentsDir, 'gop-y.docx'));
    expect(docx['word/comments.xml']).toContain('Cần nêu rõ thời hạn');
    expect(docx['word/comments.xml']).toContain('w:author="Nguyễn Thị B"');
    expect(docx['word/document.xml']).toContain('commentRangeStart');
  });

  it('writes the changes since a version as tracked changes by the user, with copy "changes"', async () => {
    const { host, documentsDir } = setup();
    await host.updateSettings({ user: DRAFTER });
    const base = await saveVersion(makePlan(), 'Bản trình lần 1', DRAFTER, '2025-03-01T08:00:00.000Z');
    const edited = { ...base, summary: 'Chuyển đổi số và đổi mới sáng tạo tỉnh Quảng Trị năm 2023' };
    await host.exportDocx({ path: 'thay-doi', document: edited, copy: 'changes', sinceVersionId: base.review.versions[0].id });
    const xml = parts(join(documentsDir, 'thay-doi.docx'))['word/document.xml'];
    expect(xml).toMatch(/<w:ins\b[^>]*w:author="Trần Văn An"/);
    expect(xml).toContain('đổi mới sáng tạo');
    expect(parts(join(documentsDir, 'thay-doi.docx'))['word/comments.xml']).toBeUndefined();
  });

  it('names the version author when no user is set, and refuses an unknown version', async () => {
    const { host, documentsDir } = setup();
    const base = await saveVersion(makePlan(), '', LEADER, '2025-03-01T08:00:00.000Z');
    const edited = { ...base, summary: 'Chuyển đổi số năm 2024' };
    await host.exportDocx({ path: 'thay-doi', document: edited, copy: 'changes', sinceVersionId: base.review.versions[0].id });
    expect(parts(join(documentsDir, 'thay-doi.docx'))['word/document.xml']).toMatch(/<w:(ins|del)\b[^>]*w:author="Nguyễn Thị Bình"/);

    const unknown = await hostCallFailure(host.exportDocx({ path: 'x', document: edited, copy: 'changes', sinceVersionId: 'khong-co' }));
    expect(unknown.code).toBe('unknown-version');
    expect((await hostCallFailure(host.exportDocx({ path: 'x', document: edited, copy: 'changes' }))).code).toBe('unknown-version');
    expect(existsSync(join(documentsDir, 'x.docx'))).toBe(false);
  });
});

describe('importComments', () => {
  it('puts the comments of a commented Word copy back on the same passages', async () => {
    const { host, documentsDir } = setup();
    const doc = makePlan();
    const target = firstParagraph(doc);
    expect(target.text.slice(4, 12)).toBe('nhiệm vụ');
    const withComment = { ...doc, comments: [comment(target.id, 'Bổ sung nguồn kinh phí', { anchor: { blockId: target.id, start: 4, end: 12 } })] };
    await host.exportDocx({ path: 'gui-lanh-dao', document: withComment, copy: 'comments' });

    const { document, report } = await host.importComments({ path: 'gui-lanh-dao.docx', document: doc });
    expect(report).toEqual({ found: 1, added: 1, orphaned: 0, duplicates: 0 });
    expect(document.comments).toHaveLength(1);
    expect(document.comments[0]).toMatchObject({ text: 'Bổ sung nguồn kinh phí', author: 'Nguyễn Thị B', orphaned: false, anchor: { blockId: target.id, start: 4, end: 12 } });
    expect({ ...document, comments: [] }).toEqual(doc);

    const again = await host.importComments({ path: 'gui-lanh-dao.docx', document });
    expect(again.report).toEqual({ found: 1, added: 0, orphaned: 0, duplicates: 1 });
    expect(existsSync(join(documentsDir, 'gui-lanh-dao.docx'))).toBe(true);
  });

  it('refuses a file that is not a Word document with the reader’s codes', async () => {
    const { host, documentsDir } = setup();
    writeFileSync(join(documentsDir, 'ghi-chu.docx'), 'không phải tệp Word');
    expect((await hostCallFailure(host.importComments({ path: 'ghi-chu.docx', document: makePlan() }))).code).toBe('not-zip');
    expect((await hostCallFailure(host.importComments({ path: 'khong-co.docx', document: makePlan() }))).code).toBe('not-found');
    expect((await hostCallFailure(host.importComments({ path: '../ngoai.docx', document: makePlan() }))).code).toBe('outside-documents');
  });
});
