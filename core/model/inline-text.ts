/** Operations on runs of inline text. */
import type { InlineText } from './types';

/** The runs covering characters [from, to) of the runs' joined text, formatting kept; empty runs dropped. */
export function sliceInlines(inlines: readonly InlineText[], from: number, to = Infinity): InlineText[] {
  const out: InlineText[] = [];
  let offset = 0;
  for (const inline of inlines) {
    const start = offset;
    const end = offset + inline.text.length;
    offset = end;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a < b) out.push({ ...inline, text: inline.text.slice(a - start, b - start) });
  }
  return out;
}
