import { describe, expect, it } from 'vitest';
import { flattenBody, nestBody, type FlatBlock } from '../../core/model/flat-body';
import { numberBody } from '../../core/numbering/numbering';
import { clause, dash, makePlan, para, plus, point, section } from '../fixtures/documents';

const markersInOrder = (flat: FlatBlock[]): string[] => {
  const markers = numberBody(nestBody(flat));
  return flat.map((block) => markers.get(block.id) ?? '');
};

const flat = (kinds: string): FlatBlock[] =>
  kinds.split(' ').map((kind, i) => ({ id: `b${i}`, kind: kind as FlatBlock['kind'], content: [{ text: kind }] }) as FlatBlock);

describe('flat body ↔ tree', () => {
  it('round-trips a plan built by the nesting rules', () => {
    const body = [
      section('MỤC ĐÍCH, YÊU CẦU', [
        clause('Mục đích', [dash('Một', [plus('Một cộng')]), dash('Hai')]),
        clause('Yêu cầu', [point('a', [dash('x')]), point('b', [para('Ghi chú')])]),
      ]),
      section('TỔ CHỨC THỰC HIỆN', [para('Mở đầu'), clause('Nhiệm vụ')]),
    ];
    expect(nestBody(flattenBody(body))).toEqual(body);
  });

  it('keeps every block of the fixture plan in reading order', () => {
    const body = makePlan().body;
    const once = flattenBody(body);
    expect(flattenBody(nestBody(once))).toEqual(once);
  });

  it('numbers from position: clauses restart in each section, points in each clause', () => {
    expect(markersInOrder(flat('section clause point point dash plus clause point section clause paragraph clause'))).toEqual([
      'I.', '1.', 'a)', 'b)', '-', '+', '2.', 'a)', 'II.', '1.', '', '2.',
    ]);
  });

  it('changing one block kind renumbers what follows (Tab on a clause makes it a point)', () => {
    const before = flat('section clause clause clause');
    const after = before.map((block, i) => (i === 2 ? { ...block, kind: 'point' } : block)) as FlatBlock[];
    expect(markersInOrder(before)).toEqual(['I.', '1.', '2.', '3.']);
    expect(markersInOrder(after)).toEqual(['I.', '1.', 'a)', '2.']);
  });

  it('deleting a section renumbers the sections after it', () => {
    const before = flat('section clause section clause section');
    expect(markersInOrder(before.filter((b) => b.id !== 'b0' && b.id !== 'b1'))).toEqual(['I.', '1.', 'II.']);
  });

  it('points run in Vietnamese order past d: đ, e, g', () => {
    expect(markersInOrder(flat('clause point point point point point point point'))).toEqual(['1.', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });

  it('a paragraph closes dash items: a plus after it hangs off the clause', () => {
    const tree = nestBody(flat('clause dash paragraph plus'));
    expect(tree).toHaveLength(1);
    expect(tree[0].type === 'clause' && tree[0].children.map((c) => c.type)).toEqual(['dash', 'paragraph', 'plus']);
  });
});
