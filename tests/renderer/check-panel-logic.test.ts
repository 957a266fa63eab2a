/**
 * The checker in the editor, without a browser: which blocks and fields get marked, how a quick
 * fix splits between the body editor and the document's fields, and the mark store that
 * re-renders only the blocks whose mark changed.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../core/check/check-document';
import type { Fix } from '../../core/check/types';
import { flattenBody } from '../../core/model/flat-body';
import { findingMarks, keepSameMarks } from '../../renderer/check/finding-marks';
import { splitFix } from '../../renderer/check/quick-fix';
import { runCheck } from '../../renderer/check/use-checker';
import { FindingStore } from '../../renderer/editor/finding-store';
import { clause, makePlan, section } from '../fixtures/documents';

function planWithFaults() {
  return makePlan({
    summary: 'V/v tuyên truyền cải cách hành chính',
    body: [section('TỔ CHỨC THỰC HIỆN', [], { id: 'sec-1' }), section('KINH PHÍ', [clause('Từ ngân sách')], { id: 'sec-2' })],
  });
}

describe('finding marks', () => {
  it('marks the faulty block and field with the worst severity; notes are not marked', async () => {
    const doc = planWithFaults();
    const findings = await checkDocument(doc);
    const marks = findingMarks(findings);
    expect(marks.blocks.get('sec-1')).toBe('warning');
    expect(marks.blocks.has('sec-2')).toBe(false);
    expect(marks.fields.get('summary')).toBe('error');
    const clean = findingMarks((await checkDocument({ ...doc, header: { ...doc.header, number: null } })).filter((f) => f.severity === 'info'));
    expect(clean.blocks.size + clean.fields.size).toBe(0);
  });

  it('keeps the same map objects while the marks are the same', async () => {
    const first = findingMarks(await checkDocument(planWithFaults()));
    const again = keepSameMarks(first, findingMarks(await checkDocument(planWithFaults())));
    expect(again).toBe(first);
    const fixedSummary = keepSameMarks(first, findingMarks(await checkDocument({ ...planWithFaults(), summary: 'Tuyên truyền' })));
    expect(fixedSummary.blocks).toBe(first.blocks);
    expect(fixedSummary.fields).not.toBe(first.fields);
  });

  it('runCheck nests the flat body and lists errors first', async () => {
    const doc = planWithFaults();
    const findings = await runCheck({ ...doc, body: [] }, flattenBody(doc.body));
    expect(findings.some((f) => f.ruleId === 'structure.empty-section' && f.location.blockId === 'sec-1')).toBe(true);
    const order = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('quick fixes split by where they land', () => {
  it('a summary fix changes fields only', async () => {
    const doc = planWithFaults();
    const finding = (await checkDocument(doc)).find((f) => f.ruleId === 'summary.vv-prefix')!;
    const parts = splitFix(doc, finding.fix!);
    expect(parts.body).toBeNull();
    expect(parts.fields?.summary).toBe('tuyên truyền cải cách hành chính');
  });

  it('a body fix changes the body only, block ids kept', () => {
    const doc = planWithFaults();
    const upper: Fix = {
      description: { vi: 'Viết in hoa tiêu đề mục', en: 'Capitalise the section heading' },
      apply: (d) => ({ ...d, body: d.body.map((b) => (b.id === 'sec-1' && 'content' in b ? { ...b, content: [{ text: 'TỔ CHỨC THỰC HIỆN KẾ HOẠCH' }] } : b)) }),
    };
    const parts = splitFix(doc, upper);
    expect(parts.fields).toBeNull();
    expect(parts.body?.map((block) => block.id)).toEqual(flattenBody(doc.body).map((block) => block.id));
    expect(parts.body?.[0]).toMatchObject({ id: 'sec-1', kind: 'section', content: [{ text: 'TỔ CHỨC THỰC HIỆN KẾ HOẠCH' }] });
  });
});

describe('FindingStore', () => {
  it('notifies only the blocks whose mark changed', () => {
    const store = new FindingStore();
    const heard: string[] = [];
    for (const id of ['a', 'b', 'c']) store.subscribe(id, () => heard.push(id));
    store.update(new Map([['a', 'error'], ['b', 'warning']]));
    expect(heard.sort()).toEqual(['a', 'b']);
    heard.length = 0;
    store.update(new Map([['a', 'error'], ['c', 'warning']]));
    expect(heard.sort()).toEqual(['b', 'c']);
    expect(store.get('a')).toBe('error');
    expect(store.get('b')).toBeUndefined();
  });
});
