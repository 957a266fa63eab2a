/**
 * The outgoing document register on disk (<userData>/register.json): one number series per
 * agency and year, a used number refused, and a damaged file never read as an empty register.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../core/review/register';
import { createRegisterStore } from '../../electron/node/register-store';
import { hostCallFailure } from '../helpers/host-call-failure';

function setup() {
  const userDataDir = join(mkdtempSync(join(tmpdir(), 'vanban-register-')), 'user-data');
  return { store: createRegisterStore(userDataDir), userDataDir, file: join(userDataDir, 'register.json') };
}

function entry(number: number, year = 2025, path = `/docs/${year}-${number}.vanban`, documentId = `doc-${path}`): RegisterEntry {
  return { year, number, kind: 'ke-hoach', path, issuedAt: `${year}-03-05T10:00:00.000Z`, documentId };
}

describe('register store', () => {
  it('starts every agency and year at 1 and counts on from the highest number used', async () => {
    const { store, file } = setup();
    expect(await store.next('UBND', 2025)).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(await store.record('UBND', entry(1))).toBe('recorded');
    expect(await store.record('UBND', entry(7))).toBe('recorded');
    expect(await store.next('UBND', 2025)).toBe(8);
    expect(await store.next('UBND', 2026)).toBe(1);
    expect(await store.next('STTTT', 2025)).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ registers: [{ agencyCode: 'UBND', entries: [entry(1), entry(7)] }] });
  });

  it('refuses a number already used that year by another document, and writes nothing', async () => {
    const { store, file } = setup();
    await store.record('UBND', entry(12, 2025, '/docs/a.vanban'));
    const before = readFileSync(file, 'utf8');
    const error = await hostCallFailure(store.record('UBND', entry(12, 2025, '/docs/b.vanban')));
    expect(error.code).toBe('number-used');
    expect(error.params).toEqual({ number: 12, year: 2025 });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('allows the same number the next year and in another agency’s register', async () => {
    const { store } = setup();
    await store.record('UBND', entry(12, 2025));
    expect(await store.record('UBND', entry(12, 2026))).toBe('recorded');
    expect(await store.record('STTTT', entry(12, 2025))).toBe('recorded');
    expect(await store.record('', entry(12, 2025))).toBe('recorded');
    expect((await store.all()).map((register) => [register.agencyCode, register.entries.map((e) => `${e.number}/${e.year}`)])).toEqual([
      ['', ['12/2025']],
      ['STTTT', ['12/2025']],
      ['UBND', ['12/2025', '12/2026']],
    ]);
  });

  it('treats agency codes written with other spacing or Unicode form as the same register', async () => {
    const { store } = setup();
    await store.record('SỞ', entry(3));
    expect(await store.next(' S\u01a0\u0309 ', 2025)).toBe(4);
  });

  it('knows the same document issued again (a retry) from another one taking its number', async () => {
    const { store } = setup();
    await store.record('UBND', entry(4, 2025, '/docs/a.vanban'));
    expect(await store.record('UBND', entry(4, 2025, '/docs/a.vanban'))).toBe('already-recorded');
    expect((await store.all())[0].entries).toHaveLength(1);
    expect((await hostCallFailure(store.record('UBND', { ...entry(4, 2025, '/docs/a.vanban'), kind: 'cong-van' }))).code).toBe('number-used');
  });

  it('refuses the same number for a different document saved over the issued one’s file', async () => {
    const { store, file } = setup();
    await store.record('UBND', entry(4, 2025, '/docs/a.vanban', 'first-document'));
    const before = readFileSync(file, 'utf8');
    const error = await hostCallFailure(store.record('UBND', entry(4, 2025, '/docs/a.vanban', 'another-document')));
    expect(error.code).toBe('number-used');
    expect(error.params).toEqual({ number: 4, year: 2025 });
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The same document to another file (a copy saved elsewhere) is not a retry either.
    expect((await hostCallFailure(store.record('UBND', entry(4, 2025, '/docs/b.vanban', 'first-document')))).code).toBe('number-used');
    expect(await store.record('UBND', entry(4, 2025, '/docs/a.vanban', 'first-document'))).toBe('already-recorded');
  });

  it('reads entries written before the document identity was kept, matching them on file and kind', async () => {
    const { store, userDataDir, file } = setup();
    mkdirSync(userDataDir, { recursive: true });
    const { documentId: _none, ...legacy } = entry(6, 2025, '/docs/old.vanban');
    writeFileSync(file, JSON.stringify({ registers: [{ agencyCode: 'UBND', entries: [legacy] }] }));
    expect(await store.next('UBND', 2025)).toBe(7);
    expect(await store.record('UBND', entry(6, 2025, '/docs/old.vanban', 'any'))).toBe('already-recorded');
    expect((await hostCallFailure(store.record('UBND', entry(6, 2025, '/docs/new.vanban')))).code).toBe('number-used');
    expect(await store.record('UBND', entry(7))).toBe('recorded');
    expect((await store.all())[0].entries).toEqual([legacy, entry(7)]);
  });

  it('frees a number taken out again', async () => {
    const { store } = setup();
    await store.record('UBND', entry(1));
    await store.record('UBND', entry(2));
    await store.remove('UBND', 2025, 2);
    expect(await store.next('UBND', 2025)).toBe(2);
    await store.remove('UBND', 2025, 99);
    expect((await store.all())[0].entries).toEqual([entry(1)]);
  });

  it('gives one number to one of two documents issued at the same moment', async () => {
    const { store } = setup();
    const results = await Promise.allSettled([store.record('UBND', entry(5, 2025, '/a.vanban')), store.record('UBND', entry(5, 2025, '/b.vanban'))]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await store.all())[0].entries).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"registers": [', 'not JSON'],
    ['the wrong shape', JSON.stringify({ registers: [{ agencyCode: 'UBND', entries: [{ year: 2025, number: 'mười' }] }] }), 'registers.0.entries.0.number'],
    ['not an object', '[]', 'file'],
  ])('refuses to count or record from a damaged file (%s), keeping it and a .corrupt copy', async (_name, content, reason) => {
    const { store, userDataDir, file } = setup();
    mkdirSync(userDataDir, { recursive: true });
    writeFileSync(file, content);
    const next = await hostCallFailure(store.next('UBND', 2025));
    expect(next.code).toBe('register-damaged');
    expect(next.message).toContain('register.json.corrupt');
    expect(String(next.params.reason)).toContain(reason);
    expect((await hostCallFailure(store.record('UBND', entry(1)))).code).toBe('register-damaged');
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe(content);
  });
});
