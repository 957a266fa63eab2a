/**
 * Password hashes: scrypt (node:crypto) with a random 16-byte salt, kept as
 * `scrypt$N$r$p$<salt base64url>$<hash base64url>` so the cost can be raised later without
 * breaking the hashes already stored. Passwords are compared in NFC (the same Vietnamese word
 * typed on two systems can arrive composed or decomposed).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { OfficeStoreError } from '../storage/store-error';

export const MIN_PASSWORD_LENGTH = 8;
/** scrypt takes any length; a bound keeps a sign-in request from carrying megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB and about a tenth of a second per hash. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Hashes read from the file are checked against these bounds before scrypt runs with them. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Refuses a password that is too short or too long ('password-too-short', 'password-too-long'). */
export function checkPasswordRules(password: string): void {
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new OfficeStoreError('password-too-short', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, { min: MIN_PASSWORD_LENGTH });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new OfficeStoreError('password-too-long', `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`, { max: MAX_PASSWORD_LENGTH });
  }
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  checkPasswordRules(password);
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost, KEY_LENGTH);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parseHash(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^[1-9][0-9]{0,7}$/.test(part) ? Number(part) : NaN));
  if (!(N >= 2 && N <= MAX_N && (N & (N - 1)) === 0 && r >= 1 && r <= MAX_R && p >= 1 && p <= MAX_P)) return null;
  if (!BASE64URL.test(parts[4]) || !BASE64URL.test(parts[5])) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  if (salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { cost: { N, r, p }, salt, key };
}

/** Whether a stored hash has the form hashPassword writes (checked when the accounts file is read). */
export function isPasswordHash(encoded: string): boolean {
  return parseHash(encoded) !== null;
}

/** Whether `password` matches the stored hash (false for a hash that cannot be read). */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH * 4) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}
