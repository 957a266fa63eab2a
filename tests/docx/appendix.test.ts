/**
 * Appendices: each in its own landscape section with "PHỤ LỤC" (or "PHỤ LỤC I", "II"…), the
 * title, the italic reference line, and bordered tables with repeated header rows, STT filled in,
 * grid widths that fill the landscape text width, and merged cells.
 */
import { describe, expect, it } from 'vitest';
import { all, isOn, kid, kids, textOf, textRuns, val, type XmlElement } from '../helpers/docx-xml';
import { appendix, cell, table } from '../fixtures/documents';
import type { TableBlock } from '../../core/model/types';
import { LANDSCAPE_TEXT_WIDTH, cells, exportDocx, gridWidths, paragraphWithText, plan, sections } from './support';

const REFERENCE = '(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Quảng Trị)';

/**
 * STT | Nhiệm vụ | Thời gian (2 columns: Bắt đầu, Kết thúc), two header rows; in the body the
 * second task spans both time columns and the third task spans two rows.
 */
function spannedTable(): TableBlock {
  return {
    type: 'table',
    id: 'spanned',
    table: {
      columns: [{ width: 1 }, { width: 6 }, { width: 2 }, { width: 2 }],
      headerRows: [
        [cell('STT', { rowSpan: 2 }), cell('Nhiệm vụ', { rowSpan: 2 }), cell('Thời gian', { colSpan: 2 })],
        [cell('Bắt đầu'), cell('Kết thúc')],
      ],
      rows: [
        [cell(''), cell('Khảo sát hiện trạng'), cell('Quý I'), cell('Quý II')],
        [cell(''), cell('Đào tạo cán bộ'), cell('Cả năm', { colSpan: 2 })],
        [cell(''), cell('Triển khai phần mềm', { rowSpan: 2 }), cell('Quý II'), cell('Quý III')],
        [cell(''), cell('Quý III'), cell('Quý IV')],
      ],
      numbered: true,
    },
  };
}

async function appendixSections(doc = plan()) {
  const { body, fmt } = await exportDocx(doc);
  return sections(body).slice(1).map((part) => ({ ...part, fmt }));
}

function tableOf(content: XmlElement[]): XmlElement {
  const found = content.find((element) => element.name === 'w:tbl');
  if (!found) throw new Error('no table in the appendix');
  return found;
}

const tcPr = (tc: XmlElement) => kid(tc, 'w:tcPr')!;

