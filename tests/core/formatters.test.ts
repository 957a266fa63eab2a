import { describe, expect, it } from 'vitest';
import { BLANK_FIELD, formatDatePhrase, formatDay, formatMonth, formatPlaceAndDate, isPlausibleDate } from '../../core/format/date';
import { formatCode, formatNumberAndCode, formatRegisterNumber, typeAbbreviation } from '../../core/format/number-code';
import { bareRecipient, formatLegalBasisLines, formatRecipientLines } from '../../core/format/recipients';
import { authorityPrefix, signatureAuthorityLines } from '../../core/format/signature';
import { formatAppendixReference } from '../../core/format/appendix-reference';
import { DOCUMENT_TYPES, documentTypeByAbbreviation, documentTypeById } from '../../core/rules/decree30';
import { upperVi } from '../../core/model/text';
import type { SignatureBlock } from '../../core/model/types';
import { makeLetter, makePlan } from '../fixtures/documents';

describe('place and date', () => {
  it('writes the decree example "Quảng Trị, ngày 05 tháng 01 năm 2023"', () => {
    expect(formatPlaceAndDate('Quảng Trị', { day: 5, month: 1, year: 2023 })).toBe('Quảng Trị, ngày 05 tháng 01 năm 2023');
  });

  it('writes "ngày 29 tháng 6 năm 2019" (no zero before month 6)', () => {
    expect(formatDatePhrase({ day: 29, month: 6, year: 2019 })).toBe('ngày 29 tháng 6 năm 2019');
  });

  it('writes month 3 as "3", never "03"', () => {
    const line = formatPlaceAndDate('Sóc Trăng', { day: 3, month: 3, year: 2021 });
    expect(line).toBe('Sóc Trăng, ngày 03 tháng 3 năm 2021');
    expect(line).not.toContain('tháng 03');
  });

  it('pads months 1 and 2 only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(formatMonth)).toEqual([
      '01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12',
    ]);
  });

  it('pads days below 10 only', () => {
    expect([1, 5, 9, 10, 24, 31].map(formatDay)).toEqual(['01', '05', '09', '10', '24', '31']);
  });

  it('leaves a blank field for each part that is null', () => {
    expect(BLANK_FIELD.trim()).toBe('');
    expect(BLANK_FIELD.length).toBeGreaterThan(1);
    expect(formatDatePhrase({ day: null, month: 1, year: 2023 })).toBe(`ngày ${BLANK_FIELD} tháng 01 năm 2023`);
    expect(formatDatePhrase({ day: null, month: null, year: 2023 })).toBe(`ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm 2023`);
    expect(formatPlaceAndDate('Quảng Trị', { day: null, month: null, year: null })).toBe(
      `Quảng Trị, ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm ${BLANK_FIELD}`,
    );
  });

  it('keeps the blank fields from collapsing (no-break spaces, not ordinary spaces)', () => {
    expect(BLANK_FIELD).toMatch(/^\u00A0+$/);
  });

  it('trims the place and drops the comma when there is no place', () => {
    expect(formatPlaceAndDate('  Quảng Trị ', { day: 5, month: 1, year: 2023 })).toBe('Quảng Trị, ngày 05 tháng 01 năm 2023');
    expect(formatPlaceAndDate('', { day: 5, month: 1, year: 2023 })).toBe('ngày 05 tháng 01 năm 2023');
  });

  it('checks calendar days, allowing 29 February while the year is blank', () => {
    expect(isPlausibleDate({ day: 30, month: 4, year: 2023 })).toBe(true);
    expect(isPlausibleDate({ day: 31, month: 4, year: 2023 })).toBe(false);
    expect(isPlausibleDate({ day: 29, month: 2, year: 2023 })).toBe(false);
    expect(isPlausibleDate({ day: 29, month: 2, year: 2024 })).toBe(true);
    expect(isPlausibleDate({ day: 29, month: 2, year: null })).toBe(true);
    expect(isPlausibleDate({ day: null, month: 13, year: 2023 })).toBe(false);
    expect(isPlausibleDate({ day: 0, month: null, year: null })).toBe(false);
    expect(isPlausibleDate({ day: null, month: null, year: null })).toBe(true);
  });
});

