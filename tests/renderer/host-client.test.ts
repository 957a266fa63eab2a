import { describe, expect, it } from 'vitest';
import { createHttpHost } from '../../renderer/host/http-host';
import { createIpcHost } from '../../renderer/host/ipc-host';
import { takeToken, TOKEN_KEY } from '../../renderer/host/token';
import { HostCallError } from '../../core/host/contract';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(status: number, body: string | (() => never), sent: Sent[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    if (typeof body === 'function') body();
    return new Response(body as string, { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
}

async function caught(promise: Promise<unknown>): Promise<HostCallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostCallError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('HTTP host client', () => {
  it('posts the arguments to /api/call/<method> with the token and returns the result', async () => {
    const sent: Sent[] = [];
    const host = createHttpHost({ token: 'abc123', fetch: fakeFetch(200, JSON.stringify({ ok: true, result: { path: 'a.vanban' } }), sent) });
    const result = await host.openDocument({ path: 'a.vanban' });
    expect(result).toEqual({ path: 'a.vanban' });
    expect(sent).toEqual([{ url: '/api/call/openDocument', headers: expect.objectContaining({ 'X-VanBan-Token': 'abc123' }), body: { path: 'a.vanban' } }]);
  });

  it('turns an {ok:false} answer into a HostCallError with the code and params', async () => {
    const answer = { ok: false, error: { code: 'outside-documents', message: 'Path is outside the documents folder', params: { path: '../x' } } };
    const host = createHttpHost({ token: 't', fetch: fakeFetch(403, JSON.stringify(answer)) });
    const error = await caught(host.openDocument({ path: '../x' }));
    expect(error.code).toBe('outside-documents');
    expect(error.message).toBe('Path is outside the documents folder');
    expect(error.params).toEqual({ path: '../x' });
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const host = createHttpHost({ token: 't', fetch: fakeFetch(0, () => { throw new TypeError('Failed to fetch'); }) });
    const error = await caught(host.listDocuments({}));
    expect(error.code).toBe('network');
    expect(error.message).toContain('Failed to fetch');
  });

  it('reports a failed answer that is not JSON as a network error naming the status', async () => {
    const host = createHttpHost({ token: 't', fetch: fakeFetch(502, '<html>Bad gateway</html>') });
    const error = await caught(host.info({}));
    expect(error.code).toBe('network');
    expect(error.params).toEqual({ status: 502 });
  });

  it('refuses an answer of the wrong shape', async () => {
    const host = createHttpHost({ token: 't', fetch: fakeFetch(200, JSON.stringify({ result: 1 })) });
    expect((await caught(host.info({}))).code).toBe('bad-response');
  });
});

describe('IPC host client', () => {
  it('calls the bridge with the method and arguments and unwraps errors', async () => {
    const calls: Array<[string, unknown]> = [];
    const host = createIpcHost({
      call: async (method, args) => {
        calls.push([method, args]);
        return method === 'info' ? { ok: true, result: 'fine' } : { ok: false, error: { code: 'disk-full', message: 'No space left' } };
      },
      on: () => () => undefined,
    });
    expect(await host.info({})).toBe('fine');
    const error = await caught(host.saveDocument({ path: '/x.vanban', document: {} as never }));
    expect(error.code).toBe('disk-full');
    expect(calls.map(([method]) => method)).toEqual(['info', 'saveDocument']);
  });
});

describe('browser-mode token', () => {
  function environment(href: string, stored: Record<string, string> = {}) {
    const replaced: string[] = [];
    return {
      replaced,
      stored,
      env: {
        href,
        storage: { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => void (stored[key] = value) },
        replaceUrl: (url: string) => void replaced.push(url),
      },
    };
  }

  it('takes the token from the address, keeps it and removes it from the visible URL', () => {
    const { env, replaced, stored } = environment('http://127.0.0.1:4321/?token=s3cret&x=1#top');
    expect(takeToken(env)).toBe('s3cret');
    expect(stored[TOKEN_KEY]).toBe('s3cret');
    expect(replaced).toEqual(['/?x=1#top']);
  });

  it('after a reload without the token in the address, uses the kept one', () => {
    const { env, replaced } = environment('http://127.0.0.1:4321/', { [TOKEN_KEY]: 'kept' });
    expect(takeToken(env)).toBe('kept');
    expect(replaced).toEqual([]);
  });
});
