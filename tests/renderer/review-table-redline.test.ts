/** A table's word diff drawn as rows and cells in the compare view (renderer/review/Redline.tsx). */
import { describe, expect, it } from 'vitest';
import { blockText, diffWords } from '../../core/review/diff';
import { tableCells } from '../../renderer/review/Redline';
import { table } from '../fixtures/documents';

const text = (rows: string[][]) => blockText({ id: 't', kind: 'table', table: table(rows[0], rows.slice(1)).table } as never);
const cellText = (cells: ReturnType<typeof tableCells>) => cells.map((row) => row.map((cell) => cell.map((word) => `${word.op === 'insert' ? '+' : word.op === 'delete' ? '-' : ''}${word.text}`).join('')));

describe('tableCells', () => {
  const before = text([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'], ['', 'Nâng cấp mạng', 'Sở Thông tin và Truyền thông']]);
  const after = text([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'], ['', 'Nâng cấp mạng', 'Sở Nội vụ'], ['', 'Xây dựng dữ liệu', 'Sở Tài chính']]);
  const words = diffWords(before, after);

  it('each side keeps its own rows and cells, with the changed words marked in their cell', () => {
    expect(cellText(tableCells(words, 'before'))).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
      ['', 'Nâng cấp mạng', 'Sở -Thông tin và Truyền thông'],
    ]);
    expect(cellText(tableCells(words, 'after'))).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
      ['', 'Nâng cấp mạng', 'Sở +Nội vụ'],
      ['', '+Xây dựng dữ liệu', '+Sở Tài chính'],
    ]);
  });

  it('a separator split between two operations still separates the cells ("cấp xã " + "| Sở")', () => {
    const edited = diffWords(before, before.replace('Nâng cấp mạng', 'Nâng cấp mạng cấp xã'));
    expect(cellText(tableCells(edited, 'after'))[1]).toEqual(['', 'Nâng cấp mạng +cấp xã', 'Sở Thông tin và Truyền thông']);
    expect(cellText(tableCells(edited, 'both'))[1]).toEqual(['', 'Nâng cấp mạng +cấp xã', 'Sở Thông tin và Truyền thông']);
  });

  it('inline, an added row is a row of inserted cells', () => {
    const rows = tableCells(words, 'both');
    expect(rows).toHaveLength(3);
    expect(rows[2].flat().every((word) => word.op === 'insert')).toBe(true);
  });
});