describe('number and code', () => {
  it('writes "Số: 05/KH-UBND" for a state plan numbered 5', () => {
    expect(formatNumberAndCode('ke-hoach', 'state', { number: 5, agencyCode: 'UBND', unitCode: '' })).toBe('Số: 05/KH-UBND');
  });

  it('writes "Số: 231/STTTT-TTBCXB" for a công văn (no type abbreviation)', () => {
    expect(formatNumberAndCode('cong-van', 'state', { number: 231, agencyCode: 'STTTT', unitCode: 'TTBCXB' })).toBe(
      'Số: 231/STTTT-TTBCXB',
    );
  });

  it('writes a typed document with a unit code as "Số: 12/QĐ-UBND-VP"', () => {
    expect(formatNumberAndCode('quyet-dinh', 'state', { number: 12, agencyCode: 'UBND', unitCode: 'VP' })).toBe('Số: 12/QĐ-UBND-VP');
  });

  it('writes the Party form "Số 20-KH/BTGTU" (no colon)', () => {
    expect(formatNumberAndCode('ke-hoach', 'party', { number: 20, agencyCode: 'BTGTU', unitCode: '' })).toBe('Số 20-KH/BTGTU');
  });

  it('pads numbers below 10 and leaves 10 and above as they are', () => {
    expect([1, 9, 10, 99, 231, 1000].map((n) => formatRegisterNumber(n, 'state'))).toEqual(['01', '09', '10', '99', '231', '1000']);
  });

  it('pads Party numbers below 10 too, as in "Chỉ thị 05-CT/TW" (cited in samples/clean/000)', () => {
    expect(formatCode('chi-thi', 'party', { number: 5, agencyCode: 'TW', unitCode: '' })).toBe('05-CT/TW');
    expect(formatNumberAndCode('ke-hoach', 'party', { number: 1, agencyCode: 'BTGTU', unitCode: '' })).toBe('Số 01-KH/BTGTU');
  });

  it('leaves a blank field for an unassigned number', () => {
    expect(formatNumberAndCode('ke-hoach', 'state', { number: null, agencyCode: 'UBND', unitCode: '' })).toBe(
      `Số: ${BLANK_FIELD}/KH-UBND`,
    );
    expect(formatNumberAndCode('ke-hoach', 'party', { number: null, agencyCode: 'BTGTU', unitCode: '' })).toBe(
      `Số ${BLANK_FIELD}-KH/BTGTU`,
    );
  });

  it('has no spaces or empty groups in the code', () => {
    expect(formatCode('cong-van', 'state', { number: 7, agencyCode: ' SGDĐT ', unitCode: '  ' })).toBe('07/SGDĐT');
    expect(formatCode('ke-hoach', 'state', { number: 7, agencyCode: 'SGDĐT ', unitCode: ' GDTrH' })).toBe('07/KH-SGDĐT-GDTrH');
  });

  it('reads the fixtures\' headers', () => {
    const plan = makePlan();
    const letter = makeLetter();
    expect(formatNumberAndCode(plan.kind, plan.variant, plan.header)).toBe('Số: 05/KH-UBND');
    expect(formatNumberAndCode(letter.kind, letter.variant, letter.header)).toBe('Số: 231/STTTT-TTBCXB');
  });

  it('throws on an unknown kind', () => {
    expect(() => formatNumberAndCode('chapter', 'state', { number: 1, agencyCode: 'UBND', unitCode: '' })).toThrow(
      /Unknown document kind: chapter/,
    );
    expect(() => typeAbbreviation('')).toThrow(RangeError);
  });
});

