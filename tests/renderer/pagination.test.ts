import { describe, expect, it } from 'vitest';
import { paginate, sameLayout, type FlowBox } from '../../renderer/page/pagination';

// A small sheet: text area 100 px tall, next sheet's text area 140 px further down.
const geometry = { contentHeight: 100, pitch: 140 };

/** Boxes stacked with no gaps, from heights. */
function stack(heights: number[], options: { keep?: number[] } = {}): FlowBox[] {
  let y = 0;
  return heights.map((height, i) => {
    const box = { key: `b${i}`, top: y, bottom: y + height, spacer: 0, keepWithNext: options.keep?.includes(i) };
    y += height;
    return box;
  });
}

/** The boxes as they would be measured after applying a layout's spacers. */
function applied(boxes: FlowBox[], spacers: Map<string, number>): FlowBox[] {
  let shift = 0;
  return boxes.map((box) => {
    const spacer = spacers.get(box.key) ?? 0;
    const out = { ...box, top: box.top + shift, bottom: box.bottom + shift + spacer, spacer };
    shift += spacer;
    return out;
  });
}

describe('pagination', () => {
  it('keeps everything on one sheet when it fits', () => {
    const layout = paginate(stack([30, 30, 40]), geometry);
    expect(layout.pageCount).toBe(1);
    expect(layout.spacers.size).toBe(0);
  });

  it('pushes a block that would cross the bottom margin to the top of the next sheet', () => {
    const layout = paginate(stack([40, 40, 30]), geometry);
    // b2 spans 80..110 and would cross 100: pushed to 140.
    expect([...layout.spacers]).toEqual([['b2', 60]]);
    expect(layout.pageCount).toBe(2);
  });

  it('counts sheets over many pages', () => {
    const layout = paginate(stack(Array.from({ length: 12 }, () => 30)), geometry);
    // Three 30 px blocks per 100 px text area: 12 blocks → 4 sheets.
    expect(layout.pageCount).toBe(4);
    expect(layout.spacers.size).toBe(3);
  });

  it('is stable: measuring again with the spacers applied gives the same layout', () => {
    const boxes = stack([40, 40, 30, 70, 20, 90, 10]);
    const first = paginate(boxes, geometry);
    const second = paginate(applied(boxes, first.spacers), geometry);
    expect(sameLayout(first, second)).toBe(true);
  });

  it('lets a block taller than a sheet overflow where it starts at the top', () => {
    const layout = paginate(stack([150]), geometry);
    expect(layout.spacers.size).toBe(0);
    expect(layout.pageCount).toBe(2);
  });

  it('moves a heading down with the block it introduces', () => {
    const layout = paginate(stack([60, 30, 30], { keep: [1] }), geometry);
    // Heading b1 ends at 90; b2 would cross, so b1 moves to the next sheet and b2 follows it.
    expect([...layout.spacers]).toEqual([['b1', 80]]);
    expect(layout.pageCount).toBe(2);
  });

  it('a heading that already starts its sheet is not moved again', () => {
    const layout = paginate(stack([20, 130], { keep: [0] }), geometry);
    expect(layout.spacers.get('b0')).toBeUndefined();
  });
});
