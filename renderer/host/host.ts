/**
 * The renderer's one way to reach the host: IPC when the Electron preload bridge exists,
 * otherwise HTTP to the browser-mode server. Both throw HostCallError (core) on failure.
 */
import { HOST_EVENTS, type HostApi, type HostEvent, type HostEventPayload } from '../../core/host/contract';
import { createHttpHost } from './http-host';
import { createIpcHost, type VanBanHostBridge } from './ipc-host';
import { takeToken } from './token';

declare global {
  interface Window {
    vanbanHost?: VanBanHostBridge;
  }
}

let host: HostApi | null = null;

export function getHost(): HostApi {
  if (host) return host;
  if (window.vanbanHost) {
    host = createIpcHost(window.vanbanHost);
  } else {
    const token = takeToken({
      href: window.location.href,
      storage: window.sessionStorage,
      replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
    });
    host = createHttpHost({ token });
  }
  return host;
}

/** Subscribes to a host event; browser mode has no pushed events, so it never fires there. */
export function onHostEvent<E extends HostEvent>(name: E, listener: (payload: HostEventPayload<E>) => void): () => void {
  const bridge = window.vanbanHost;
  if (!bridge) return () => undefined;
  return bridge.on(name, (payload) => {
    const parsed = HOST_EVENTS[name].safeParse(payload);
    if (parsed.success) listener(parsed.data as HostEventPayload<E>);
  });
}
