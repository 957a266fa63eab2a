/** The Decree 30 checker for VanBan documents: every model rule, findings in document order. */
import type { VanBanDocument } from '../model/types';
import type { Finding } from './types';
import { checkNumberAndCode } from './rules/model/number-code';
import { checkDate } from './rules/model/date';
import { checkHeader } from './rules/model/header';
import { checkTitle } from './rules/model/title';
import { checkBody } from './rules/model/body';
import { checkPlaceholders } from './rules/model/placeholders';
import { checkSignature } from './rules/model/signature';
import { checkRecipients } from './rules/model/recipients';
import { checkAppendices } from './rules/model/appendix';

const MODEL_CHECKS: ReadonlyArray<(doc: VanBanDocument) => Finding[]> = [
  checkHeader,
  checkNumberAndCode,
  checkDate,
  checkTitle,
  checkBody,
  checkSignature,
  checkRecipients,
  checkAppendices,
  checkPlaceholders,
];

export function checkDocument(doc: VanBanDocument): Finding[] {
  return MODEL_CHECKS.flatMap((check) => check(doc));
}