describe('document types (Decree 30, Appendix III)', () => {
  // Copied from DECREE30.md, "Document types and abbreviations (Appendix III)".
  const APPENDIX_III: ReadonlyArray<[string, string]> = [
    ['NQ', 'Nghị quyết'], ['QĐ', 'Quyết định'], ['CT', 'Chỉ thị'], ['QC', 'Quy chế'], ['QyĐ', 'Quy định'],
    ['TC', 'Thông cáo'], ['TB', 'Thông báo'], ['HD', 'Hướng dẫn'], ['CTr', 'Chương trình'], ['KH', 'Kế hoạch'],
    ['PA', 'Phương án'], ['ĐA', 'Đề án'], ['DA', 'Dự án'], ['BC', 'Báo cáo'], ['BB', 'Biên bản'], ['TTr', 'Tờ trình'],
    ['HĐ', 'Hợp đồng'], ['CĐ', 'Công điện'], ['BGN', 'Bản ghi nhớ'], ['BTT', 'Bản thỏa thuận'], ['GUQ', 'Giấy ủy quyền'],
    ['GM', 'Giấy mời'], ['GGT', 'Giấy giới thiệu'], ['GNP', 'Giấy nghỉ phép'], ['PG', 'Phiếu gửi'], ['PC', 'Phiếu chuyển'],
    ['PB', 'Phiếu báo'],
  ];

  it.each(APPENDIX_III)('%s is the abbreviation of %s', (abbreviation, name) => {
    const byName = DOCUMENT_TYPES.filter((type) => type.name === name);
    expect(byName).toHaveLength(1);
    expect(byName[0].abbreviation).toBe(abbreviation);
    expect(documentTypeByAbbreviation(abbreviation)?.name).toBe(name);
    expect(typeAbbreviation(byName[0].id)).toBe(abbreviation);
    expect(byName[0].typeName).toBe(upperVi(name));
  });

  it('has Công văn with no abbreviation and no type name', () => {
    const congVan = documentTypeById('cong-van');
    expect(congVan).toMatchObject({ name: 'Công văn', abbreviation: null, typeName: null });
    expect(typeAbbreviation('cong-van')).toBeNull();
  });

  it('lists exactly the Appendix III types plus Công văn, each id and abbreviation once', () => {
    expect(DOCUMENT_TYPES).toHaveLength(APPENDIX_III.length + 1);
    expect(new Set(DOCUMENT_TYPES.map((type) => type.id)).size).toBe(DOCUMENT_TYPES.length);
    expect(new Set(DOCUMENT_TYPES.map((type) => type.abbreviation)).size).toBe(DOCUMENT_TYPES.length);
  });

  it('stores every name and abbreviation in NFC', () => {
    for (const type of DOCUMENT_TYPES) {
      for (const value of [type.name, type.abbreviation, type.typeName]) {
        if (value !== null) expect(value).toBe(value.normalize('NFC'));
      }
    }
  });

  it('prints the case-sensitive abbreviations in codes: QyĐ, CTr, TTr, GUQ', () => {
    const header = { number: 3, agencyCode: 'UBND', unitCode: '' };
    expect(formatCode('quy-dinh', 'state', header)).toBe('03/QyĐ-UBND');
    expect(formatCode('chuong-trinh', 'state', header)).toBe('03/CTr-UBND');
    expect(formatCode('to-trinh', 'state', header)).toBe('03/TTr-UBND');
    expect(formatCode('giay-uy-quyen', 'state', header)).toBe('03/GUQ-UBND');
  });
});

