/**
 * File → Import through the host service: a DOCX made by our writer and plain text files come
 * back as structured documents; hostile and wrong files are refused with an error code the
 * renderer translates (checked against errors.json in both languages).
 */
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import type { BodyBlock } from '../../core/model/types';
import { createHostService, type HostServiceOptions } from '../../electron/node/host-service';
import { documentXml, makePackage } from '../docx-read/make-package';
import { clause, dash, makePlan, section } from '../fixtures/documents';
import { hostCallFailure } from '../helpers/host-call-failure';

const ROOT = resolve(__dirname, '../..');
const TEMPLATES = join(ROOT, 'templates');
const ERRORS = {
  vi: JSON.parse(readFileSync(join(ROOT, 'renderer/i18n/locales/vi/errors.json'), 'utf8')) as Record<string, string>,
  en: JSON.parse(readFileSync(join(ROOT, 'renderer/i18n/locales/en/errors.json'), 'utf8')) as Record<string, string>,
};

function setup(overrides: Partial<HostServiceOptions> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'vanban-import-host-'));
  const documentsDir = join(base, 'VanBan');
  const host = createHostService({ mode: 'browser', documentsDir, userDataDir: join(base, 'user-data'), templatesDir: TEMPLATES, version: '1.0.0', ...overrides });
  return { host, base, documentsDir };
}

/** Every paragraph's text with its kind, depth first. */
function outline(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'table' ? ['table'] : [`${block.type}: ${block.content.map((run) => run.text).join('')}`, ...('children' in block ? outline(block.children) : [])],
  );
}

const PLAN_BODY = [
  section('MỤC ĐÍCH, YÊU CẦU', [clause('Mục đích', [dash('Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.')]), clause('Yêu cầu', [dash('Bảo đảm thiết thực, hiệu quả.')])]),
  section('NỘI DUNG', [clause('Tuyên truyền trên báo chí', [dash('Đăng tải tin, bài trên Cổng thông tin điện tử tỉnh.')])]),
];

describe('importDocument: Word and text files into documents', () => {
  it('imports a DOCX written by our writer: header, title and body structure come back', async () => {
    const { host, documentsDir } = setup();
    const plan = makePlan({ summary: 'Tuyên truyền cải cách hành chính năm 2025', body: PLAN_BODY });
    writeFileSync(join(documentsDir, 'ke-hoach-2025.docx'), await writeDocx(plan));

    const { document, report } = await host.importDocument({ path: 'ke-hoach-2025.docx' });
    expect(report).toMatchObject({ name: 'ke-hoach-2025.docx', source: 'docx', legacyRuns: { tcvn3: 0, vni: 0 } });
    expect(report.recognised).toEqual(expect.arrayContaining(['kind', 'summary']));
    expect(document.kind).toBe('ke-hoach');
    expect(document.summary).toBe('Tuyên truyền cải cách hành chính năm 2025');
    expect(document.header.number).toBe(plan.header.number);
    expect(document.header.agencyCode).toBe(plan.header.agencyCode);
    expect(document.signature.signerName).toBe(plan.signature.signerName);
    expect(outline(document.body)).toEqual(outline(PLAN_BODY));
  });

  it('a bare name in the documents folder means the .docx', async () => {
    const { host, documentsDir } = setup();
    writeFileSync(join(documentsDir, 'cong-van.docx'), await writeDocx(makePlan({ summary: 'Kiểm tra bare name' })));
    const { document, report } = await host.importDocument({ path: 'cong-van' });
    expect(report.name).toBe('cong-van.docx');
    expect(document.summary).toBe('Kiểm tra bare name');
  });

  it('imports plain text in UTF-8 and in UTF-16 with a byte order mark', async () => {
    const { host, documentsDir } = setup();
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-UBND',
      'Quảng Trị, ngày 05 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Tuyên truyền chuyển đổi số năm 2025',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Nâng cao nhận thức về chuyển đổi số.',
      'II. NỘI DUNG',
      '1. Tuyên truyền trên báo chí',
      '- Đăng tải tin, bài.',
    ].join('\n');
    writeFileSync(join(documentsDir, 'ke-hoach.txt'), text, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
    writeFileSync(join(documentsDir, 'ke-hoach-utf16.txt'), utf16);

    for (const path of ['ke-hoach.txt', 'ke-hoach-utf16.txt']) {
      const { document, report } = await host.importDocument({ path });
      expect(report.source, path).toBe('text');
      expect(document.kind, path).toBe('ke-hoach');
      expect(document.summary, path).toBe('Tuyên truyền chuyển đổi số năm 2025');
      expect(document.header.number, path).toBe(12);
      expect(outline(document.body), path).toEqual([
        'section: MỤC ĐÍCH, YÊU CẦU',
        'clause: Mục đích',
        'dash: Nâng cao nhận thức về chuyển đổi số.',
        'section: NỘI DUNG',
        'clause: Tuyên truyền trên báo chí',
        'dash: Đăng tải tin, bài.',
      ]);
    }
  });

  it('listImportable lists the .docx and .txt files of the documents folder, not documents or Word lock files', async () => {
    const { host, documentsDir } = setup();
    mkdirSync(join(documentsDir, '2025'));
    writeFileSync(join(documentsDir, 'a.docx'), await writeDocx(makePlan()));
    writeFileSync(join(documentsDir, '2025', 'b.txt'), 'KẾ HOẠCH\n');
    writeFileSync(join(documentsDir, '~$a.docx'), 'lock');
    writeFileSync(join(documentsDir, 'c.vanban'), '{}');
    writeFileSync(join(documentsDir, 'd.pdf'), '%PDF');
    const listed = await host.listImportable({});
    expect(listed.map((file) => file.path).sort()).toEqual(['2025/b.txt', 'a.docx']);
    expect(listed.find((file) => file.path === '2025/b.txt')?.name).toBe('b.txt');
    // The open list is unchanged: .vanban files only.
    expect((await host.listDocuments({})).map((file) => file.path)).toEqual(['c.vanban']);
  });
});

