/**
 * The host API over HTTP: `POST /api/call/<method>` with a JSON body of arguments and the
 * X-VanBan-Token header; answers `{ ok: true, result }` or `{ ok: false, error }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_DOCUMENT_BYTES, MAX_CALL_BYTES, wholeMegabytes } from '../../core/file/limits';
import { HostCallError, isHostMethod } from '../../core/host/contract';
import type { HostService } from '../node/host-service';
import { BodyTooLargeError, readBody } from './read-body';
import { sendError, sendJson } from './respond';
import { TOKEN_HEADER, tokenMatches } from './security';
import { statusForCode } from './status';

/** The document size limit plus room for the call's other arguments (core/file/limits.ts). */
export const MAX_BODY_BYTES = MAX_CALL_BYTES;

const CALL_PREFIX = '/api/call/';

export interface ApiOptions {
  service: HostService;
  token: string;
  maxBodyBytes?: number;
}

export async function handleApi(request: IncomingMessage, response: ServerResponse, pathname: string, options: ApiOptions): Promise<void> {
  response.setHeader('Cache-Control', 'no-store');
  if (!tokenMatches(request.headers[TOKEN_HEADER], options.token)) {
    sendError(response, 403, 'forbidden', 'Missing or wrong X-VanBan-Token');
    return;
  }
  const method = pathname.startsWith(CALL_PREFIX) ? pathname.slice(CALL_PREFIX.length) : '';
  if (!/^[A-Za-z]+$/.test(method) || !isHostMethod(method)) {
    sendError(response, 404, 'unknown-method', `No such host method: ${pathname}`);
    return;
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendError(response, 405, 'bad-request', 'Host calls are POST requests');
    return;
  }
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    sendError(response, 415, 'bad-request', 'Host calls send Content-Type: application/json');
    return;
  }

  let args: unknown;
  try {
    const body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
    const text = body.toString('utf8');
    args = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendError(response, 413, 'document-too-large', `The document is too large (the limit is ${wholeMegabytes(MAX_DOCUMENT_BYTES)} MB): nothing was written`, {
        limit: error.limit,
        limitMb: wholeMegabytes(MAX_DOCUMENT_BYTES),
        sizeMb: `> ${wholeMegabytes(error.limit)}`,
      });
    }
    else if (error instanceof SyntaxError) sendError(response, 400, 'bad-request', 'The request body is not valid JSON');
    else sendError(response, 400, 'bad-request', 'The request body could not be read');
    return;
  }

  try {
    const call = options.service[method] as (value: unknown) => Promise<unknown>;
    // The service validates the arguments (parseHostArgs): once per call.
    const result = await call(args);
    sendJson(response, 200, { ok: true, result });
  } catch (error) {
    if (error instanceof HostCallError) {
      sendError(response, statusForCode(error.code), error.code, error.message, error.params);
    } else {
      sendError(response, 500, 'internal', 'Unexpected error in the host');
    }
  }
}
