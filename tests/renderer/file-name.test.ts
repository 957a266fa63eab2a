import { describe, expect, it } from 'vitest';
import { baseName, slugVi, suggestFileName, withExtension } from '../../renderer/app/file-name';
import { makeLetter, makePlan } from '../fixtures/documents';

describe('file names', () => {
  it('folds Vietnamese to a plain slug', () => {
    expect(slugVi('Kế hoạch Đào tạo, bồi dưỡng năm 2025')).toBe('ke-hoach-dao-tao-boi-duong-nam-2025');
    expect(slugVi('Triển khai [tên văn bản] năm 2025')).toBe('trien-khai-nam-2025');
  });

  it('suggests a name from the document type and summary', () => {
    expect(suggestFileName(makePlan({ summary: 'Chuyển đổi số năm 2025' }), '.vanban')).toBe('ke-hoach-chuyen-doi-so-nam-2025.vanban');
    expect(suggestFileName(makeLetter({ summary: '' }), '.docx')).toBe('cong-van.docx');
  });

  it('accepts a typed name, adding the extension and dropping characters files cannot have', () => {
    expect(withExtension('Kế hoạch tháng 3', '.vanban')).toBe('Kế hoạch tháng 3.vanban');
    expect(withExtension('bao-cao.VANBAN', '.vanban')).toBe('bao-cao.VANBAN');
    expect(withExtension('a/b:c*?.docx', '.docx')).toBe('abc.docx');
    expect(withExtension('   ', '.vanban')).toBe('');
    expect(withExtension('..hidden', '.vanban')).toBe('hidden.vanban');
  });

  it('names the last part of a path', () => {
    expect(baseName('/home/a/Tài liệu/ke-hoach.vanban')).toBe('ke-hoach.vanban');
    expect(baseName('C:\\Users\\a\\kh.vanban')).toBe('kh.vanban');
  });
});
