/**
 * Paste and drop into the body: the editor's own fragments (kinds kept), HTML from Word or web
 * pages, or plain text, all turned into flat blocks and inserted at the cursor. A paste of more
 * than PASTE_LIMIT characters is refused whole (reported as 'paste-too-large' with the limit)
 * and changes nothing.
 */
import type { Descendant, Editor } from 'slate';
import type { FlatBlock } from '../../../core/model/flat-body';
import { newId } from '../../../core/model/ids';
import { slateToFlat } from '../convert';
import type { HtmlNode } from './html-node';
import { htmlToBlocks } from './html-to-blocks';
import { insertBlocks } from './insert-blocks';
import { HTML_PARSE_LIMIT, PASTE_LIMIT } from './limits';
import { blockFromLine } from './text-runs';
import { textToBlocks } from './text-to-blocks';

export interface ClipboardPayload {
  /** text/html */
  html?: string;
  /** text/plain */
  text?: string;
  /** The editor's own copied nodes (application/x-slate-fragment, decoded). */
  fragment?: readonly Descendant[];
}

export type HtmlParser = (html: string) => HtmlNode | null;

export type PasteResult = { ok: true; blocks: FlatBlock[] } | { ok: false; error: 'paste-too-large'; limit: number };

const tooLarge: PasteResult = { ok: false, error: 'paste-too-large', limit: PASTE_LIMIT };

function textLength(blocks: readonly FlatBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const row of [...block.table.headerRows, ...block.table.rows])
        for (const cell of row) for (const p of cell.paragraphs) for (const run of p) total += run.text.length;
    } else {
      for (const run of block.content) total += run.text.length;
    }
  }
  return total;
}

/** Copied body nodes → blocks with fresh ids and clean text. */
export function fragmentToBlocks(fragment: readonly Descendant[]): FlatBlock[] {
  return slateToFlat(fragment).flatMap((block): FlatBlock[] => {
    if (block.kind === 'table') return [{ ...block, id: newId() }];
    const clean = blockFromLine(block.content, { kind: block.kind, detectMarker: false });
    if (!clean) return [];
    if (block.kind === 'clause') clean.titled = block.titled ?? true;
    return [clean];
  });
}

/** The blocks a paste would insert, or the reason it is refused. */
export function blocksFromClipboard(payload: ClipboardPayload, parseHtml?: HtmlParser): PasteResult {
  const { html, text, fragment } = payload;
  if (text !== undefined && text.length > PASTE_LIMIT) return tooLarge;
  let blocks: FlatBlock[] | null = null;
  if (fragment && fragment.length > 0) {
    blocks = fragmentToBlocks(fragment);
  } else if (html && parseHtml && html.length <= HTML_PARSE_LIMIT) {
    const root = parseHtml(html);
    if (root) blocks = htmlToBlocks(root);
    if (blocks && blocks.length === 0 && text) blocks = null;
  } else if (html && !text && html.length > HTML_PARSE_LIMIT) {
    return tooLarge;
  }
  blocks ??= textToBlocks(text ?? '');
  if (textLength(blocks) > PASTE_LIMIT) return tooLarge;
  return { ok: true, blocks };
}

/** Pastes into the editor; returns false when nothing could be pasted. */
export function pasteIntoEditor(editor: Editor, payload: ClipboardPayload, parseHtml?: HtmlParser): boolean {
  const result = blocksFromClipboard(payload, parseHtml);
  if (!result.ok) {
    editor.reportError(result.error, { limit: result.limit });
    return false;
  }
  if (result.blocks.length === 0) return false;
  insertBlocks(editor, result.blocks);
  return true;
}

/** The browser's parser: a detached document, so nothing in the paste runs or loads. */
export const parseHtmlWithDom: HtmlParser = (html) => {
  if (typeof DOMParser === 'undefined') return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body as unknown as HtmlNode;
};
