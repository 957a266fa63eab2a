/**
 * The body plugin: tables are voids, inserted text is NFC without XML-illegal characters or line
 * breaks, structure-aware Enter/Backspace, typed-marker shortcuts, normalizers, and paste/drop
 * through the paste module. `createBodyEditor` gives a DOM-free editor (tests, headless use);
 * the React component adds slate-react's plugin underneath.
 */
import { createEditor, Editor, Element, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { cleanText } from '../../core/model/text';
import { withBodyNormalizing } from './normalize';
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

  // Present only with slate-react underneath: route every paste and drop through our parser.
  const withData = editor as T & { insertData?: (data: DataTransfer) => void; insertFragmentData?: (data: DataTransfer) => boolean };
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
