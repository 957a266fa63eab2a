/**
 * The Slate shape of the body: one flat list of top-level elements, as core/model/flat-body.ts.
 *   text block: { type: 'block', kind, id, titled?, children: Text[] }
 *   table:      { type: 'table', id, table, children: [{ text: '' }] }  (a void element)
 * Text leaves carry the marks bold / italic / underline (present only when true).
 */
import type { BaseEditor, BaseText } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { FlatTextKind } from '../../core/model/flat-body';
import type { TableModel } from '../../core/model/types';

export type MarkName = 'bold' | 'italic' | 'underline';
export const MARKS: readonly MarkName[] = ['bold', 'italic', 'underline'];

export interface BodyText extends BaseText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface BlockElement {
  type: 'block';
  kind: FlatTextKind;
  id: string;
  /** Clauses only: a bold title line rather than a sentence. */
  titled?: boolean;
  children: BodyText[];
}

export interface TableElement {
  type: 'table';
  id: string;
  table: TableModel;
  children: BodyText[];
}

export type BodyElement = BlockElement | TableElement;

/** Options and hooks the body plugin keeps on the editor. */
export interface BodyEditorExtras {
  /** True while an input method composes a word: text is then left alone until composition ends. */
  isComposingText(): boolean;
  /** Reports a refused action (e.g. 'paste-too-large') to the host page. */
  reportError(code: string, params?: Record<string, unknown>): void;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & HistoryEditor & BodyEditorExtras;
    Element: BodyElement;
    Text: BodyText;
  }
}

export const TEXT_KINDS: readonly FlatTextKind[] = ['section', 'clause', 'point', 'dash', 'plus', 'paragraph'];

export function isTextKind(value: unknown): value is FlatTextKind {
  return typeof value === 'string' && (TEXT_KINDS as readonly string[]).includes(value);
}
