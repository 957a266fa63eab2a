import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalContent, contentHash } from '../../core/review/content-hash';
import type { VanBanDocument } from '../../core/model/types';
import { comment, makePlan, para, section } from '../fixtures/documents';

const base = (): VanBanDocument =>
  makePlan({ body: [section('NỘI DUNG', [para('Tăng cường công tác tuyên truyền.', { id: 'p-1' })], { id: 's-1' })] });

const renameIds = (doc: VanBanDocument): VanBanDocument =>
  JSON.parse(JSON.stringify(doc).replace(/"id":"([^"]*)"/g, '"id":"other-$1"')) as VanBanDocument;

describe('contentHash', () => {
  it('is the SHA-256 hex of the canonical JSON', async () => {
    const doc = base();
    expect(await contentHash(doc)).toBe(createHash('sha256').update(canonicalContent(doc), 'utf8').digest('hex'));
    expect(await contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('same content, other block ids → same hash', async () => {
    expect(await contentHash(renameIds(base()))).toBe(await contentHash(base()));
  });

  it('same content, comments added → same hash', async () => {
    const doc = base();
    const commented = { ...doc, comments: [comment('p-1', 'Nêu rõ hình thức tuyên truyền.')] };
    expect(await contentHash(commented)).toBe(await contentHash(doc));
  });

  it('same content, keys in another order → same hash', async () => {
    const doc = base();
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as unknown as VanBanDocument;
    reordered.header = Object.fromEntries(Object.entries(doc.header).reverse()) as unknown as VanBanDocument['header'];
    expect(await contentHash(reordered)).toBe(await contentHash(doc));
  });

  it('same printed text split into runs, or NFD instead of NFC → same hash', async () => {
    const split = base();
    split.body = [section('NỘI DUNG', [{ type: 'paragraph', id: 'p-1', content: [
      { text: 'Tăng cường công tác ', bold: false }, { text: '' }, { text: 'tuyên truyền.' },
    ] }])];
    const nfd = base();
    nfd.summary = nfd.summary.normalize('NFD');
    expect(await contentHash(split)).toBe(await contentHash(base()));
    expect(await contentHash(nfd)).toBe(await contentHash(base()));
  });

  it('one diacritic changed in the body → another hash', async () => {
    const changed = base();
    changed.body = [section('NỘI DUNG', [para('Tăng cường công tác tuyên truyên.', { id: 'p-1' })], { id: 's-1' })];
    expect(await contentHash(changed)).not.toBe(await contentHash(base()));
  });

  it('formatting, number or date changed → another hash', async () => {
    const bolded = base();
    bolded.body = [section('NỘI DUNG', [para([{ text: 'Tăng cường công tác tuyên truyền.', bold: true }], { id: 'p-1' })], { id: 's-1' })];
    const numbered = makePlan({ ...base(), header: { number: 6 } });
    const dated = makePlan({ ...base(), header: { date: { day: 6, month: 1, year: 2023 } } });
    const hashes = new Set(await Promise.all([base(), bolded, numbered, dated].map(contentHash)));
    expect(hashes.size).toBe(4);
  });
});
