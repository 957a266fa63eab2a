/** The two sides of a comparison (so sánh phiên bản): version ids, or the document as it is now. */
import type { DocumentReview, ReviewActor, VanBanDocument } from '../../core/model/types';
import { lastReviewedVersion } from '../../core/review/workflow';

/** A version id, or CURRENT. */
export type CompareSide = string;
export const CURRENT = 'current';

/** The two sides in time order: the older version first, the current document always last. */
export function orderSides(review: Pick<DocumentReview, 'versions'>, a: CompareSide, b: CompareSide): [CompareSide, CompareSide] {
  const index = (side: CompareSide) => (side === CURRENT ? Number.POSITIVE_INFINITY : review.versions.findIndex((version) => version.id === side));
  return index(a) <= index(b) ? [a, b] : [b, a];
}

/** What the compare view opens with: the version the user last returned or approved, else the latest version, against the document now. */
export function defaultCompareSides(doc: VanBanDocument, user: ReviewActor | null): [CompareSide, CompareSide] {
  const mine = user ? lastReviewedVersion(doc, user.name) : null;
  if (mine) return [mine.id, CURRENT];
  const latest = doc.review.versions[doc.review.versions.length - 1];
  return [latest?.id ?? CURRENT, CURRENT];
}
