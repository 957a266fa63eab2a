/**
 * The body plugin: tables are voids, inserted text is NFC without XML-illegal characters or line
 * breaks, structure-aware Enter/Backspace, typed-marker shortcuts, normalizers, and paste/drop
 * through the paste module. `createBodyEditor` gives a DOM-free editor (tests, headless use);
 * the React component adds slate-react's plugin underneath.
 */
import { createEditor, Editor, Element, Range, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { cleanText } from '../../core/model/text';
import { slateToFlat } from './convert';
import { computeMarkers } from './markers';
import { withBodyNormalizing } from './normalize';
import { blocksToHtml, blocksToText } from './paste/copy-out';
import { fragmentToBlocks, parseHtmlWithDom, pasteIntoEditor } from './paste/clipboard';
import { insertBlocks } from './paste/insert-blocks';
import { PASTE_LIMIT } from './paste/limits';
import { withMarkerShortcuts } from './shortcuts';
import { withStructureKeys } from './structure-keys';

export interface BodyPluginOptions {
  isComposing?: () => boolean;
  onError?: (code: string, params?: Record<string, unknown>) => void;
}

/** Text as it may enter a block: one line, NFC, XML-legal. */
export const cleanInsertedText = (text: string): string => cleanText(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '));

export function withBody<T extends Editor>(editor: T, options: BodyPluginOptions = {}): T {
  const { isVoid, insertText } = editor;
  editor.isVoid = (element) => (Element.isElement(element) && element.type === 'table') || isVoid(element);
  editor.isComposingText = () => options.isComposing?.() ?? false;
  editor.reportError = (code, params) => options.onError?.(code, params);
  editor.insertText = (text, opts) => {
    const clean = cleanInsertedText(text);
    if (clean !== '') insertText(clean, opts);
  };
  editor.insertFragment = (fragment) => insertBlocks(editor, fragmentToBlocks(fragment as Descendant[]));

  withMarkerShortcuts(editor);
  withStructureKeys(editor);
  withBodyNormalizing(editor);

  // Present only with slate-react underneath: route every paste and drop through our parser,
  // and write copies for other programs as the document prints.
  const withData = editor as T & {
    insertData?: (data: DataTransfer) => void;
    insertFragmentData?: (data: DataTransfer) => boolean;
    setFragmentData?: (data: DataTransfer, origin?: 'drag' | 'copy' | 'cut') => void;
  };
  if (typeof withData.setFragmentData === 'function') {
    const { setFragmentData } = withData;
    withData.setFragmentData = (data, origin) => {
      setFragmentData(data, origin);
      const { selection } = editor;
      const blocks = slateToFlat(editor.getFragment());
      // Text copied from inside one line stays just that text.
      if (!selection || blocks.length < 2) return;
      const markers = computeMarkers(editor.children);
      // A first block copied from its middle gets no number.
      const start = Range.start(selection);
      if (!Editor.isStart(editor, start, [start.path[0]])) markers.delete(blocks[0].id);
      data.setData('text/plain', blocksToText(blocks, markers));
      data.setData('text/html', blocksToHtml(blocks, markers));
    };
  }
  if (typeof withData.insertData === 'function') {
    const { insertFragmentData } = withData;
    withData.insertData = (data: DataTransfer) => {
      const text = data.getData('text/plain');
      const html = data.getData('text/html');
      if (data.types.includes('application/x-slate-fragment') && insertFragmentData && text.length <= PASTE_LIMIT) {
        if (insertFragmentData(data)) return;
      }
      pasteIntoEditor(editor, { html: html || undefined, text: text || undefined }, parseHtmlWithDom);
    };
  }
  return editor;
}

export function createBodyEditor(options: BodyPluginOptions = {}): Editor {
  return withBody(withHistory(createEditor()), options);
}
