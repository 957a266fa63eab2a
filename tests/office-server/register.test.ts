import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { OfficeRegister } from '../../electron/office-server/contracts';
import { createFileRegister } from '../../electron/office-server/register/file-register';
import { createRedisRegister, type RedisRegister } from '../../electron/office-server/register/redis-register';
import { haveRedis, REDIS_SERVER, startRedis, type TestRedis } from './redis-helpers';
import { bundleChild, cleanUp, oneTo, runChild, tempDir } from './store-helpers';

let allocateNumbers: string;

beforeAll(async () => {
  allocateNumbers = await bundleChild('allocate-numbers');
});
afterEach(() => cleanUp());
afterAll(() => cleanUp({ bundles: true }));

function allocateMany(register: OfficeRegister, count: number, agencyCode = 'UBND', year = 2025): Promise<number[]> {
  return Promise.all(oneTo(count).map((index) => register.allocate({ agencyCode, year, documentId: `doc-${agencyCode}-${year}-${index}`, accountId: 'clerk-1' })));
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

/** The release rules, the same for every register. */
function releaseRules(make: () => OfficeRegister | Promise<OfficeRegister>) {
  it('gives back the last number of its document only; the next allocation takes it again', async () => {
    const register = await make();
    const request = (documentId: string) => ({ agencyCode: 'SNV', year: 2025, documentId, accountId: 'clerk-1' });
    expect(await register.allocate(request('a'))).toBe(1);
    expect(await register.allocate(request('b'))).toBe(2);
    // Not the last one.
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 1, documentId: 'a' })).toBe(false);
    // The last one, but another document's.
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 2, documentId: 'a' })).toBe(false);
    // Another year or agency code, or a number never given.
    expect(await register.release({ agencyCode: 'SNV', year: 2024, number: 2, documentId: 'b' })).toBe(false);
    expect(await register.release({ agencyCode: 'UBND', year: 2025, number: 2, documentId: 'b' })).toBe(false);
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 3, documentId: 'b' })).toBe(false);
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 2, documentId: 'b' })).toBe(true);
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 2, documentId: 'b' })).toBe(false);
    expect(await register.allocate(request('c'))).toBe(2);
    // Once 2 is given again, 1 is no longer the last.
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 1, documentId: 'a' })).toBe(false);
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 2, documentId: 'c' })).toBe(true);
    expect(await register.release({ agencyCode: 'SNV', year: 2025, number: 1, documentId: 'a' })).toBe(true);
    expect(await register.allocate(request('d'))).toBe(1);
  });

  it('numbers each agency code (compared in NFC, trimmed) and year from 1', async () => {
    const register = await make();
    expect(await register.allocate({ agencyCode: 'SỞ', year: 2025, documentId: 'a', accountId: 'x' })).toBe(1);
    expect(await register.allocate({ agencyCode: ' SỞ'.normalize('NFD'), year: 2025, documentId: 'b', accountId: 'x' })).toBe(2);
    expect(await register.allocate({ agencyCode: 'SỞ', year: 2026, documentId: 'c', accountId: 'x' })).toBe(1);
    expect(await register.allocate({ agencyCode: 'sở', year: 2025, documentId: 'd', accountId: 'x' })).toBe(1);
    expect(await register.allocate({ agencyCode: '', year: 2025, documentId: 'e', accountId: 'x' })).toBe(1);
  });

  it('refuses a request it cannot number', async () => {
    const register = await make();
    await expect(register.allocate({ agencyCode: 'UBND', year: 2025.5, documentId: 'a', accountId: 'x' })).rejects.toMatchObject({ code: 'register-request-invalid' });
    await expect(register.allocate({ agencyCode: 'UBND', year: 2025, documentId: '', accountId: 'x' })).rejects.toMatchObject({ code: 'register-request-invalid' });
    await expect(register.release({ agencyCode: 'UBND', year: 2025, number: 0, documentId: 'a' })).rejects.toMatchObject({ code: 'register-request-invalid' });
  });
}

