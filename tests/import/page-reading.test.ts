/**
 * Text import read as a page (issue 9): page furniture, wrapped lines, the signature and
 * recipients in any order, appendix heading forms and tables from text, and what a paste without
 * blank lines used to break. The corpus test (corpus.test.ts) scores the real plans; these pin
 * the single behaviours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import { importDocx, importText } from '../../core/import';
import { formatAppendixReference } from '../../core/format/appendix-reference';
import { formatNumberAndCode } from '../../core/format/number-code';
import { formatRecipientLines } from '../../core/format/recipients';
import type { TableModel } from '../../core/model/types';
import { flatten, runsText } from './helpers/model-text';

const corpus = (plan: string, file: string) => join(__dirname, 'corpus', plan, file);
const cells = (t: TableModel) => [...t.headerRows, ...t.rows].map((r) => r.map((c) => c.paragraphs.map(runsText).join(' ')));

describe('page furniture', () => {
  it('leaves out page numbers and running feet, with or without form feeds, and joins the paragraph they cut', () => {
    const withBreaks = readFileSync(corpus('003_c3504b90e5633d91', 'phu-luc-i.pdftotext.txt'), 'utf8');
    for (const text of [withBreaks, withBreaks.replace(/\f/g, '\n')]) {
      const { document: doc, report } = importText(text);
      const texts = flatten(doc.body).map((b) => b.text);
      expect(texts).not.toContain('2');
      expect(texts.some((t) => t.includes('Kế hoạch 162/KH-SGDĐT'))).toBe(false);
      expect(doc.closing).toBe('Trên đây là kế hoạch tuyên truyền công tác cải cách hành chính năm 2020 của Sở Giáo dục và Đào tạo');
      expect(report.notes.filter((n) => n.code === 'page-furniture').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps a lone number that is an STT cell, not a page number', () => {
    const text = ['PHỤ LỤC', 'DANH SÁCH', 'STT', 'Đơn vị', '1', 'Sở Nội vụ', '2', 'Sở Tài chính', '3', 'Báo Thái Bình'].join('\n');
    const { document: doc } = importText(text);
    const table = doc.appendices[0].body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && cells(table.table)).toEqual([['STT', 'Đơn vị'], ['', 'Sở Nội vụ'], ['', 'Sở Tài chính'], ['', 'Báo Thái Bình']]);
    expect(table?.type === 'table' && table.table.numbered).toBe(true);
  });
});

describe('a paste without blank lines', () => {
  const lines = [
    'UBND TỈNH TÂY NINH',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 162/KH-SGDĐT',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Tây Ninh, ngày 22 tháng 01 năm 2020',
    'KẾ HOẠCH',
    'Tuyên truyền cải cách hành chính năm 2020',
    'I. MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG',
    '3. Đối tượng',
    'Tất cả cán bộ, công chức, viên chức, sinh viên và học sinh ở các đơn vị, trường học.',
    '2. Kinh phí thực hiện',
    'Kinh phí thực hiện tuyên truyền CCHC được cân đối từ nguồn kinh phí CCHC.',
    '3. Tham gia các hoạt động tuyên truyền, hội thi tìm hiểu về cải cách hành chính của tỉnh',
    '- Tham gia các chương trình gặp gỡ, đối thoại trực tiếp.',
    'Trên đây là kế hoạch của Sở Giáo dục và Đào tạo./.',
    'GIÁM ĐỐC',
    'Nơi nhận:',
    '- Giám đốc, các Phó Giám đốc;',
    '- Lưu: VT.',
  ];

  it('keeps headings apart from the paragraph after them, and the closing from the next line', () => {
    const { document: doc } = importText(lines.join('\n'));
    expect(flatten(doc.body)).toEqual([
      { kind: 'section', text: 'MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG' },
      { kind: 'clause', text: 'Đối tượng' },
      { kind: 'paragraph', text: 'Tất cả cán bộ, công chức, viên chức, sinh viên và học sinh ở các đơn vị, trường học.' },
      { kind: 'clause', text: 'Kinh phí thực hiện' },
      { kind: 'paragraph', text: 'Kinh phí thực hiện tuyên truyền CCHC được cân đối từ nguồn kinh phí CCHC.' },
      { kind: 'clause', text: 'Tham gia các hoạt động tuyên truyền, hội thi tìm hiểu về cải cách hành chính của tỉnh' },
      { kind: 'dash', text: 'Tham gia các chương trình gặp gỡ, đối thoại trực tiếp.' },
    ]);
    expect(doc.closing).toBe('Trên đây là kế hoạch của Sở Giáo dục và Đào tạo');
    expect(doc.signature.headTitle).toBe('GIÁM ĐỐC');
    expect(doc.recipients).toEqual(['Giám đốc, các Phó Giám đốc']);
  });

  it('keeps the bold of a long titled clause heading', () => {
    const { document: doc } = importText(lines.join('\n'));
    const clause = doc.body[0].type === 'section' ? doc.body[0].children.filter((b) => b.type === 'clause') : [];
    expect(clause.map((c) => c.type === 'clause' && c.titled)).toEqual([true, true, true]);
  });

  it('joins a wrapped V/v summary and keeps a legal-basis paragraph whole across its line-ending ";"', () => {
    const text = [
      'UBND TỈNH SÓC TRĂNG',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 231/STTTT-TTBCXB',
      'V/v tuyên truyền cải cách hành chính',
      'tỉnh Sóc Trăng năm 2021',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sóc Trăng, ngày 03 tháng 03 năm 2021',
      'Kính gửi: Đài Truyền thanh các huyện, thị xã, thành phố.',
      'Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể;',
      'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính;',
      'Quyết định số 3486/QĐ-UBND của Ủy ban nhân dân tỉnh về việc phê duyệt Kế hoạch cải cách;',
      'Sở Thông tin và Truyền thông đề nghị các đơn vị tổ chức tuyên truyền về cải cách hành chính.',
      'Đề nghị các đơn vị báo cáo kết quả về Sở Thông tin và Truyền thông để tổng hợp báo cáo UBND tỉnh./.',
    ].join('\n');
    const { document: doc } = importText(text);
    expect(doc.summary).toBe('tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2021');
    const body = flatten(doc.body).map((b) => b.text);
    expect(body[0]).toMatch(/^Thực hiện Nghị quyết số 76\/NQ-CP/);
    expect(body).not.toContain('tỉnh Sóc Trăng năm 2021');
    expect(doc.closing).toMatch(/báo cáo UBND tỉnh$/);
  });
});

describe('signature and recipients', () => {
  it('reads them interleaved line by line, as a PDF copy of the two-column table gives them', () => {
    const text = [
      'Trên đây là Kế hoạch tuyên truyền năm 2025./.',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      '- Bộ Nội vụ;',
      'KT. CHỦ TỊCH',
      '- Các sở, ban, ngành, đoàn thể',
      'tỉnh;',
      'PHÓ CHỦ TỊCH',
      '- Lưu: VT, NCKS.',
      'Nguyễn Văn A',
    ].join('\n');
    const { document: doc } = importText(text);
    expect(doc.signature).toEqual({ collective: 'ỦY BAN NHÂN DÂN', authority: 'KT', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn A' });
    expect(doc.recipients).toEqual(['Bộ Nội vụ', 'Các sở, ban, ngành, đoàn thể tỉnh']);
    expect(doc.archive).toBe('VT, NCKS');
    expect(doc.body).toEqual([]);
  });

  it('keeps "- Lưu VP.BTGTU." as written and takes a blank Party number\'s body code from it', () => {
    const { document: doc, report } = importText(readFileSync(corpus('000_13cfe2f2ac146817', 'paste-tight.txt'), 'utf8'));
    expect(doc.variant).toBe('party');
    expect(doc.archive).toBe('Lưu VP.BTGTU');
    expect(formatRecipientLines(doc.recipients, doc.archive, doc.variant).at(-1)).toBe('- Lưu VP.BTGTU.');
    expect(formatNumberAndCode(doc.kind, doc.variant, doc.header)).toMatch(/^Số \s*-KH\/BTGTU$/u);
    expect(report.notes.map((n) => n.code)).toContain('agency-code-from-archive');
    // The cut copy goes from II. to V.: numbered by position, and the source's number is noted.
    expect(report.notes.find((n) => n.code === 'section-number')).toMatchObject({ params: { written: 'V', printed: 'III' }, place: { part: 'body', text: 'V. TỔ CHỨC THỰC HIỆN' } });
  });
});

describe('appendices', () => {
  it('recognises "Phụ lục số 01 - title" with "(Kèm theo Công văn số …)" and a space-aligned table, nothing left in the body', () => {
    const text = [
      'Đề nghị các đơn vị thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
      'GIÁM ĐỐC',
      'Phụ lục số 01 - DANH SÁCH ĐƠN VỊ',
      '(Kèm theo Công văn số 231/STTTT-TTBCXB ngày 03/3/2021 của Sở Thông tin và Truyền thông)',
      'STT    Đơn vị                         Ghi chú',
      ' 1     Đài Truyền thanh huyện         Báo cáo năm',
      ' 2     Đài Truyền thanh thị xã        Báo cáo',
      '       Vĩnh Châu                      6 tháng',
    ].join('\n');
    const { document: doc } = importText(text);
    expect(doc.appendices).toHaveLength(1);
    const [appendix] = doc.appendices;
    expect(appendix.title).toBe('DANH SÁCH ĐƠN VỊ');
    expect(formatAppendixReference(doc, appendix)).toBe('(Kèm theo Công văn số 231/STTTT-TTBCXB ngày 03/3/2021 của Sở Thông tin và Truyền thông)');
    const table = appendix.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && cells(table.table)).toEqual([
      ['STT', 'Đơn vị', 'Ghi chú'],
      ['', 'Đài Truyền thanh huyện', 'Báo cáo năm'],
      ['', 'Đài Truyền thanh thị xã Vĩnh Châu', 'Báo cáo 6 tháng'],
    ]);
    expect(flatten(doc.body)).toEqual([]);
    expect(doc.signature.headTitle).toBe('GIÁM ĐỐC');
  });

  it('a Word plan with "Phụ lục" and "(Ban hành kèm theo …)" gets one heading and one reference line, kept as written on export', async () => {
    const { document: doc } = importDocx(readFileSync(corpus('003_c3504b90e5633d91', 'phu-luc.docx')));
    expect(doc.appendices).toHaveLength(1);
    const [appendix] = doc.appendices;
    expect(appendix.title).toBe('KẾ HOẠCH CHI TIẾT TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2020');
    expect(appendix.reference).toBe('(Ban hành kèm theo Kế hoạch số 162/KH-SGDĐT ngày 22/01/2020 của Sở Giáo dục và Đào tạo)');
    expect(appendix.body.map((b) => b.type)).toEqual(['table']);
    const xml = await (await JSZip.loadAsync(await writeDocx(doc))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.split('Ban hành kèm theo Kế hoạch số 162/KH-SGDĐT').length - 1).toBe(1);
    expect(text).not.toContain('(Kèm theo');
  });

  it('a landscape appendix section of a Word file (rotated margins) stays landscape', () => {
    const { document: doc } = importDocx(readFileSync(corpus('002_e125c799edf9f7c8', 'phu-luc-i.docx')));
    expect(doc.appendices.map((a) => a.landscape)).toEqual([true]);
  });
});
