/**
 * Sign-in tokens: `base64url(JSON payload) + "." + base64url(HMAC-SHA256(secret, first part))`.
 * The payload names the account (`sub`), its token version when it was signed (`ver`), and when
 * it was signed and ends (`iat`, `exp`, seconds since 1970). The signature is compared in
 * constant time and checked before anything in the payload is believed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const DEFAULT_TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** Far longer than any token this module signs; a longer one is refused unread. */
const MAX_TOKEN_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const payloadSchema = z.strictObject({
  sub: z.string().min(1).max(200),
  ver: z.number().int().min(0),
  iat: z.number().int(),
  exp: z.number().int(),
});

export type TokenPayload = z.infer<typeof payloadSchema>;

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; code: 'token-invalid' | 'token-expired' };

function signature(secret: Buffer, payloadPart: string): Buffer {
  return createHmac('sha256', secret).update(payloadPart).digest();
}

export function signToken(payload: TokenPayload, secret: Buffer): string {
  const payloadPart = Buffer.from(JSON.stringify(payloadSchema.parse(payload)), 'utf8').toString('base64url');
  return `${payloadPart}.${signature(secret, payloadPart).toString('base64url')}`;
}

/** The payload of a token this secret signed that has not ended at `now`. */
export function readToken(token: string, secret: Buffer, now: Date): TokenCheck {
  const invalid: TokenCheck = { ok: false, code: 'token-invalid' };
  if (token.length > MAX_TOKEN_LENGTH) return invalid;
  const parts = token.split('.');
  if (parts.length !== 2 || !BASE64URL.test(parts[0]) || !BASE64URL.test(parts[1])) return invalid;
  const given = Buffer.from(parts[1], 'base64url');
  const expected = signature(secret, parts[0]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return invalid;
  if (Math.floor(now.getTime() / 1000) >= parsed.data.exp) return { ok: false, code: 'token-expired' };
  return { ok: true, payload: parsed.data };
}