describe('file register', () => {
  it('50 allocations at once in one process get 1..50, each recorded', async () => {
    const dir = tempDir();
    const numbers = await allocateMany(createFileRegister(dir), 50);
    expect(sorted(numbers)).toEqual(oneTo(50));
    const file = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8'));
    expect(file.UBND['2025'].last).toBe(50);
    const entries = file.UBND['2025'].entries as { number: number; documentId: string }[];
    expect(entries.map((entry) => entry.number).sort((a, b) => a - b)).toEqual(oneTo(50));
    // Each number is recorded for the document that received it.
    numbers.forEach((number, index) => expect(entries.find((entry) => entry.number === number)?.documentId).toBe(`doc-UBND-2025-${index + 1}`));
  });

  it('50 allocations from five processes at once are 1..50, none twice', async () => {
    const dir = tempDir();
    const results = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5'].map((prefix) => runChild(allocateNumbers, [dir, 'UBND', '2025', prefix, '10'])));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const numbers = results.flatMap((result) => JSON.parse(result.stdout) as number[]);
    expect(sorted(numbers)).toEqual(oneTo(50));
    expect(await createFileRegister(dir).allocate({ agencyCode: 'UBND', year: 2025, documentId: 'after', accountId: 'x' })).toBe(51);
    expect(existsSync(join(dir, 'register.json.lock'))).toBe(false);
  });

  it('goes on after a restart', async () => {
    const dir = tempDir();
    await allocateMany(createFileRegister(dir), 3);
    expect(await createFileRegister(dir).allocate({ agencyCode: 'UBND', year: 2025, documentId: 'next', accountId: 'x' })).toBe(4);
  });

  it('a damaged register is refused and kept as it is', async () => {
    const dir = tempDir();
    const file = join(dir, 'register.json');
    for (const content of ['{"UBND": ', JSON.stringify({ UBND: { 2025: { last: 1, entries: [{ number: 2, documentId: 'a', accountId: 'x', at: 'now' }] } } })]) {
      writeFileSync(file, content);
      const register = createFileRegister(dir);
      await expect(register.allocate({ agencyCode: 'UBND', year: 2025, documentId: 'a', accountId: 'x' })).rejects.toMatchObject({ code: 'register-damaged' });
      await expect(register.release({ agencyCode: 'UBND', year: 2025, number: 1, documentId: 'a' })).rejects.toMatchObject({ code: 'register-damaged' });
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
  });

  releaseRules(() => createFileRegister(tempDir()));
});

if (!haveRedis) console.warn(`register.test.ts: ${REDIS_SERVER} is missing; the Redis register tests are skipped`);

describe.skipIf(!haveRedis)('Redis register', () => {
  let redis: TestRedis;
  const opened: RedisRegister[] = [];
  let prefixCount = 0;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((register) => register.close()));
  });
  afterAll(() => {
    redis?.process.kill('SIGKILL');
  });

  /** A register on its own key prefix, so the tests do not see each other's numbers. */
  function register(prefix = `test${++prefixCount}:`): RedisRegister {
    const made = createRedisRegister(redis.url, { keyPrefix: prefix });
    opened.push(made);
    return made;
  }

  it('50 allocations at once get 1..50', async () => {
    expect(sorted(await allocateMany(register(), 50))).toEqual(oneTo(50));
  });

  it('two connections (two server processes) allocating 25 each at once get 1..50, none twice', async () => {
    const prefix = `test${++prefixCount}:`;
    const [a, b] = await Promise.all([allocateMany(register(prefix), 25), allocateMany(register(prefix), 25, 'UBND', 2025)]);
    expect(sorted([...a, ...b])).toEqual(oneTo(50));
  });

  it('works on a client the caller owns, and leaves it open', async () => {
    const client = new Redis(redis.url);
    try {
      const made = createRedisRegister(client, { keyPrefix: `test${++prefixCount}:` });
      expect(await made.allocate({ agencyCode: 'UBND', year: 2025, documentId: 'a', accountId: 'x' })).toBe(1);
      await made.close();
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }
  });

  releaseRules(() => register());
});
