/**
 * Nesting limits, checked without recursion before anything recursive (the schema's body blocks,
 * text cleaning, migrations) walks a value: a body nested hundreds of levels deep is refused with
 * a message naming the field instead of overflowing the stack.
 *
 * Decree 30 bodies go five levels deep (Phần/mục I, 1., a), -, +); 16 leaves room for imported
 * documents while staying far from any stack limit.
 */
export const MAX_BODY_DEPTH = 16;

/** Any JSON value inside a document: objects and arrays nested at most this deep. */
export const MAX_VALUE_DEPTH = 128;

export type ValuePath = Array<string | number>;

/**
 * The path of the first body block nested deeper than `max` levels (a block in `body` is level 1,
 * one in its `children` level 2, …), or null. Only `children` arrays are followed.
 */
export function tooDeepBlock(body: unknown, max = MAX_BODY_DEPTH): ValuePath | null {
  if (!Array.isArray(body)) return null;
  const stack: Array<{ list: unknown[]; path: ValuePath; level: number }> = [{ list: body, path: [], level: 1 }];
  while (stack.length > 0) {
    const { list, path, level } = stack.pop()!;
    for (let index = 0; index < list.length; index++) {
      const block = list[index];
      if (block === null || typeof block !== 'object') continue;
      const children = (block as { children?: unknown }).children;
      if (!Array.isArray(children) || children.length === 0) continue;
      if (level + 1 > max) return [...path, index, 'children', 0];
      stack.push({ list: children, path: [...path, index, 'children'], level: level + 1 });
    }
  }
  return null;
}

/** The path of the first object or array nested deeper than `max`, or null. */
export function tooDeepValue(value: unknown, max = MAX_VALUE_DEPTH): ValuePath | null {
  const stack: Array<{ value: unknown; path: ValuePath }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= max) return path;
    if (Array.isArray(current)) current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}
