/**
 * A short digits-only input drawn inside a printed line (the register number, the day, month
 * and year). It commits only acceptable values; on leaving the field an unacceptable entry is
 * reported and the field shows the document's value again.
 */
import { useEffect, useState } from 'react';
import { useFieldAttributes } from '../check/field-findings';
import { digitsOnly } from './date-fields';
import { useReadOnly } from './read-only';

export interface DigitsFieldProps {
  /** The document's value as the printed line writes it ("05"), "" when blank. */
  display: string;
  /** Returns false when the typed digits are not acceptable (nothing is committed then). */
  commit(digits: string): boolean;
  onInvalid(): void;
  testId: string;
  label: string;
  width: number;
  maxLength: number;
  /** The document path ("header.number", "header.date"): data-field, and the checker's mark. */
  field?: string;
}

export function DigitsField({ display, commit, onInvalid, testId, label, width, maxLength, field }: DigitsFieldProps) {
  const fieldAttributes = useFieldAttributes(field);
  const readOnly = useReadOnly();
  const [text, setText] = useState(display);
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (!focused) setText(display);
  }, [display, focused]);

  return (
    <input
      className="digits-field"
      data-testid={testId}
      {...fieldAttributes}
      aria-label={label}
      aria-invalid={invalid}
      inputMode="numeric"
      readOnly={readOnly}
      autoComplete="off"
      maxLength={maxLength}
      style={{ width: `${width}ch` }}
      value={text}
      onFocus={() => setFocused(true)}
      onChange={(event) => {
        const digits = digitsOnly(event.target.value).slice(0, maxLength);
        setText(digits);
        setInvalid(!commit(digits));
      }}
      onBlur={() => {
        setFocused(false);
        if (invalid) onInvalid();
        setInvalid(false);
        setText(display);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
