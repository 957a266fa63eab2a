/**
 * The one IPC entry point: `ipcMain.handle('vanban:call', method, args)`. Each call is checked
 * (sender is the main window's top frame showing the app's renderer; known method) before the
 * host service runs it, which validates the arguments against the host contract. The answer is always
 * `{ok:true,result}` or `{ok:false,error:{code,message,params?}}`, never a thrown error
 * (Electron would strip the code).
 */
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { MAX_CALL_BYTES, MAX_DOCUMENT_BYTES, wholeMegabytes } from '../../core/file/limits';
import { HostCallError, isHostMethod, type HostError, type HostMethod } from '../../core/host/contract';

export const CALL_CHANNEL = 'vanban:call';

export type HostService = { [M in HostMethod]: (args: never) => Promise<unknown> };

export type HostCallAnswer = { ok: true; result: unknown } | { ok: false; error: HostError };

export interface HostIpcOptions {
  service: HostService;
  /** Whether a frame may call the host (the main window's top frame on the renderer URL). */
  isTrustedFrame(frame: WebFrameMain | null): boolean;
  /** Runs after every call from a trusted frame (menus follow settings, recent files…). */
  afterCall?(method: HostMethod, args: unknown, answer: HostCallAnswer): void;
  /** Tests: a smaller call size limit. */
  maxCallBytes?: number;
}

function errorAnswer(error: unknown): HostCallAnswer {
  if (error instanceof HostCallError) {
    const answer: HostError = { code: error.code, message: error.message };
    if (Object.keys(error.params).length > 0) answer.params = error.params;
    return { ok: false, error: answer };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * IPC has no size limit of its own: a call carrying a document is measured (as the JSON the HTTP
 * transport would send) and refused above the same limit, before anything is written.
 */
function checkCallSize(args: unknown, limit: number): void {
  if (args === null || typeof args !== 'object' || !('document' in args)) return;
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(args), 'utf8');
  } catch {
    throw new HostCallError('bad-request', 'The call arguments cannot be read');
  }
  if (size > limit) {
    throw new HostCallError('document-too-large', `The document is too large (${wholeMegabytes(size)} MB; the limit is ${wholeMegabytes(MAX_DOCUMENT_BYTES)} MB): nothing was written`, {
      sizeMb: wholeMegabytes(size),
      limitMb: wholeMegabytes(MAX_DOCUMENT_BYTES),
    });
  }
}

export async function handleHostCall(options: HostIpcOptions, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, args: unknown): Promise<HostCallAnswer> {
  if (!options.isTrustedFrame(event.senderFrame ?? null)) {
    return { ok: false, error: { code: 'forbidden', message: 'Host calls are only accepted from the app window' } };
  }
  if (typeof method !== 'string' || !isHostMethod(method)) {
    return { ok: false, error: { code: 'bad-request', message: `Unknown host method: ${String(method)}` } };
  }
  let answer: HostCallAnswer;
  try {
    checkCallSize(args, options.maxCallBytes ?? MAX_CALL_BYTES);
    // The service validates the arguments (parseHostArgs) itself: checking them here too would
    // validate every document twice per call.
    const call = options.service[method] as (args: unknown) => Promise<unknown>;
    answer = { ok: true, result: await call(args ?? {}) };
  } catch (error) {
    answer = errorAnswer(error);
  }
  try {
    options.afterCall?.(method, args, answer);
  } catch {
    /* A menu refresh must never turn a successful call into a failure. */
  }
  return answer;
}

export function registerHostIpc(ipcMain: IpcMain, options: HostIpcOptions): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, args: unknown) => handleHostCall(options, event, method, args));
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
