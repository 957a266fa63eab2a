/** The block kinds the toolbar offers, in structure order, with the titled flag clauses take. */
import type { FlatTextKind } from '../../core/model/flat-body';

export interface KindChoice {
  value: string;
  kind: FlatTextKind;
  titled?: boolean;
}

export const KIND_CHOICES: readonly KindChoice[] = [
  { value: 'paragraph', kind: 'paragraph' },
  { value: 'section', kind: 'section' },
  { value: 'clause', kind: 'clause', titled: true },
  { value: 'clause-sentence', kind: 'clause', titled: false },
  { value: 'point', kind: 'point' },
  { value: 'dash', kind: 'dash' },
  { value: 'plus', kind: 'plus' },
];

/** The choice shown for the block at the cursor ("" for a table or no selection). */
export function choiceFor(kind: FlatTextKind | 'table' | null, titled: boolean | undefined): string {
  if (!kind || kind === 'table') return '';
  if (kind === 'clause') return titled === false ? 'clause-sentence' : 'clause';
  return kind;
}
