/**
 * Versions (phiên bản): snapshots of a document taken at every step and on demand, each with the
 * hash of its printed content, and the lookup behind "changes since the version I last reviewed".
 */
import type { DocumentContent, DocumentVersion, VanBanDocument } from '../model/types';
import { newId } from '../model/ids';
import { contentHash } from './content-hash';
import type { StepEntry } from './steps';

export type VersionAuthor = DocumentVersion['author'];

/** A snapshot: the document without its review record, deep-copied (later edits never reach it). */
export type Version = DocumentVersion;

export interface SnapshotMeta {
  label: string;
  createdAt: string;
  author: VersionAuthor;
  step?: number;
  /** Defaults to a fresh random id. */
  id?: string;
}

export async function snapshot(doc: VanBanDocument | DocumentContent, meta: SnapshotMeta): Promise<Version> {
  const { review: _review, ...content } = doc as VanBanDocument;
  const document: DocumentContent = structuredClone(content);
  const version: Version = {
    id: meta.id ?? newId(),
    label: meta.label,
    createdAt: meta.createdAt,
    author: { name: meta.author.name, initials: meta.author.initials },
    hash: await contentHash(document),
    document,
  };
  if (meta.step !== undefined) version.step = meta.step;
  return version;
}

/** A reviewer's decision: a step out of "submitted" (return or approve). */
const isReviewBy = (entry: StepEntry, reviewerName: string): boolean =>
  entry.from === 'submitted' && entry.who.name.normalize('NFC') === reviewerName.normalize('NFC');

/**
 * The version a reviewer last decided on: the snapshot of their last return or approval, else the
 * latest snapshot taken before that decision (the submitted one). Null when they never reviewed.
 */
export function findLastReviewedBy(versions: readonly Version[], log: readonly StepEntry[], reviewerName: string): Version | null {
  let index = -1;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    if (isReviewBy(log[i], reviewerName)) {
      index = i;
      break;
    }
  }
  if (index < 0) return null;
  const atStep = versions.find((version) => version.step === index);
  if (atStep) return atStep;
  const decidedAt = Date.parse(log[index].when);
  let best: Version | null = null;
  for (const version of versions) {
    const before = version.step !== undefined ? version.step < index : Date.parse(version.createdAt) <= decidedAt;
    if (!before) continue;
    if (!best || Date.parse(version.createdAt) >= Date.parse(best.createdAt)) best = version;
  }
  return best;
}
