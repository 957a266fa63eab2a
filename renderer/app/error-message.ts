/** The clerk-facing message for a failed host call or editor action, in the UI language. */
import type { TFunction } from 'i18next';
import { HostCallError } from '../../core/host/contract';

/** `context` picks a flow's own wording where it has one ("too-large_import" before "too-large"). */
export function errorMessage(t: TFunction, error: unknown, context?: string): string {
  const failure = error instanceof HostCallError ? error : null;
  const code = failure?.code ?? 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return t(`errors:${code}`, {
    ...(failure?.params ?? {}),
    message,
    ...(context ? { context } : {}),
    defaultValue: t('errors:unknown', { message }),
  });
}

export function codeMessage(t: TFunction, code: string, params: Record<string, unknown> = {}): string {
  return t(`errors:${code}`, { ...params, defaultValue: t('errors:unknown', { message: code }) });
}
