/** Messages for a refused step or a host error of the review flows, in the UI language. */
import type { TFunction } from 'i18next';
import { HostCallError } from '../../core/host/contract';
import { ReviewError } from '../../core/review/steps';
import { errorMessage } from '../app/error-message';

/** Codes with their own wording in review.json ("Số 12 đã được dùng trong năm 2026 …"). */
const REVIEW_CODES = new Set(['number-used', 'locked', 'move-not-allowed', 'role-not-allowed', 'issue-needs-number', 'not-issued', 'unknown-version', 'no-user', 'register-damaged']);

export function reviewErrorMessage(t: TFunction, error: unknown): string {
  if ((error instanceof ReviewError || error instanceof HostCallError) && REVIEW_CODES.has(error.code)) {
    return t(`review:errors.${error.code}`, { ...error.params });
  }
  return errorMessage(t, error);
}
