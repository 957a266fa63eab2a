/**
 * Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986) on
 * two sequences, after trimming their common prefix and suffix. Beyond `maxEdits` edits it gives up
 * on finding the shortest script and reports everything between prefix and suffix as replaced.
 */

export type EditOp = 'equal' | 'insert' | 'delete';

/** One step of the edit script: the item of `a` (delete, equal) or `b` (insert). */
export interface Edit<T> {
  op: EditOp;
  item: T;
}

const DEFAULT_MAX_EDITS = 4000;

export function myersDiff<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean = Object.is, maxEdits = DEFAULT_MAX_EDITS): Edit<T>[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && equals(a[prefix], b[prefix])) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && equals(a[a.length - 1 - suffix], b[b.length - 1 - suffix])) suffix += 1;

  const head = a.slice(0, prefix).map((item): Edit<T> => ({ op: 'equal', item }));
  const tail = a.slice(a.length - suffix).map((item): Edit<T> => ({ op: 'equal', item }));
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  return [...head, ...middle(midA, midB, equals, maxEdits), ...tail];
}

function replaceAll<T>(a: readonly T[], b: readonly T[]): Edit<T>[] {
  return [...a.map((item): Edit<T> => ({ op: 'delete', item })), ...b.map((item): Edit<T> => ({ op: 'insert', item }))];
}

function middle<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean, maxEdits: number): Edit<T>[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return replaceAll(a, b);
  const max = Math.min(n + m, maxEdits);
  // v[k] = furthest x on diagonal k; stored with offset `max + 1` so k - 1 and k + 1 stay in range.
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] = v on diagonals -d-1 … d+1 before round d (what backtracking through round d reads).
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && equals(a[x], b[y])) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return replaceAll(a, b);

  const out: Edit<T>[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d -= 1) {
    const row = trace[d];
    const at = (k: number): number => row[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: 'equal', item: a[x - 1] });
      x -= 1;
      y -= 1;
    }
    if (d > 0) {
      if (x === prevX) out.push({ op: 'insert', item: b[y - 1] });
      else out.push({ op: 'delete', item: a[x - 1] });
    }
    x = prevX;
    y = prevY;
  }
  return out.reverse();
}
