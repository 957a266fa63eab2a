/**
 * Fixed words of the printed document (not UI text: a Vietnamese document reads the same
 * whatever language the app's menus are in). Values match the DOCX writer's.
 */
import type { Appendix, TableModel } from '../../core/model/types';
import { DECREE30 } from '../../core/rules/decree30';
import { newId } from '../../core/model/ids';

export const ADDRESSEE_LABEL = 'Kính gửi:';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const LETTER_SUMMARY_PREFIX = 'V/v';
export const ARCHIVE_PREFIX = 'Lưu:';
export const CLOSING_MARK = DECREE30.closingMark;

function cell(text: string) {
  return { paragraphs: [text ? [{ text }] : []] };
}

/** The usual task table of a plan's appendix: STT, task, lead agency, partners, deadline. */
export function newAppendixTable(): TableModel {
  return {
    columns: [
      { width: 6, align: 'center' },
      { width: 40, align: 'justify' },
      { width: 18, align: 'center' },
      { width: 18, align: 'center' },
      { width: 18, align: 'center' },
    ],
    headerRows: [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map(cell)],
    rows: [['', '', '', '', ''].map(cell)],
    numbered: true,
  };
}

export function newAppendix(): Appendix {
  return { id: newId(), title: '', landscape: true, body: [{ type: 'table', id: newId(), table: newAppendixTable() }] };
}