describe('recipients', () => {
  it('ends each line with ";", puts "- Lưu: VT, NCKS." last', () => {
    expect(formatRecipientLines(['Bộ Thông tin và Truyền thông (b/c)', 'Các sở, ban, ngành cấp tỉnh'], 'VT, NCKS')).toEqual([
      '- Bộ Thông tin và Truyền thông (b/c);',
      '- Các sở, ban, ngành cấp tỉnh;',
      '- Lưu: VT, NCKS.',
    ]);
  });

  it('ends the last recipient with "." when there is no archive line', () => {
    expect(formatRecipientLines(['Như trên', 'Giám đốc Sở (để b/c)'], '')).toEqual(['- Như trên;', '- Giám đốc Sở (để b/c).']);
    expect(formatRecipientLines(['Như trên'], '  ')).toEqual(['- Như trên.']);
  });

  it('cleans stray "- " and ";" a clerk typed, and drops empty lines', () => {
    expect(formatRecipientLines(['- Như trên;', '-Sở Nội vụ;', '– UBND các huyện, thị xã, thành phố.', '  ', '-'], 'VT')).toEqual([
      '- Như trên;',
      '- Sở Nội vụ;',
      '- UBND các huyện, thị xã, thành phố;',
      '- Lưu: VT.',
    ]);
  });

  it('accepts the archive typed with its own "Lưu:" label and final dot', () => {
    expect(formatRecipientLines(['Như trên'], 'Lưu: VT, NCKS.')).toEqual(['- Như trên;', '- Lưu: VT, NCKS.']);
    expect(formatRecipientLines([], 'VT')).toEqual(['- Lưu: VT.']);
  });

  it('cleans an archive line pasted whole from an old document ("- Lưu: VT, NCKS.")', () => {
    expect(formatRecipientLines(['Như trên'], '- Lưu: VT, NCKS.')).toEqual(['- Như trên;', '- Lưu: VT, NCKS.']);
    expect(formatRecipientLines(['Như trên'], 'Lưu VT, NCKS,')).toEqual(['- Như trên;', '- Lưu: VT, NCKS.']);
  });

  it('prints a Party document\'s archive line as written without the colon ("- Lưu VP.BTGTU."), a state one with it', () => {
    expect(formatRecipientLines(['Sở Nội vụ'], 'Lưu VP.BTGTU', 'party')).toEqual(['- Sở Nội vụ;', '- Lưu VP.BTGTU.']);
    expect(formatRecipientLines(['Sở Nội vụ'], 'VT, BTGTU', 'party')).toEqual(['- Sở Nội vụ;', '- Lưu: VT, BTGTU.']);
    expect(formatRecipientLines(['Sở Nội vụ'], 'Lưu VP.BTGTU', 'state')).toEqual(['- Sở Nội vụ;', '- Lưu: VP.BTGTU.']);
  });

  it('prints the fixture plan\'s list', () => {
    const plan = makePlan();
    expect(formatRecipientLines(plan.recipients, plan.archive)).toEqual([
      '- Bộ Thông tin và Truyền thông (b/c);',
      '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
      '- Các sở, ban, ngành cấp tỉnh;',
      '- Lưu: VT, NCKS.',
    ]);
  });

  it('bareRecipient strips only the marker and the final punctuation', () => {
    expect(bareRecipient('  - Sở Tài chính, Sở Nội vụ; ')).toBe('Sở Tài chính, Sở Nội vụ');
    expect(bareRecipient('Các Phó Chủ tịch UBND tỉnh')).toBe('Các Phó Chủ tịch UBND tỉnh');
  });

  it('is empty when there is nothing to list', () => {
    expect(formatRecipientLines([], '')).toEqual([]);
  });
});

describe('legal basis', () => {
  it('ends each line with ";" and the last with "."', () => {
    expect(formatLegalBasisLines(makePlan().legalBasis)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.',
    ]);
  });

  it('replaces punctuation the clerk typed and drops blank lines', () => {
    expect(formatLegalBasisLines(['Căn cứ A;', ' ', 'Căn cứ B,', 'Căn cứ C;'])).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']);
    expect(formatLegalBasisLines(['Căn cứ A.'])).toEqual(['Căn cứ A.']);
    expect(formatLegalBasisLines([])).toEqual([]);
  });
});

