/** A short digits-only input drawn inside a printed line; what it shows is its owner's to decide. */
import type { FocusEvent } from 'react';
import { useFieldAttributes } from '../check/field-findings';
import { digitsOnly } from './date-fields';
import { useReadOnly } from './read-only';

export interface DigitsInputProps {
  text: string;
  onDigits(digits: string): void;
  invalid: boolean;
  onFocus?(): void;
  onBlur?(event: FocusEvent<HTMLInputElement>): void;
  testId: string;
  label: string;
  width: number;
  maxLength: number;
  /** The document path ("header.number", "header.date"): data-field, and the checker's mark. */
  field?: string;
  /** The id of the element that says what is wrong (aria-describedby). */
  describedBy?: string;
}

export function DigitsInput({ text, onDigits, invalid, onFocus, onBlur, testId, label, width, maxLength, field, describedBy }: DigitsInputProps) {
  const fieldAttributes = useFieldAttributes(field);
  const readOnly = useReadOnly();
  return (
    <input
      className="digits-field"
      data-testid={testId}
      {...fieldAttributes}
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={invalid ? describedBy : undefined}
      inputMode="numeric"
      readOnly={readOnly}
      autoComplete="off"
      maxLength={maxLength}
      style={{ width: `${width}ch` }}
      value={text}
      onFocus={onFocus}
      onChange={(event) => onDigits(digitsOnly(event.target.value).slice(0, maxLength))}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
