/**
 * The header area as printed (Decree 30 cells 1–5b, 10a/10b): agency names with the rule (or
 * the Party's "*") | national title and motto (or ĐẢNG CỘNG SẢN VIỆT NAM); number and code
 * (a letter's "V/v" summary and the marks) | place and date. Fields are edited in place; the
 * number and date lines print exactly as the core formatters write them.
 */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { DECREE30 } from '../../core/rules/decree30';
import { BLANK_FIELD, formatDatePhrase, formatPlaceAndDate } from '../../core/format/date';
import { formatNumberAndCode } from '../../core/format/number-code';
import { DigitsField } from './DigitsField';
import { InlineField } from './InlineField';
import { DateFields } from './DateFields';
import { displayNumber, parseRegisterNumber } from './date-fields';
import { LETTER_SUMMARY_PREFIX } from './document-text';
import type { Fields } from './edit-helpers';

interface Props {
  doc: VanBanDocument;
  fields: Fields;
  onError(code: string): void;
}

const BLANK_DATE = { day: null, month: null, year: null };

export function HeaderArea({ doc, fields, onError }: Props) {
  const { t } = useTranslation();
  const { header, variant } = doc;
  const [numberPrefix, numberSuffix = ''] = formatNumberAndCode(doc.kind, variant, { ...header, number: null }).split(BLANK_FIELD);
  const [dayWord, monthWord, yearWord] = formatDatePhrase(BLANK_DATE).split(BLANK_FIELD);
  const isLetter = doc.kind === 'cong-van';

  return (
    <div className="doc-header" data-flow="header" data-testid="doc-header">
      <div className="hdr-cell hdr-agency">
        <div className="parent-agency">
          <InlineField
            value={header.parentAgency}
            onChange={(value) => fields.header('parentAgency', value)}
            testId="field-parent-agency"
            field="header.parentAgency"
            label={t('page.parentAgency')}
            placeholder={t('page.parentAgencyPlaceholder')}
            multiline
          />
        </div>
        <div className="ruled-block">
          <div className="issuing-agency">
            <InlineField
              value={header.issuingAgency}
              onChange={(value) => fields.header('issuingAgency', value)}
              testId="field-issuing-agency"
              field="header.issuingAgency"
              label={t('page.issuingAgency')}
              placeholder={t('page.issuingAgencyPlaceholder')}
              multiline
            />
          </div>
          {variant === 'party' ? <div className="party-star">*</div> : <div className="rule agency-rule" />}
        </div>
      </div>
      <div className="hdr-cell hdr-title">
        {variant === 'party' ? (
          <div className="ruled-block full">
            <div className="party-title">{DECREE30.partyTitle}</div>
            <div className="rule" />
          </div>
        ) : (
          <>
            <div className="national-title">{DECREE30.nationalTitle}</div>
            <div className="ruled-block full">
              <div className="motto">{DECREE30.motto}</div>
              <div className="rule" />
            </div>
          </>
        )}
      </div>
      <div className="hdr-cell hdr-number">
        <div className="number-line screen-only">
          {numberPrefix}
          <DigitsField
            display={displayNumber(header.number)}
            commit={(digits) => {
              const value = parseRegisterNumber(digits);
              if (value !== undefined) fields.header('number', value);
              return value !== undefined;
            }}
            onInvalid={() => onError('invalid-number')}
            testId="field-number"
            field="header.number"
            label={t('page.number')}
            width={4}
            maxLength={6}
          />
          {numberSuffix}
        </div>
        <div className="number-line print-only" data-testid="number-line">
          {formatNumberAndCode(doc.kind, variant, header)}
        </div>
        {isLetter && (
          <div className="letter-summary">
            {LETTER_SUMMARY_PREFIX}{' '}
            <InlineField
              value={doc.summary}
              onChange={(value) => fields.set('summary', value)}
              testId="field-summary"
              field="summary"
              label={t('page.summary')}
              placeholder={t('page.letterSummaryPlaceholder')}
              multiline
            />
          </div>
        )}
        {[header.secrecy, header.urgency].filter(Boolean).map((mark) => (
          <div className="mark-frame" key={mark} data-testid="mark">
            {mark}
          </div>
        ))}
      </div>
      <div className="hdr-cell hdr-date">
        <div className="place-date screen-only" data-date-fields>
          <InlineField
            value={header.place}
            onChange={(value) => fields.header('place', value)}
            testId="field-place"
            field="header.place"
            label={t('page.place')}
            placeholder={t('page.placePlaceholder')}
          />
          {header.place.trim() ? ', ' : ' '}
          <DateFields date={header.date} words={{ day: dayWord, month: monthWord, year: yearWord }} onCommit={(date) => fields.header('date', date)} />
        </div>
        <div className="place-date print-only" data-testid="place-date-line">
          {formatPlaceAndDate(header.place, header.date)}
        </div>
      </div>
    </div>
  );
}
