import { describe, expect, it } from 'vitest';
import { amountAt, amountInWords, amountWordsEdit, findAmounts } from '../../core/format/amount-words';

const apply = (text: string, offset: number): string | null => {
  const amount = amountAt(text, offset);
  if (!amount) return null;
  const edit = amountWordsEdit(amount);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
};

describe('amounts in words', () => {
  it('reads amounts as funding sections write them', () => {
    expect(amountInWords('150000000')).toBe('Một trăm năm mươi triệu đồng');
    expect(amountInWords('1500000000')).toBe('Một tỷ năm trăm triệu đồng');
    expect(amountInWords('2005000')).toBe('Hai triệu không trăm lẻ năm nghìn đồng');
    expect(amountInWords('21000')).toBe('Hai mươi mốt nghìn đồng');
  });

  it('finds the amount in every written form', () => {
    const values = (text: string) => findAmounts(text).map((amount) => amount.value);
    expect(values('Tổng kinh phí: 150.000.000 đồng.')).toEqual(['150000000']);
    expect(values('Kinh phí 150.000.000đ từ ngân sách')).toEqual(['150000000']);
    expect(values('khoảng 150 triệu đồng và 1,5 tỷ đồng')).toEqual(['150000000', '1500000000']);
    expect(values('hỗ trợ 2.500.000 VNĐ/người')).toEqual(['2500000']);
    expect(values('năm 2026 có 12 đơn vị')).toEqual([]);
  });

  it('writes the words after the amount at the caret, or replaces the words already there', () => {
    const text = 'Tổng kinh phí: 150.000.000 đồng, từ nguồn ngân sách tỉnh.';
    expect(apply(text, text.indexOf('000 đồng'))).toBe('Tổng kinh phí: 150.000.000 đồng (Một trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh.');
    const stale = 'Tổng kinh phí: 180.000.000 đồng (Một trăm năm mươi triệu đồng).';
    expect(apply(stale, 20)).toBe('Tổng kinh phí: 180.000.000 đồng (Một trăm tám mươi triệu đồng).');
    // Two amounts: the one the caret is in; none near the caret → nothing.
    const two = 'Năm 2026: 100.000.000 đồng; năm 2027: 120.000.000 đồng.';
    expect(apply(two, two.lastIndexOf('120'))).toBe('Năm 2026: 100.000.000 đồng; năm 2027: 120.000.000 đồng (Một trăm hai mươi triệu đồng).');
    expect(apply(two, 2)).toBeNull();
    expect(apply('Không có số tiền.', 3)).toBeNull();
  });
});
