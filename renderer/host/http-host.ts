/** Browser mode: host calls as `POST /api/call/<method>` with the per-launch token. */
import { HOST_METHODS, HostCallError, type HostApi, type HostMethod } from '../../core/host/contract';
import { unwrapAnswer } from './answer';

export interface HttpHostOptions {
  token: string | null;
  /** Defaults to the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createHttpHost(options: HttpHostOptions): HostApi {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl ?? '';

  async function call(method: HostMethod, args: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-VanBan-Token': options.token ?? '' },
        body: JSON.stringify(args ?? {}),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostCallError('network', `Cannot reach the VanBan server: ${reason}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      const code = response.ok ? 'bad-response' : 'network';
      throw new HostCallError(code, `The VanBan server answered HTTP ${response.status} without a readable body`, { status: response.status });
    }
    return unwrapAnswer(body);
  }

  const api = Object.fromEntries(
    Object.keys(HOST_METHODS).map((method) => [method, (args: unknown) => call(method as HostMethod, args)]),
  );
  return api as HostApi;
}