describe('signature authority lines', () => {
  const sig = (fields: Partial<SignatureBlock>): SignatureBlock => ({
    collective: '',
    authority: null,
    headTitle: '',
    signerTitle: '',
    signerName: 'Nguyễn Văn A',
    ...fields,
  });

  it('TM. collective, KT. head, then the deputy: the decree example', () => {
    expect(
      signatureAuthorityLines(sig({ collective: 'Ủy ban nhân dân', authority: 'KT', headTitle: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' }), 'state'),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('TM. with the head signing', () => {
    expect(signatureAuthorityLines(sig({ collective: 'ủy ban nhân dân', headTitle: 'chủ tịch' }), 'state')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('the head of the agency signing alone', () => {
    expect(signatureAuthorityLines(sig({ headTitle: 'Giám đốc' }), 'state')).toEqual(['GIÁM ĐỐC']);
  });

  it('KT., TL., TUQ. and Q. before the head\'s title', () => {
    expect(signatureAuthorityLines(sig({ authority: 'KT', headTitle: 'Giám đốc', signerTitle: 'Phó Giám đốc' }), 'state')).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ]);
    expect(signatureAuthorityLines(sig({ authority: 'TL', headTitle: 'Giám đốc', signerTitle: 'Chánh Văn phòng' }), 'state')).toEqual([
      'TL. GIÁM ĐỐC',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(
      signatureAuthorityLines(sig({ authority: 'TUQ', headTitle: 'Chủ tịch', signerTitle: 'Giám đốc Sở Nội vụ' }), 'state'),
    ).toEqual(['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ']);
    expect(signatureAuthorityLines(sig({ authority: 'Q', headTitle: 'Giám đốc' }), 'state')).toEqual(['Q. GIÁM ĐỐC']);
  });

  it('TM. with TL.: a chief of office signing by order for a collective', () => {
    expect(
      signatureAuthorityLines(
        sig({ collective: 'Ủy ban nhân dân', authority: 'TL', headTitle: 'Chủ tịch', signerTitle: 'Chánh Văn phòng' }),
        'state',
      ),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
  });

  it('Party documents write T/M and K/T', () => {
    expect(
      signatureAuthorityLines(
        sig({ collective: 'Ban Thường vụ', authority: 'KT', headTitle: 'Bí thư', signerTitle: 'Phó Bí thư' }),
        'party',
      ),
    ).toEqual(['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(signatureAuthorityLines(sig({ authority: 'KT', headTitle: 'Trưởng ban', signerTitle: 'Phó Trưởng ban' }), 'party')).toEqual([
      'K/T TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
    ]);
    expect(signatureAuthorityLines(sig({ authority: 'TL', headTitle: 'Ban Thường vụ' }), 'party')).toEqual(['T/L BAN THƯỜNG VỤ']);
  });

  it('maps every prefix for both variants', () => {
    expect((['TM', 'KT', 'TL', 'TUQ', 'Q'] as const).map((p) => authorityPrefix(p, 'state'))).toEqual(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
    expect((['TM', 'KT', 'TL'] as const).map((p) => authorityPrefix(p, 'party'))).toEqual(['T/M', 'K/T', 'T/L']);
  });

  it('never prints the signer\'s name among the CAPS lines, and skips blank fields', () => {
    const lines = signatureAuthorityLines(sig({ collective: '  ', authority: 'KT', headTitle: ' Giám đốc ', signerTitle: ' ' }), 'state');
    expect(lines).toEqual(['KT. GIÁM ĐỐC']);
    expect(lines.join('\n')).not.toContain('NGUYỄN');
  });
});

describe('appendix reference line', () => {
  it('cites the plan by type, number and code, date and issuer', () => {
    expect(formatAppendixReference(makePlan())).toBe(
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh Quảng Trị)',
    );
  });

  it('leaves blank fields while the number and date are not assigned', () => {
    const doc = makePlan({ header: { number: null, date: { day: null, month: null, year: 2023 } } });
    expect(formatAppendixReference(doc)).toBe(
      `(Kèm theo Kế hoạch số ${BLANK_FIELD}/KH-UBND ngày ${BLANK_FIELD} tháng ${BLANK_FIELD} năm 2023 của Ủy ban nhân dân tỉnh Quảng Trị)`,
    );
  });

  it('uses the Party code form and the document type name', () => {
    const doc = makePlan({
      variant: 'party',
      header: { number: 20, agencyCode: 'BTGTU', issuingAgencyInText: 'Ban Tuyên giáo Tỉnh ủy', date: { day: 24, month: 5, year: 2018 } },
    });
    expect(formatAppendixReference(doc)).toBe('(Kèm theo Kế hoạch số 20-KH/BTGTU ngày 24 tháng 5 năm 2018 của Ban Tuyên giáo Tỉnh ủy)');
    expect(formatAppendixReference(makeLetter())).toBe(
      '(Kèm theo Công văn số 231/STTTT-TTBCXB ngày 03 tháng 3 năm 2021 của Sở Thông tin và Truyền thông)',
    );
  });

  it('omits "của" when the issuer has no running-text name', () => {
    expect(formatAppendixReference(makePlan({ header: { issuingAgencyInText: ' ' } }))).toBe(
      '(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2023)',
    );
  });
});
