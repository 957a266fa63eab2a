/**
 * Reading a request body up to a limit. A body over the limit is still read to its end (and
 * thrown away) so the client receives the 413 answer instead of a broken connection; a body
 * far over it closes the connection.
 */
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(request.headers['content-length'] ?? 0) > limit;
    const dropAfter = Math.max(limit * 4, 1024 * 1024);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > dropAfter) {
        request.destroy();
        reject(new BodyTooLargeError(limit));
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => (tooLarge ? reject(new BodyTooLargeError(limit)) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}
