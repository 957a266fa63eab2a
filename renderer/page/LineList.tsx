/**
 * An editable list of lines drawn with the punctuation the printed document adds (recipients,
 * legal basis, addressees). Enter adds a line after this one; Backspace in an empty line
 * removes it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldAttributes } from '../check/field-findings';
import { InlineField } from './InlineField';
import type { LineDecoration } from './list-lines';
import { useReadOnly } from './read-only';

export interface LineListProps {
  lines: string[];
  decorations: LineDecoration[];
  onChange(lines: string[]): void;
  testId: string;
  itemTestId: string;
  label: string;
  placeholder: string;
  addLabel: string;
  className?: string;
  /** The document path of the list ("recipients"); line i is "<field>.<i>". */
  field?: string;
}

export function LineList({ lines, decorations, onChange, testId, itemTestId, label, placeholder, addLabel, className, field }: LineListProps) {
  const fieldAttributes = useFieldAttributes(field);
  const readOnly = useReadOnly();
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    const fields = container.current?.querySelectorAll<HTMLElement>(`[data-testid="${itemTestId}"] .inline-field`);
    const field = fields?.[Math.min(focusIndex, fields.length - 1)];
    if (field) {
      field.focus();
      const range = document.createRange();
      range.selectNodeContents(field);
      range.collapse(false);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
    setFocusIndex(null);
  }, [focusIndex, itemTestId]);

  const insertAfter = (index: number) => {
    onChange([...lines.slice(0, index + 1), '', ...lines.slice(index + 1)]);
    setFocusIndex(index + 1);
  };
  const remove = (index: number) => {
    onChange(lines.filter((_, i) => i !== index));
    setFocusIndex(Math.max(0, index - 1));
  };

  return (
    <div className={['line-list', className ?? ''].join(' ')} data-testid={testId} ref={container} {...fieldAttributes}>
      {lines.map((line, index) => {
        const decoration = decorations[index] ?? { prefix: '', suffix: '', printed: false };
        return (
          <div className={decoration.printed ? 'line' : 'line unprinted'} data-testid={itemTestId} key={index}>
            <span className="deco">{decoration.prefix}</span>
            <InlineField
              value={line}
              onChange={(value) => onChange(lines.map((old, i) => (i === index ? value : old)))}
              testId={`${itemTestId}-text`}
              field={field === undefined ? undefined : `${field}.${index}`}
              label={label}
              placeholder={placeholder}
              onEnter={() => insertAfter(index)}
              onBackspaceEmpty={() => remove(index)}
            />
            <span className="deco">{decoration.suffix}</span>
            {!readOnly && <button type="button" className="line-remove screen-only" data-testid={`${itemTestId}-remove`} title={t('page.removeLine')} aria-label={t('page.removeLine')} onClick={() => remove(index)}>
              ×
            </button>}
          </div>
        );
      })}
      {!readOnly && (
        <button type="button" className="line-add screen-only" data-testid={`${testId}-add`} title={addLabel} aria-label={addLabel} onClick={() => insertAfter(lines.length - 1)}>
          +
        </button>
      )}
    </div>
  );
}
