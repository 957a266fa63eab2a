/**
 * Page breaks for the page view. The document is one continuous flow laid over stacked A4
 * sheets; a block that would cross a sheet's bottom margin is pushed to the next sheet by a
 * spacer (padding above it). Pure: works on measured boxes, in CSS pixels.
 */

/** One block of the flow as measured, relative to the top of the first sheet's text area. */
export interface FlowBox {
  key: string;
  /** Border-box top and bottom as measured, with the spacers currently applied. */
  top: number;
  bottom: number;
  /** The spacer currently applied to this box (padding above its content). */
  spacer: number;
  /** A heading that should not be left alone at the bottom of a sheet. */
  keepWithNext?: boolean;
}

export interface SheetGeometry {
  /** Height of a sheet's text area (sheet height minus top and bottom margins). */
  contentHeight: number;
  /** Distance from one sheet's text area to the next one's (sheet height plus the gap). */
  pitch: number;
}

export interface PageLayout {
  /** Spacer per box key; boxes not listed need none. */
  spacers: Map<string, number>;
  pageCount: number;
}

const EPSILON = 0.5;

interface Natural {
  key: string;
  top: number;
  bottom: number;
  keepWithNext: boolean;
}

/** Positions the boxes would have with no spacers (spacers are additive in a block flow). */
function naturalBoxes(boxes: readonly FlowBox[]): Natural[] {
  let applied = 0;
  return boxes.map((box) => {
    const top = box.top - applied;
    const bottom = box.bottom - applied - box.spacer;
    applied += box.spacer;
    return { key: box.key, top, bottom, keepWithNext: Boolean(box.keepWithNext) };
  });
}

export function paginate(boxes: readonly FlowBox[], geometry: SheetGeometry): PageLayout {
  const { contentHeight, pitch } = geometry;
  const natural = naturalBoxes(boxes);
  const spacers = new Map<string, number>();
  const shifts: number[] = [];
  let shift = 0;
  let i = 0;
  while (i < natural.length) {
    const box = natural[i];
    shifts[i] = shift;
    const top = box.top + shift;
    const bottom = box.bottom + shift;
    const page = Math.max(0, Math.floor((top + EPSILON) / pitch));
    const pageTop = page * pitch;
    const pageBottom = pageTop + contentHeight;
    const inGap = top > pageBottom - EPSILON;
    const crosses = bottom > pageBottom + EPSILON && top > pageTop + EPSILON;
    if (inGap || crosses) {
      const previous = natural[i - 1];
      // Move a heading down with the block it introduces, unless it already starts its sheet.
      if (crosses && previous?.keepWithNext && !spacers.has(previous.key)) {
        const previousTop = previous.top + shifts[i - 1];
        if (previousTop >= pageTop + EPSILON && previousTop < pageBottom) {
          const spacer = (page + 1) * pitch - previousTop;
          spacers.set(previous.key, spacer);
          shift = shifts[i - 1] + spacer;
          continue; // look at this box again, now below the heading on the next sheet

        }
      }
      const spacer = (page + 1) * pitch - top;
      spacers.set(box.key, spacer);
      shift += spacer;
    }
    i += 1;
  }
  const last = natural[natural.length - 1];
  const end = last ? last.bottom + shift : 0;
  const pageCount = Math.max(1, Math.floor(Math.max(0, end - EPSILON) / pitch) + 1);
  return { spacers, pageCount };
}

/** True when two layouts would draw the same (spacers within half a pixel). */
export function sameLayout(a: PageLayout, b: PageLayout): boolean {
  if (a.pageCount !== b.pageCount || a.spacers.size !== b.spacers.size) return false;
  for (const [key, value] of a.spacers) {
    const other = b.spacers.get(key);
    if (other === undefined || Math.abs(other - value) > EPSILON) return false;
  }
  return true;
}

export const MM_TO_PX = 96 / 25.4;
