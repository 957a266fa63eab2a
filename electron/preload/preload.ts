/**
 * The preload (sandboxed, context-isolated): exposes exactly `window.vanbanHost = { call, on }`.
 * Only the two channels of the host contract are reachable and no Electron or Node object
 * crosses the bridge — listeners get the payload, never the IPC event (whose `sender` is the
 * ipcRenderer). Deliberately imports nothing but electron, so the bundle stays tiny.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostError, HostEvent, HostMethod } from '../../core/host/contract';

const CALL_CHANNEL = 'vanban:call';
const EVENT_CHANNEL = 'vanban:event';
const EVENTS: readonly HostEvent[] = ['command', 'openFile'];

export type HostCallAnswer = { ok: true; result: unknown } | { ok: false; error: HostError };

export interface VanbanHostBridge {
  call(method: HostMethod, args?: unknown): Promise<HostCallAnswer>;
  on(event: HostEvent, listener: (payload: unknown) => void): () => void;
}

const bridge: VanbanHostBridge = {
  call(method, args) {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'The method name must be a string' } });
    }
    return ipcRenderer.invoke(CALL_CHANNEL, method, args ?? {}) as Promise<HostCallAnswer>;
  },
  on(event, listener) {
    if (!EVENTS.includes(event)) throw new TypeError(`Unknown host event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('vanbanHost', bridge);
