import type { DocumentReview } from './types';

/** The review record of a new document: a draft with no steps, versions or lock. */
export function emptyReview(): DocumentReview {
  return { status: 'draft', log: [], versions: [], lockedHash: null };
}
