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
