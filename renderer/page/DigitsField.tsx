/**
 * A short digits-only input drawn inside a printed line (the register number). It commits only
 * acceptable values; on leaving the field an unacceptable entry is reported and the field shows
 * the document's value again.
 */
import { useEffect, useState } from 'react';
import { DigitsInput } from './DigitsInput';

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
  /** The document path ("header.number"): data-field, and the checker's mark. */
  field?: string;
}

export function DigitsField({ display, commit, onInvalid, ...input }: DigitsFieldProps) {
  const [text, setText] = useState(display);
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (!focused) setText(display);
  }, [display, focused]);

  return (
    <DigitsInput
      {...input}
      text={text}
      invalid={invalid}
      onFocus={() => setFocused(true)}
      onDigits={(digits) => {
        setText(digits);
        setInvalid(!commit(digits));
      }}
      onBlur={() => {
        setFocused(false);
        if (invalid) onInvalid();
        setInvalid(false);
        setText(display);
      }}
    />
  );
}
