/**
 * Findings grouped by cause: one finding per wrong style (wherever its paragraphs are), per run
 * of consecutive paragraphs with the same fault, or per page fault repeated in several sections.
 * A group keeps every place, counts them, and its fix (when each place has one) fixes them all.
 */
import type { Finding, FindingLocation, Fix } from './types';

/** Whether paragraph `b` follows paragraph `a` with only empty paragraphs between them. */
export type Adjacent = (a: number, b: number) => boolean;

function joinable(group: Finding, next: Finding, adjacent: Adjacent): boolean {
  if (group.ruleId !== next.ruleId || group.cause !== next.cause) return false;
  if (next.cause.startsWith('style:')) return true;
  const last = group.places[group.places.length - 1];
  const a = last.paragraphIndex;
  const b = next.location.paragraphIndex;
  if (a !== undefined && b !== undefined) return adjacent(a, b);
  // Page faults (one per section) and places without a paragraph: the same fault in the same part.
  return a === undefined && b === undefined && last.part === next.location.part && (last.part === 'page' || last.part === 'styles');
}

function groupFix(fixes: readonly (Fix | undefined)[]): Fix | undefined {
  if (fixes.length === 0 || fixes.some((fix) => !fix)) return undefined;
  const all = fixes as Fix[];
  if (all.length === 1) return all[0];
  return { description: all[0].description, apply: (doc) => all.reduce((current, fix) => fix.apply(current), doc) };
}

/** Groups findings of the same rule and cause; order is that of each group's first place. */
export function groupFindings(findings: readonly Finding[], adjacent: Adjacent): Finding[] {
  const groups: { finding: Finding; places: FindingLocation[]; fixes: (Fix | undefined)[] }[] = [];
  const open = new Map<string, (typeof groups)[number]>();
  const ordered = findings
    .map((f, i) => [f, i] as const)
    .sort((x, y) => (x[0].location.paragraphIndex ?? -1) - (y[0].location.paragraphIndex ?? -1) || x[1] - y[1])
    .map(([f]) => f);
  for (const f of ordered) {
    const key = `${f.ruleId}\u0000${f.cause}`;
    const current = open.get(key);
    if (current && joinable({ ...current.finding, places: current.places }, f, adjacent)) {
      current.places.push(...f.places);
      current.fixes.push(f.fix);
      continue;
    }
    const group = { finding: f, places: [...f.places], fixes: [f.fix] };
    groups.push(group);
    open.set(key, group);
  }
  // Back in the order the rules reported them (each group where its first place was reported).
  const rank = new Map(findings.map((f, i) => [f, i]));
  return groups
    .sort((a, b) => rank.get(a.finding)! - rank.get(b.finding)!)
    .map(({ finding, places, fixes }) => {
      const fix = groupFix(fixes);
      const out: Finding = { ...finding, count: places.length, places };
      if (fix) out.fix = fix;
      else delete out.fix;
      return out;
    });
}
