import { describe, expect, it } from 'vitest';
import { isAppendixHeading, parseAppendixHeading, parseAppendixReference } from '../../core/rules/appendix-forms';

describe('appendix headings in the forms real plans write', () => {
  it.each([
    ['PHỤ LỤC', null, null, ''],
    ['Phụ lục', null, null, ''],
    ['PHỤ LỤC I', 'I', 1, ''],
    ['PHỤ LỤC IV', 'IV', 4, ''],
    ['Phụ lục số 01', '01', 1, ''],
    ['PHỤ LỤC SỐ 2', '2', 2, ''],
    ['Phụ lục 3', '3', 3, ''],
    ['PHỤ LỤC I: DANH MỤC CÁC HOẠT ĐỘNG', 'I', 1, 'DANH MỤC CÁC HOẠT ĐỘNG'],
    ['Phụ lục 01 - Dự toán kinh phí', '01', 1, 'Dự toán kinh phí'],
    ['  PHỤ  LỤC   II  ', 'II', 2, ''],
  ])('%s', (text, numeral, value, title) => {
    expect(parseAppendixHeading(text)).toEqual({ numeral, value, title });
  });

  it.each([
    'Phụ lục này gồm các biểu mẫu',
    'Phụ lục kèm theo Kế hoạch này',
    'Phụ lục: xem mục 3',
    'Các phụ lục',
    'PHỤ LỤCX',
    'Danh mục tại Phụ lục I',
  ])('not a heading: %s', (text) => {
    expect(isAppendixHeading(text)).toBe(false);
  });
});

describe('appendix reference lines', () => {
  it('reads "(Kèm theo Kế hoạch số … của …)"', () => {
    expect(parseAppendixReference('(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND tỉnh Quảng Trị)')).toEqual({
      inner: 'Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND tỉnh Quảng Trị',
      issuedWith: false,
      documentType: 'Kế hoạch',
      number: '05/KH-UBND',
      issuer: 'UBND tỉnh Quảng Trị',
    });
  });

  it('reads "(Ban hành kèm theo …)" and "(Kèm theo Công văn số …)"', () => {
    expect(parseAppendixReference('(Ban hành kèm theo Kế hoạch số 20-KH/BTGTU ngày 10 tháng 3 năm 2024)')).toMatchObject({
      issuedWith: true, documentType: 'Kế hoạch', number: '20-KH/BTGTU', issuer: '',
    });
    expect(parseAppendixReference('(Kèm theo Công văn số 123/SNV-CCHC)')).toMatchObject({
      issuedWith: false, documentType: 'Công văn', number: '123/SNV-CCHC',
    });
  });

  it('is not a line without the brackets or the words', () => {
    expect(parseAppendixReference('Kèm theo Kế hoạch số 05/KH-UBND')).toBeNull();
    expect(parseAppendixReference('(Đã ký)')).toBeNull();
  });
});
