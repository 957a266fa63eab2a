/** Electron: host calls through the preload bridge (`window.vanbanHost`). */
import { HOST_METHODS, HostCallError, type HostApi, type HostMethod } from '../../core/host/contract';
import { unwrapAnswer } from './answer';

/** What electron/preload exposes with contextBridge. */
export interface VanBanHostBridge {
  call(method: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export function createIpcHost(bridge: VanBanHostBridge): HostApi {
  async function call(method: HostMethod, args: unknown): Promise<unknown> {
    let answer: unknown;
    try {
      answer = await bridge.call(method, args ?? {});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostCallError('network', `The application's main process did not answer: ${reason}`);
    }
    return unwrapAnswer(answer);
  }
  const api = Object.fromEntries(
    Object.keys(HOST_METHODS).map((method) => [method, (args: unknown) => call(method as HostMethod, args)]),
  );
  return api as HostApi;
}