const XXE = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;

const HOSTILE: Array<[string, () => Uint8Array, string]> = [
  ['an RTF file renamed to .docx', () => strToU8('{\\rtf1 not a zip}'), 'not-zip'],
  ['a zip bomb', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 }), 'zip-bomb'],
  ['a "../" entry name', () => makePackage({ 'word/document.xml': documentXml(''), '../evil.xml': '<a/>' }), 'bad-entry-name'],
  ['a zip that is not a Word document', () => zipSync({ 'readme.txt': strToU8('hello') }), 'not-docx'],
  ['an external entity', () => makePackage({ 'word/document.xml': XXE }), 'xml-doctype'],
  ['malformed XML', () => makePackage({ 'word/document.xml': '<w:document><w:body>' }), 'bad-xml'],
];

describe('importDocument: hostile and wrong files', () => {
  it.each(HOSTILE)('refuses %s with a code translated in both languages', async (_name, make, code) => {
    const { host, documentsDir } = setup();
    writeFileSync(join(documentsDir, 'x.docx'), make());
    const error = await hostCallFailure(host.importDocument({ path: 'x.docx' }));
    expect(error.code).toBe(code);
    expect(ERRORS.vi[code]).toBeTruthy();
    expect(ERRORS.en[code]).toBeTruthy();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { host, documentsDir } = setup();
    const file = join(documentsDir, 'huge.docx');
    writeFileSync(file, '');
    truncateSync(file, 51 * 1024 * 1024); // sparse: no 51 MB written
    const error = await hostCallFailure(host.importDocument({ path: 'huge.docx' }));
    expect(error.code).toBe('too-large');
    expect(error.params.limitMb).toBe(50);
    expect(ERRORS.vi['too-large_import']).toBeTruthy();
  });

  it('refuses a .txt holding binary data', async () => {
    const { host, documentsDir } = setup();
    writeFileSync(join(documentsDir, 'anh.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect((await hostCallFailure(host.importDocument({ path: 'anh.txt' }))).code).toBe('not-text');
    expect(ERRORS.vi['not-text']).toBeTruthy();
  });

  it('keeps browser mode inside the documents folder, and names a missing file', async () => {
    const { host, base } = setup();
    writeFileSync(join(base, 'outside.docx'), await writeDocx(makePlan()));
    expect((await hostCallFailure(host.importDocument({ path: '../outside.docx' }))).code).toBe('outside-documents');
    expect((await hostCallFailure(host.importDocument({ path: join(base, 'outside.docx') }))).code).toBe('outside-documents');
    const missing = await hostCallFailure(host.importDocument({ path: 'khong-co.docx' }));
    expect(missing.code).toBe('not-found');
    expect(missing.params.path).toBe('khong-co.docx');
  });

  it('Electron mode: absolute paths of .docx or .txt only; the dialog purpose is "import"', async () => {
    const asked: string[] = [];
    const { host, base } = setup({
      mode: 'electron',
      dialogs: {
        async choosePath(purpose) {
          asked.push(purpose);
          return join(base, 'anywhere.docx');
        },
      },
    });
    writeFileSync(join(base, 'anywhere.docx'), await writeDocx(makePlan({ summary: 'Ngoài thư mục văn bản' })));
    const chosen = await host.choosePath({ purpose: 'import' });
    expect(asked).toEqual(['import']);
    expect((await host.importDocument({ path: chosen! })).document.summary).toBe('Ngoài thư mục văn bản');
    writeFileSync(join(base, 'old.doc'), 'x');
    expect((await hostCallFailure(host.importDocument({ path: join(base, 'old.doc') }))).code).toBe('wrong-extension');
    expect(ERRORS.vi['wrong-extension_import']).toBeTruthy();
    expect((await hostCallFailure(host.importDocument({ path: 'relative.docx' }))).code).toBe('bad-request');
  });
});