describe('DOCX appendices', () => {
  it('a single appendix is its own landscape section headed "PHỤ LỤC", then its title', async () => {
    const [only, ...more] = await appendixSections();
    expect(more).toHaveLength(0);
    expect(kid(only.sectPr, 'w:pgSz')!.attrs['w:orient']).toBe('landscape');
    const texts = only.content.filter((e) => e.name === 'w:p').map(textOf).filter(Boolean);
    expect(texts.slice(0, 3)).toEqual(['PHỤ LỤC', 'DANH MỤC CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2023', REFERENCE]);
  });

  it('two appendices are headed "PHỤ LỤC I" and "PHỤ LỤC II", each in its own landscape section', async () => {
    const base = plan();
    const doc = plan({ appendices: [...base.appendices, appendix('BẢNG PHÂN CÔNG', [spannedTable()])] });
    const parts = await appendixSections(doc);
    expect(parts).toHaveLength(2);
    expect(parts.map((part) => textOf(part.content[0]))).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II']);
    for (const part of parts) expect(kid(part.sectPr, 'w:pgSz')!.attrs['w:orient']).toBe('landscape');
  });

  it('the reference line is italic and names the plan\'s number, date and issuer', async () => {
    const [part] = await appendixSections();
    const reference = paragraphWithText(part.content, REFERENCE);
    expect(textRuns(reference).map((run) => part.fmt.italic(run))).toEqual([true]);
  });

  it('header rows repeat on every page (w:tblHeader); body rows do not', async () => {
    const [part] = await appendixSections(plan({ appendices: [appendix('BẢNG PHÂN CÔNG', [spannedTable()])] }));
    const rows = kids(tableOf(part.content), 'w:tr');
    const repeated = rows.map((row) => isOn(kid(row, 'w:trPr'), 'w:tblHeader'));
    expect(repeated).toEqual([true, true, false, false, false, false]);
  });

  it('fills the STT column with 1, 2, 3… in body rows', async () => {
    const [part] = await appendixSections();
    const rows = cells(tableOf(part.content)).slice(1);
    expect(rows.map((row) => textOf(row[0]))).toEqual(['1', '2']);
  });

  it('numbers rows under a row-spanning cell without skipping or repeating', async () => {
    const [part] = await appendixSections(plan({ appendices: [appendix('BẢNG PHÂN CÔNG', [spannedTable()])] }));
    const rows = cells(tableOf(part.content)).slice(2);
    expect(rows.map((row) => textOf(row[0]))).toEqual(['1', '2', '3', '4']);
  });

  it('the table grid adds up to the landscape text width 14287', async () => {
    for (const doc of [plan(), plan({ appendices: [appendix('BẢNG PHÂN CÔNG', [spannedTable()])] })]) {
      const [part] = await appendixSections(doc);
      const table = tableOf(part.content);
      expect(gridWidths(table).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
      expect(kid(kid(table, 'w:tblPr')!, 'w:tblW')!.attrs['w:w']).toBe(String(LANDSCAPE_TEXT_WIDTH));
    }
  });

  it('a column span becomes w:gridSpan 2 with the width of both columns', async () => {
    const [part] = await appendixSections(plan({ appendices: [appendix('BẢNG PHÂN CÔNG', [spannedTable()])] }));
    const table = tableOf(part.content);
    const grid = gridWidths(table);
    const rows = cells(table);
    for (const [rowIndex, text] of [[0, 'Thời gian'], [3, 'Cả năm']] as const) {
      const tc = rows[rowIndex].find((c) => textOf(c) === text)!;
      expect(val(tcPr(tc), 'w:gridSpan'), text).toBe('2');
      expect(Number(kid(tcPr(tc), 'w:tcW')!.attrs['w:w'])).toBe(grid[2] + grid[3]);
    }
  });

  it('a row span becomes w:vMerge restart and a continuation w:vMerge cell in the next row', async () => {
    const [part] = await appendixSections(plan({ appendices: [appendix('BẢNG PHÂN CÔNG', [spannedTable()])] }));
    const rows = cells(tableOf(part.content));
    const merge = (tc: XmlElement) => kid(tcPr(tc), 'w:vMerge');
    const isContinuation = (tc: XmlElement | undefined) => !!tc && !!merge(tc) && [undefined, 'continue'].includes(merge(tc)!.attrs['w:val']);
    // Header: STT and Nhiệm vụ span both header rows.
    expect(rows[0].slice(0, 2).map((tc) => merge(tc)?.attrs['w:val'])).toEqual(['restart', 'restart']);
    expect(rows[1]).toHaveLength(4);
    expect(rows[1].slice(0, 2).every(isContinuation)).toBe(true);
    expect(rows[1].slice(2).map(textOf)).toEqual(['Bắt đầu', 'Kết thúc']);
    // Body: "Triển khai phần mềm" spans two rows, in the second column.
    const restartRow = rows.findIndex((row) => row.some((tc) => textOf(tc) === 'Triển khai phần mềm'));
    const started = rows[restartRow][1];
    expect(textOf(started)).toBe('Triển khai phần mềm');
    expect(merge(started)?.attrs['w:val']).toBe('restart');
    const next = rows[restartRow + 1];
    expect(next).toHaveLength(4);
    expect(isContinuation(next[1])).toBe(true);
    expect(textOf(next[1])).toBe('');
    expect(next.map(textOf)).toEqual(['4', '', 'Quý III', 'Quý IV']);
    // Cells that do not span carry no merge mark.
    expect(rows[2].some((tc) => merge(tc) !== undefined)).toBe(false);
  });

  it('an appendix table\'s header cells are bold and centred', async () => {
    const [part] = await appendixSections(plan({ appendices: [appendix('DANH SÁCH', [table(['STT', 'Đơn vị'], [['', 'Sở Y tế']], { numbered: true })])] }));
    const headerCells = cells(tableOf(part.content))[0];
    for (const tc of headerCells) {
      for (const p of all(tc, 'w:p')) expect(part.fmt.align(p)).toBe('center');
      for (const run of textRuns(tc)) expect(part.fmt.bold(run)).toBe(true);
    }
    const bodyCells = cells(tableOf(part.content))[1];
    expect(part.fmt.align(all(bodyCells[0], 'w:p')[0])).toBe('center');
    for (const run of textRuns(bodyCells[1])) expect(part.fmt.bold(run)).toBe(false);
  });
});
