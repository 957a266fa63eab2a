import { describe, expect, it } from 'vitest';
import { importText, parseCode, parsePlaceDate } from '../../core/import';

describe('number and code', () => {
  it.each([
    ['05/KH-UBND', { number: 5, kind: 'ke-hoach', agencyCode: 'UBND', unitCode: '', variant: 'state' }],
    ['231/STTTT-TTBCXB', { number: 231, kind: 'cong-van', agencyCode: 'STTTT', unitCode: 'TTBCXB', variant: 'state' }],
    ['162/KH-SGDĐT', { number: 162, kind: 'ke-hoach', agencyCode: 'SGDĐT', unitCode: '', variant: 'state' }],
    ['12/QĐ-UBND-VP', { number: 12, kind: 'quyet-dinh', agencyCode: 'UBND', unitCode: 'VP', variant: 'state' }],
    ['20-KH/BTGTU', { number: 20, kind: 'ke-hoach', agencyCode: 'BTGTU', unitCode: '', variant: 'party' }],
    ['    /KH-UBND', { number: null, kind: 'ke-hoach', agencyCode: 'UBND', unitCode: '', variant: 'state' }],
    ['…/UBND-VX', { number: null, kind: 'cong-van', agencyCode: 'UBND', unitCode: 'VX', variant: 'state' }],
  ])('%s', (code, expected) => {
    expect(parseCode(code)).toEqual(expected);
  });
});

describe('place and date', () => {
  it.each([
    ['Quảng Trị, ngày 05 tháng 01 năm 2023', { place: 'Quảng Trị', date: { day: 5, month: 1, year: 2023 } }],
    ['Hà Nội, ngày 3 tháng 3 năm 2021', { place: 'Hà Nội', date: { day: 3, month: 3, year: 2021 } }],
    ['Thái Bình, ngày     tháng 12 năm 2024', { place: 'Thái Bình', date: { day: null, month: 12, year: 2024 } }],
    ['ngày … tháng … năm 2023', { place: '', date: { day: null, month: null, year: 2023 } }],
  ])('%s', (text, expected) => {
    expect(parsePlaceDate(text)).toEqual(expected);
  });
});

describe('Party documents', () => {
  it('reads the Party header, "Số 20-KH/BTGTU", T/M and K/T signature prefixes', () => {
    const { document: doc } = importText(
      [
        'ĐẢNG BỘ TỈNH QUẢNG TRỊ',
        'BAN TUYÊN GIÁO',
        '*',
        'Số 20-KH/BTGTU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Quảng Trị, ngày 12 tháng 02 năm 2024',
        '',
        'KẾ HOẠCH',
        'Tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng',
        '',
        'I. MỤC ĐÍCH',
        '- Giáo dục truyền thống.',
        '',
        'Trên đây là Kế hoạch tuyên truyền./.',
        '',
        'T/M BAN THƯỜNG VỤ',
        'K/T TRƯỞNG BAN',
        'PHÓ TRƯỞNG BAN',
        'Lê Văn D',
      ].join('\n'),
    );
    expect(doc.variant).toBe('party');
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.header).toMatchObject({ parentAgency: 'ĐẢNG BỘ TỈNH QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO', number: 20, agencyCode: 'BTGTU' });
    expect(doc.signature).toEqual({ collective: 'BAN THƯỜNG VỤ', authority: 'KT', headTitle: 'TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN', signerName: 'Lê Văn D' });
  });

  it('keeps secrecy and urgency marks as header fields', () => {
    const { document: doc } = importText(['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ', 'Số: 7/SNV-VP', 'Quảng Trị, ngày 01 tháng 6 năm 2024', 'MẬT', 'HỎA TỐC', '', 'Kính gửi: Các phòng.', '', 'Nội dung./.'].join('\n'));
    expect(doc.header.secrecy).toBe('MẬT');
    expect(doc.header.urgency).toBe('HỎA TỐC');
    expect(doc.addressees).toEqual(['Các phòng']);
    expect(doc.closing).toBe('Nội dung');
  });
});
