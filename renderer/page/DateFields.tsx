/**
 * The day, month and year fields of the place-and-date line. What the clerk types stays in the
 * fields even while the three parts do not make a date (day 31, then month 2): the line says what
 * is wrong beside the fields, and the document takes the date as soon as the parts make one. The
 * document's date shows again once the parts are a date and the clerk has left the fields, or when
 * the date changes from elsewhere (undo, another document).
 */
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDate } from '../../core/model/types';
import { readTypedDate, sameDate, typedFromDate, type DatePart, type DateProblem, type TypedDate } from './date-fields';
import { DigitsInput } from './DigitsInput';

interface Props {
  date: IssueDate;
  /** The words printed before each part: "ngày ", " tháng ", " năm ". */
  words: Record<DatePart, string>;
  onCommit(date: IssueDate): void;
}

const PARTS: readonly { part: DatePart; width: number; maxLength: number }[] = [
  { part: 'day', width: 2.6, maxLength: 2 },
  { part: 'month', width: 2.6, maxLength: 2 },
  { part: 'year', width: 4.4, maxLength: 4 },
];

export function DateFields({ date, words, onCommit }: Props) {
  const { t } = useTranslation();
  const problemId = useId();
  const [typed, setTyped] = useState<TypedDate | null>(null);
  const [focused, setFocused] = useState(false);
  // The last date this component committed: a document date that differs came from elsewhere.
  const committed = useRef<IssueDate | null>(null);

  useEffect(() => {
    if (typed && !(committed.current && sameDate(committed.current, date))) {
      setTyped(null);
      committed.current = null;
    }
    // Only a change of the document's date decides this, not the typing itself.
  }, [date]);

  const shown = typed ?? typedFromDate(date);
  const reading = typed ? readTypedDate(typed) : null;
  const problem = reading && 'problem' in reading ? reading.problem : null;
  // A year still being typed is not wrong until the clerk leaves the fields.
  const visibleProblem = problem && (problem.kind !== 'year-incomplete' || !focused) ? problem : null;

  const change = (part: DatePart, digits: string) => {
    const next = { ...shown, [part]: digits };
    setTyped(next);
    const read = readTypedDate(next);
    if ('date' in read && !sameDate(read.date, date)) {
      committed.current = read.date;
      onCommit(read.date);
    } else if ('date' in read) {
      committed.current = read.date;
    }
  };

  return (
    <>
      {PARTS.map(({ part, width, maxLength }) => (
        <Fragment key={part}>
          {words[part]}
          <DigitsInput
            text={shown[part]}
            invalid={visibleProblem !== null && problemParts(visibleProblem).includes(part)}
            onDigits={(digits) => change(part, digits)}
            onFocus={() => setFocused(true)}
            onBlur={(event) => {
              // Moving between the three fields is not leaving them.
              if (event.relatedTarget instanceof HTMLElement && event.relatedTarget.closest('[data-date-fields]') === event.currentTarget.closest('[data-date-fields]')) return;
              setFocused(false);
              if (typed && 'date' in readTypedDate(typed)) setTyped(null);
            }}
            testId={`field-date-${part}`}
            field="header.date"
            label={t(`page.date.${part}`)}
            width={width}
            maxLength={maxLength}
            describedBy={problemId}
          />
        </Fragment>
      ))}
      {visibleProblem && (
        <span className="field-problem screen-only" id={problemId} role="alert" data-testid="date-problem">
          {problemText(visibleProblem, t)}
        </span>
      )}
    </>
  );
}

function problemParts(problem: DateProblem): DatePart[] {
  if (problem.kind === 'range') return [problem.part];
  if (problem.kind === 'year-incomplete') return ['year'];
  return ['day', 'month'];
}

function problemText(problem: DateProblem, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (problem.kind === 'year-incomplete') return t('page.dateProblem.yearIncomplete');
  if (problem.kind === 'range') return t(`page.dateProblem.range.${problem.part}`, { min: problem.min, max: problem.max });
  return problem.year === null
    ? t('page.dateProblem.dayInMonth', { day: problem.day, month: problem.month, days: problem.days })
    : t('page.dateProblem.dayInMonthOfYear', { day: problem.day, month: problem.month, year: problem.year, days: problem.days });
}
