/**
 * A piece of document text edited in place on the page: a plain-text contentEditable span
 * that looks exactly like the printed text. The DOM owns the text while the clerk types (so
 * IME composition and Unikey-style rewrites are never disturbed); the value is written back
 * only when it changes from outside.
 *
 * Spell check: misspelt words get the body's squiggle as ranges of a CSS highlight
 * (renderer/spell/field-highlights.ts), so the field's DOM is never touched while an input method
 * composes; nothing is recomputed during a composition. Right-click on one opens the same menu as
 * in the body (suggestions, Thêm vào từ điển, Bỏ qua); a suggestion replaces the word as typing
 * would (one undo step). Names of the agency and the signer are never flagged (use-spelling-source.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useFieldAttributes } from '../check/field-findings';
import { SpellMenu } from '../editor/SpellMenu';
import { fieldText, offsetIn, positionAt, rangeIn, setFieldSquiggles } from '../spell/field-highlights';
import { misspeltWords } from '../spell/misspelt-words';
import { spellClient } from '../spell/spell-client';
import { useFieldSpelling } from '../spell/use-field-spelling';
import type { WordSpan } from '../spell/words';
import { useReadOnly } from './read-only';

export interface InlineFieldProps {
  value: string;
  onChange(value: string): void;
  testId: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
  /** Enter in a single-line field (list editors add an item). */
  onEnter?(): void;
  /** Backspace in an empty field (list editors remove the item). */
  onBackspaceEmpty?(): void;
  focusKey?: string;
  /** The document path the field edits ("summary", "header.place"): data-field, and the checker's mark. */
  field?: string;
  /** false: never spell-checked (codes, numbers). */
  spellCheck?: boolean;
}

interface FieldSpellMenu {
  x: number;
  y: number;
  word: WordSpan;
}

const suggest = (word: string) => spellClient().suggest(word);

function readText(element: HTMLElement, multiline: boolean): string {
  const text = multiline ? element.innerText.replace(/\n$/, '') : (element.textContent ?? '');
  return text.replace(/\u00A0/g, ' ').normalize('NFC');
}

export function InlineField(props: InlineFieldProps) {
  const { value, onChange, testId, label, placeholder, multiline = false, className, onEnter, onBackspaceEmpty, focusKey, field, spellCheck = true } = props;
  const fieldAttributes = useFieldAttributes(field);
  const readOnly = useReadOnly();
  const ref = useRef<HTMLSpanElement>(null);
  // The text the DOM holds, as last written here or read on input: comparing with it needs no
  // innerText, which would lay out the whole page (hundreds of ms on a long plan).
  const shown = useRef<string | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    const text = value.normalize('NFC');
    if (!element || shown.current === text) return;
    element.textContent = value;
    shown.current = text;
  }, [value]);

  const spelling = useFieldSpelling(!readOnly && spellCheck, value);
  const composing = useRef(false);
  const misspelt = useRef<WordSpan[]>([]);
  const [menu, setMenu] = useState<FieldSpellMenu | null>(null);
  const source = spelling.source;
  const refresh = useCallback(() => {
    const element = ref.current;
    if (!element || composing.current) return;
    if (!source) {
      misspelt.current = [];
      setFieldSquiggles(element, []);
      return;
    }
    const { text, nodes } = fieldText(element);
    const selection = document.getSelection();
    const typing = document.activeElement === element && selection?.isCollapsed ? offsetIn(nodes, selection.anchorNode, selection.anchorOffset) : null;
    misspelt.current = misspeltWords(text, spellClient(), source, typing);
    setFieldSquiggles(element, misspelt.current.map((word) => rangeIn(nodes, word.start, word.end)).filter((range): range is Range => range !== null));
  }, [source]);
  useLayoutEffect(refresh, [refresh, value, spelling.version]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const onCompositionStart = () => (composing.current = true);
    const onCompositionEnd = () => {
      composing.current = false;
      refresh();
    };
    // The caret leaving the word being typed flags it.
    const onSelection = () => document.activeElement === element && refresh();
    element.addEventListener('input', refresh);
    element.addEventListener('blur', refresh);
    element.addEventListener('compositionstart', onCompositionStart);
    element.addEventListener('compositionend', onCompositionEnd);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      element.removeEventListener('input', refresh);
      element.removeEventListener('blur', refresh);
      element.removeEventListener('compositionstart', onCompositionStart);
      element.removeEventListener('compositionend', onCompositionEnd);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [refresh]);
  useEffect(() => {
    const element = ref.current;
    return () => {
      if (element) setFieldSquiggles(element, []);
    };
  }, []);

  const onContextMenu = (event: MouseEvent<HTMLSpanElement>) => {
    const element = ref.current;
    if (!element || !source || misspelt.current.length === 0) return;
    const position = positionAt(event.clientX, event.clientY);
    const at = position ? offsetIn(fieldText(element).nodes, position.node, position.offset) : null;
    const word = at === null ? undefined : misspelt.current.find((span) => at >= span.start && at <= span.end);
    if (!word) return;
    event.preventDefault();
    event.stopPropagation();
    setMenu({ x: event.clientX, y: event.clientY, word });
  };

  const replace = (suggestion: string) => {
    const element = ref.current;
    if (!element || !menu) return;
    const { text, nodes } = fieldText(element);
    const range = text.slice(menu.word.start, menu.word.end) === menu.word.word ? rangeIn(nodes, menu.word.start, menu.word.end) : null;
    if (!range) return;
    element.focus({ preventScroll: true });
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // As typed: the field's input event carries it to the document, one undo step.
    document.execCommand('insertText', false, suggestion.normalize('NFC'));
  };
  const closeMenu = useCallback(() => setMenu(null), []);

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      onEnter?.();
    } else if (event.key === 'Backspace' && onBackspaceEmpty && readText(event.currentTarget, multiline) === '') {
      event.preventDefault();
      onBackspaceEmpty();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLSpanElement>) => {
    event.preventDefault();
    let text = event.clipboardData.getData('text/plain').normalize('NFC');
    text = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\s*[\r\n]+\s*/g, ' ');
    document.execCommand('insertText', false, text);
  };

  return (
    <>
      <span
        ref={ref}
        className={['inline-field', multiline ? 'multiline' : '', className ?? ''].join(' ').trim()}
        contentEditable={readOnly ? false : 'plaintext-only'}
        suppressContentEditableWarning
        role="textbox"
        aria-readonly={readOnly || undefined}
        aria-label={label}
        aria-multiline={multiline}
        data-placeholder={placeholder}
        data-testid={testId}
        data-focus-key={focusKey}
        {...fieldAttributes}
        spellCheck={false}
        onInput={(event) => {
          const text = readText(event.currentTarget, multiline);
          shown.current = text;
          onChange(text);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onContextMenu={onContextMenu}
      />
      {menu && source && (
        <SpellMenu
          request={{ x: menu.x, y: menu.y, word: menu.word.word, editable: true }}
          suggest={suggest}
          onReplace={(suggestion) => {
            replace(suggestion);
            setMenu(null);
          }}
          onAddWord={() => {
            source.actions.addWord(menu.word.word);
            setMenu(null);
          }}
          onIgnore={() => {
            source.ignore(menu.word.word);
            setMenu(null);
          }}
          onClose={closeMenu}
        />
      )}
    </>
  );
}
