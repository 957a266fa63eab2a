/** The names of the body's block kinds in both languages, for messages about the outline. */
import type { BodyBlockType } from '../../model/types';
import type { Bilingual } from '../types';

export const BLOCK_KINDS: Record<BodyBlockType, Bilingual> = {
  section: { vi: 'mục (I, II…)', en: 'section (I, II…)' },
  clause: { vi: 'khoản (1, 2…)', en: 'clause (1, 2…)' },
  point: { vi: 'điểm (a, b…)', en: 'point (a, b…)' },
  dash: { vi: 'ý “-”', en: '“-” item' },
  plus: { vi: 'ý “+”', en: '“+” item' },
  paragraph: { vi: 'đoạn văn', en: 'paragraph' },
  table: { vi: 'bảng', en: 'table' },
};
