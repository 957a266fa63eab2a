/**
 * The office server's HTTP API, on the same server as the WebSocket:
 *   POST /api/sign-in    { login, password } → { token, account, expires }
 *   GET  /api/inbox      → { items: InboxItem[] }             (inbox.ts)
 *   GET  /api/documents  → { documents: DocumentSummary[] }   the ones the caller may open
 *   POST /api/documents  { document, title?, reviewerIds? } (or the document) → 201 { document }
 * All but sign-in need `Authorization: Bearer <token>`. Bodies up to 50 MB. Errors are JSON
 * { error: { code, message } } with a kebab-case code (AuthError codes for refused tokens: 401).
 * Tokens travel in a header, never a cookie, so any origin may call (CORS open).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BodyTooLargeError, readBody } from '../server/read-body';
import { mayOpen } from './access-policy';
import { AuthError, type Account, type Authenticator } from './contracts';
import { createSharedDocument } from './create-document';
import type { DocumentInfo, DocumentInfoStore } from './document-info-store';
import { HttpError } from './http-error';
import { inboxFor } from './inbox';
import type { UpdateLog } from './update-log';

export const MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface HttpApiDeps {
  authenticator: Authenticator;
  infos: DocumentInfoStore;
  log: UpdateLog;
  maxBodyBytes?: number;
  onError: (message: string) => void;
}

const signInSchema = z.object({ login: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

export type DocumentSummary = Pick<DocumentInfo, 'id' | 'title' | 'status' | 'drafterId' | 'reviewerIds' | 'created' | 'assignedReviewer' | 'number'>;

const summary = ({ id, title, status, drafterId, reviewerIds, created, assignedReviewer, number }: DocumentInfo): DocumentSummary => ({
  id,
  title,
  status,
  drafterId,
  reviewerIds,
  created,
  assignedReviewer,
  number,
});

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.setHeader('Cache-Control', 'no-store');
  response.end(text);
}

const sendError = (response: ServerResponse, status: number, code: string, message: string): void => send(response, status, { error: { code, message } });

async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  let body: Buffer;
  try {
    body = await readBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new HttpError(413, 'body-too-large', `The request body is larger than ${limit} bytes`);
    throw error;
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad-json', 'The request body is not JSON');
  }
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

export function createHttpApi(deps: HttpApiDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const limit = deps.maxBodyBytes ?? MAX_BODY_BYTES;

  async function caller(request: IncomingMessage): Promise<Account> {
    return deps.authenticator.verify(bearer(request));
  }

  async function route(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const method = request.method ?? 'GET';
    if (path === '/api/sign-in' && method === 'POST') {
      const parsed = signInSchema.safeParse(await readJson(request, limit));
      if (!parsed.success) throw new HttpError(400, 'bad-request', 'Give login and password');
      const { token, account, expires } = await deps.authenticator.signIn(parsed.data.login.normalize('NFC'), parsed.data.password);
      return send(response, 200, { token, account, expires });
    }
    if (path === '/api/inbox' && method === 'GET') {
      const account = await caller(request);
      return send(response, 200, { items: inboxFor(account, await deps.infos.list()) });
    }
    if (path === '/api/documents' && method === 'GET') {
      const account = await caller(request);
      const documents = (await deps.infos.list()).filter((info) => mayOpen(info, account)).map(summary);
      return send(response, 200, { documents });
    }
    if (path === '/api/documents' && method === 'POST') {
      const account = await caller(request);
      const info = await createSharedDocument(deps, account, await readJson(request, limit));
      return send(response, 201, { document: summary(info) });
    }
    const known = ['/api/sign-in', '/api/inbox', '/api/documents'].includes(path);
    throw known ? new HttpError(405, 'method-not-allowed', `${method} is not allowed on ${path}`) : new HttpError(404, 'not-found', `There is no ${path}`);
  }

  return async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (request.method === 'OPTIONS') {
      response.statusCode = 204;
      response.end();
      return;
    }
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://server').pathname;
    } catch {
      return sendError(response, 400, 'bad-request', 'Bad request address');
    }
    try {
      await route(request, response, path);
    } catch (error) {
      if (error instanceof HttpError) return sendError(response, error.status, error.code, error.message);
      if (error instanceof AuthError) return sendError(response, 401, error.code, error.message);
      deps.onError(`${request.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'server-error', 'The server could not answer');
    }
  };
}
