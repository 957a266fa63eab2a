/**
 * The office register in Redis, for an office that runs several server processes on several
 * machines: per agency code and year a counter `<prefix>{<agency>:<year>}:last` and a hash
 * `<prefix>{<agency>:<year>}:entries` (number → {documentId, accountId, at}). Allocation and
 * release are Lua scripts, which Redis runs one at a time: the same semantics as the file
 * register (numbers given once, consecutive from 1; a number given back only while it is the last
 * and belongs to that document). The braces keep both keys of a series in one Redis Cluster slot.
 *
 * The numbers live as long as Redis keeps its data: run it with persistence (appendonly yes).
 */
import { Redis } from 'ioredis';
import type { OfficeRegister } from '../contracts';
import { checkAgencyCode, checkId, checkNumber, checkYear } from './register-request';

const ALLOCATE = `
local number = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], tostring(number), ARGV[1])
return number
`;

const RELEASE = `
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if last ~= tonumber(ARGV[1]) then return 0 end
local entry = redis.call('HGET', KEYS[2], ARGV[1])
if not entry then return 0 end
if cjson.decode(entry).documentId ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
if last == 1 then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], tostring(last - 1)) end
return 1
`;

export interface RedisRegisterOptions {
  /** Prepended to every key; default 'vanban:register:'. */
  keyPrefix?: string;
  now?: () => Date;
}

export interface RedisRegister extends OfficeRegister {
  /** Closes the connection when this register opened it (from a URL); a client passed in stays open. */
  close(): Promise<void>;
}

/** `redis`: a URL (redis://host:port/db) or an ioredis client the caller owns. */
export function createRedisRegister(redis: string | Redis, options: RedisRegisterOptions = {}): RedisRegister {
  const ownsClient = typeof redis === 'string';
  const client = typeof redis === 'string' ? new Redis(redis) : redis;
  const prefix = options.keyPrefix ?? 'vanban:register:';
  const now = options.now ?? (() => new Date());

  function keys(agencyCode: string, year: number): [string, string] {
    const series = `${prefix}{${encodeURIComponent(agencyCode)}:${year}}`;
    return [`${series}:last`, `${series}:entries`];
  }

  return {
    async allocate(request) {
      const agencyCode = checkAgencyCode(request.agencyCode);
      const year = checkYear(request.year);
      const documentId = checkId(request.documentId, 'documentId');
      const accountId = checkId(request.accountId, 'accountId');
      const entry = JSON.stringify({ documentId, accountId, at: now().toISOString() });
      return Number(await client.eval(ALLOCATE, 2, ...keys(agencyCode, year), entry));
    },

    async release(request) {
      const agencyCode = checkAgencyCode(request.agencyCode);
      const year = checkYear(request.year);
      const number = checkNumber(request.number);
      const documentId = checkId(request.documentId, 'documentId');
      return Number(await client.eval(RELEASE, 2, ...keys(agencyCode, year), String(number), documentId)) === 1;
    },

    async close() {
      if (ownsClient) await client.quit();
    },
  };
}
