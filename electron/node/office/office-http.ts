/**
 * Calls to the office server's HTTP API (electron/office-server/http-api.ts) from the Node side:
 * JSON in and out, the token in the Authorization header, a time limit, and every failure turned
 * into a HostCallError the renderer translates ('server-offline' when nothing answers).
 */
import { HostCallError } from '../../../core/host/contract';

const TIMEOUT_MS = 10_000;
const AUTH_CODES = new Set(['token-missing', 'token-invalid', 'token-expired', 'account-disabled', 'account-unknown', 'wrong-password']);

export interface OfficeRequest {
  serverUrl: string;
  method: 'GET' | 'POST';
  path: string;
  token?: string | null;
  body?: unknown;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export async function officeRequest(request: OfficeRequest, fetchImpl: FetchLike = fetch): Promise<unknown> {
  const url = `${request.serverUrl.replace(/\/+$/, '')}${request.path}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw new HostCallError('server-offline', `The office server at ${request.serverUrl} does not answer (${(error as Error).message})`, { server: request.serverUrl });
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw new HostCallError('server-refused', `${url} answered ${response.status} without the office server's JSON`, { server: request.serverUrl });
  }
  if (!response.ok) {
    const failure = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof failure?.code === 'string' ? failure.code : '';
    const message = typeof failure?.message === 'string' ? failure.message : `HTTP ${response.status}`;
    if (AUTH_CODES.has(code)) throw new HostCallError(code, message);
    throw new HostCallError('server-refused', `The office server refused: ${message}`, { server: request.serverUrl, detail: code || String(response.status) });
  }
  return payload;
}
