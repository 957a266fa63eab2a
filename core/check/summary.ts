/** Helpers for presenting findings. */
import type { Finding, Severity } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Errors first, then warnings, then notes; document order kept within each. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => [f, i] as const).sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1]).map(([f]) => f);
}

/** The rule of unfilled template text ("[Tên kế hoạch]"). */
export const PLACEHOLDER_RULE = 'text.placeholder';

/** The open errors to show before a document is approved or issued: template text left first, then the rest in order. */
export function openErrors(findings: readonly Finding[]): Finding[] {
  const errors = findings.filter((f) => f.severity === 'error');
  return [...errors.filter((f) => f.ruleId === PLACEHOLDER_RULE), ...errors.filter((f) => f.ruleId !== PLACEHOLDER_RULE)];
}

/** A document is not issued while template text ("[…]") remains in it. */
export function blocksIssue(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.ruleId === PLACEHOLDER_RULE);
}
