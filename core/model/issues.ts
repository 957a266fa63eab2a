/** Turning schema issues into one readable line: the field's path and what was expected. */
import type { z } from 'zod';

/** "header.date.month" style path; array indexes in brackets: "body[2].children[0].type". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Message of the first (most specific) issue: "header.date.month: Too big: expected number to be <=12". */
export function describeIssue(issue: z.core.$ZodIssue, prefix: ReadonlyArray<PropertyKey> = []): string {
  let deepest = issue;
  let path = [...prefix, ...issue.path];
  // Union failures carry their own nested issues; report the branch that got furthest.
  while (deepest.code === 'invalid_union' && deepest.errors.length > 0) {
    const branches = deepest.errors.flat();
    if (branches.length === 0) break;
    const best = branches.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    path = [...path, ...best.path];
    deepest = best;
  }
  return `${formatPath(path)}: ${deepest.message}`;
}
