/**
 * A piece of document text edited in place on the page: a plain-text contentEditable span
 * that looks exactly like the printed text. The DOM owns the text while the clerk types (so
 * IME composition and Unikey-style rewrites are never disturbed); the value is written back
 * only when it changes from outside.
 */
import { useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useFieldAttributes } from '../check/field-findings';
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
}

function readText(element: HTMLElement, multiline: boolean): string {
  const text = multiline ? element.innerText.replace(/\n$/, '') : (element.textContent ?? '');
  return text.replace(/\u00A0/g, ' ').normalize('NFC');
}

export function InlineField(props: InlineFieldProps) {
  const { value, onChange, testId, label, placeholder, multiline = false, className, onEnter, onBackspaceEmpty, focusKey, field } = props;
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
    />
  );
}
