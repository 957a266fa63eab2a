/** The body editor's public surface. */
import './editor.css';

export { BodyEditor, CHUNK_SIZE, type BodyEditorProps } from './body-editor';
export type { BodyEditorHandle, BodyHistoryStep, TextReplacement, TableReplacement } from './handle';
export { FindMarksContext, FindMarksSource, type FindMark, type FindMarks } from './find-marks';
export { TableEditor, type TableEditorProps, type TableChangeKind } from './table-editor';
export { PASTE_LIMIT } from './paste/limits';
export type { MarkName } from './slate-types';
export type { FindingMark } from './finding-store';
export type { CommentMark, CommentMarks, CommentTarget, CommentAnchorTarget } from './comment-decorations';
export { BodyCommentsContext, BodyCommentsSource, type BodyComments } from './comment-store';
