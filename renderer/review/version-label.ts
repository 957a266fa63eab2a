/**
 * The name of a version (phiên bản) in the versions list and the compare view. A snapshot taken
 * at a step has an empty label and is named from its log entry ("Trình duyệt lần 2", "Trả lại",
 * "Đã duyệt", "Phát hành"); an on-demand one shows what the user typed.
 */
import type { DocumentVersion, StepEntry } from '../../core/model/types';

export type VersionName =
  | { kind: 'typed'; text: string }
  /** A submission: `count` is 1 for the first, 2 for the second… */
  | { kind: 'submit'; count: number }
  | { kind: 'return' | 'approve' | 'issue' }
  /** A step snapshot whose log entry is missing (a damaged file): named by its time only. */
  | { kind: 'unnamed' };

/** The move a log entry records, from where it went. */
export function entryMove(entry: StepEntry): 'submit' | 'return' | 'approve' | 'issue' | null {
  switch (entry.to) {
    case 'submitted':
      return 'submit';
    case 'returned':
      return 'return';
    case 'approved':
      return 'approve';
    case 'issued':
      return 'issue';
    default:
      return null;
  }
}

export function versionName(version: Pick<DocumentVersion, 'label' | 'step'>, log: readonly StepEntry[]): VersionName {
  const typed = version.label.normalize('NFC').trim();
  if (typed) return { kind: 'typed', text: typed };
  const entry = version.step === undefined ? undefined : log[version.step];
  const move = entry ? entryMove(entry) : null;
  if (!entry || !move) return { kind: 'unnamed' };
  if (move === 'submit') {
    const count = log.slice(0, version.step! + 1).filter((step) => entryMove(step) === 'submit').length;
    return { kind: 'submit', count };
  }
  return { kind: move };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The version's name in the UI language (`t` over the review namespace). */
export function versionLabel(version: Pick<DocumentVersion, 'label' | 'step'>, log: readonly StepEntry[], t: Translate): string {
  const name = versionName(version, log);
  switch (name.kind) {
    case 'typed':
      return name.text;
    case 'submit':
      return t('review:version.submit', { n: name.count });
    case 'unnamed':
      return t('review:version.unnamed');
    default:
      return t(`review:version.${name.kind}`);
  }
}
