/**
 * Unwrapping a host answer (`{ok:true,result}` or `{ok:false,error}`) into a result or a thrown
 * HostCallError, shared by the IPC and HTTP transports so the UI sees one kind of error.
 */
import { HostCallError, hostErrorSchema } from '../../core/host/contract';

export function unwrapAnswer(answer: unknown): unknown {
  if (answer !== null && typeof answer === 'object' && 'ok' in answer) {
    const value = answer as { ok: unknown; result?: unknown; error?: unknown };
    if (value.ok === true) return value.result;
    const error = hostErrorSchema.safeParse(value.error);
    if (value.ok === false && error.success) {
      throw new HostCallError(error.data.code, error.data.message, error.data.params ?? {});
    }
  }
  throw new HostCallError('bad-response', 'The host sent an answer the app cannot read');
}

/** Any thrown value as a HostCallError (network failures, bugs), keeping host errors as they are. */
export function toHostError(error: unknown): HostCallError {
  if (error instanceof HostCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new HostCallError('unknown', message);
}
