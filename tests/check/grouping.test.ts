/**
 * Findings grouped by cause, appendix references by the phrases real plans use, and landscape
 * geometry (portrait margins, or the same margins turned either way with the page).
 */
import { describe, expect, it } from 'vitest';
import { finding } from '../../core/check/catalog';
import { checkDocx } from '../../core/check/check-docx';
import { groupFindings } from '../../core/check/group';
import { referencedAppendices } from '../../core/check/rules/appendix-references';
import type { VanBanDocument } from '../../core/model/types';
import { makePlan } from '../fixtures/documents';
import { edit, exportParts, pack } from './helpers';

const at = (paragraphIndex: number, text = `đoạn ${paragraphIndex}`) => ({ part: 'body' as const, paragraphIndex, text });
/** Paragraphs 0–9 have text, except 4. */
const adjacent = (a: number, b: number) => b > a && Array.from({ length: b - a - 1 }, (_, i) => a + 1 + i).every((i) => i === 4);

describe('grouping', () => {
  it('a run of consecutive paragraphs with the same fault is one finding with every place; a gap or another cause starts a new one', () => {
    const found = [1, 2, 3, 5, 8].map((i) => finding('body.indent', at(i), { found: '0', text: `đoạn ${i}` }));
    found.push(finding('body.indent', at(9), { found: '2', text: 'đoạn 9' }));
    const grouped = groupFindings(found, adjacent);
    expect(grouped.map((f) => [f.count, f.places.map((p) => p.paragraphIndex)])).toEqual([
      [4, [1, 2, 3, 5]],
      [1, [8]],
      [1, [9]],
    ]);
    expect(grouped[0].location).toEqual(grouped[0].places[0]);
    expect(grouped[0].message.en).toBe('First-line indent is 0 cm; it must be 1–1.27 cm: “đoạn 1”.');
  });

  it('a fault caused by a style is one finding wherever its paragraphs are', () => {
    const found = [0, 3, 9].map((i) => finding('font.family', at(i), { font: 'Arial', text: 'x' }, undefined, 'style:Normal'));
    expect(groupFindings(found, adjacent).map((f) => f.count)).toEqual([3]);
  });

  it('the same page fault in several sections is one finding', () => {
    const page = (index: number) => finding('page.margins', { part: 'page', path: `sections.${index}` }, { side: { vi: 'trái', en: 'left' }, found: 25, min: 30, max: 35 });
    expect(groupFindings([page(0), page(1)], adjacent).map((f) => f.count)).toEqual([2]);
  });

  it('the fix of a group fixes every place', () => {
    const upper = (path: 'parentAgency' | 'issuingAgency') => (d: VanBanDocument) => ({ ...d, header: { ...d.header, [path]: d.header[path].toUpperCase() } });
    const found = [
      finding('header.agency-caps', { part: 'header', paragraphIndex: 1, path: 'header.parentAgency' }, { text: 'a' }, upper('parentAgency'), 'caps'),
      finding('header.agency-caps', { part: 'header', paragraphIndex: 2, path: 'header.issuingAgency' }, { text: 'b' }, upper('issuingAgency'), 'caps'),
    ];
    const [group] = groupFindings(found, () => true);
    expect(group.count).toBe(2);
    const doc = makePlan({ header: { parentAgency: 'ubnd tỉnh', issuingAgency: 'sở nội vụ' } });
    const fixed = group.fix!.apply(doc);
    expect([fixed.header.parentAgency, fixed.header.issuingAgency]).toEqual(['UBND TỈNH', 'SỞ NỘI VỤ']);
    expect(doc.header.parentAgency).toBe('ubnd tỉnh');
  });

  it('a group is fixable only when every place is', () => {
    const found = [finding('header.agency-caps', at(1), { text: 'a' }, (d) => d, 'caps'), finding('header.agency-caps', at(2), { text: 'b' }, undefined, 'caps')];
    expect(groupFindings(found, adjacent)[0].fix).toBeUndefined();
  });
});

describe('appendix references', () => {
  it.each([
    ['tại Phụ lục kèm theo Kế hoạch này', [1, 2], [1, 2]],
    ['các Phụ lục kèm theo', [1, 2, 3], [1, 2, 3]],
    ['theo Phụ lục I kèm theo', [1, 2], [1]],
    ['tại Phụ lục I, II', [1, 2, 3], [1, 2]],
    ['tại Phụ lục I - III', [1, 2, 3], [1, 2, 3]],
    ['(Phụ lục số 01) và Phụ lục số 02', [1, 2, 3], [1, 2]],
    ['Phụ lục 01 đến 03', [1, 2, 3], [1, 2, 3]],
    ['không nhắc đến', [1], []],
  ] as const)('“%s” names %j of %j', (text, numbers, expected) => {
    expect([...referencedAppendices(text, numbers)].sort()).toEqual(expected);
  });
});

describe('landscape appendix pages', () => {
  /** Our export of a plan with its appendix page's margins set (twips: 1134 = 20 mm, 1701 = 30 mm, 850 = 15 mm, 1417 = 25 mm). */
  async function withAppendixMargins(top: number, right: number, bottom: number, left: number): Promise<string[]> {
    const parts = await exportParts(makePlan());
    edit(parts, 'word/document.xml', /(<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/><w:pgMar) w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/, `$1 w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}"`);
    return checkDocx(pack(parts)).map((f) => `${f.ruleId}: ${f.message.en}`);
  }

  it('accepts the portrait margins, or Word’s rotation either way', async () => {
    expect(await withAppendixMargins(1134, 850, 1134, 1701)).toEqual([]);
    expect(await withAppendixMargins(1701, 1134, 850, 1134)).toEqual([]);
    expect(await withAppendixMargins(850, 1134, 1701, 1134)).toEqual([]);
  });

  it('names the set the page comes closest to and the side it breaks', async () => {
    expect(await withAppendixMargins(1701, 1134, 850, 1417 + 300)).toEqual(['page.margins-landscape: Landscape page: the left margin is 30.3 mm; by the portrait margins turned with the page it must be 20–25 mm.']);
    expect(await withAppendixMargins(1134, 567, 1134, 1701)).toEqual(['page.margins-landscape: Landscape page: the right margin is 10 mm; by the portrait margins it must be 15–20 mm.']);
  });

  it('the main pages keep the portrait rule', async () => {
    const parts = await exportParts(makePlan());
    edit(parts, 'word/document.xml', 'w:left="1701"', 'w:left="1134"');
    expect(checkDocx(pack(parts)).map((f) => f.ruleId)).toEqual(['page.margins']);
  });
});
