/**
 * A fingerprint of what a document prints: SHA-256 (hex) of a canonical JSON of its content.
 *
 * Canonical means: object keys sorted, strings NFC, undefined and false formatting flags dropped,
 * empty runs dropped and neighbouring runs with the same formatting joined. Block and appendix ids
 * the comments and the review record are left out, so the hash changes only when the printed content changes.
 */
import type { DocumentContent, InlineText, VanBanDocument } from '../model/types';

const FORMAT_FLAGS = ['bold', 'italic', 'underline'] as const;
const RUN_KEYS = new Set<string>(['text', ...FORMAT_FLAGS]);

function isRunList(value: unknown[]): value is InlineText[] {
  return (
    value.length > 0 &&
    value.every(
      (item) =>
        item !== null &&
        typeof item === 'object' &&
        typeof (item as InlineText).text === 'string' &&
        Object.keys(item).every((key) => RUN_KEYS.has(key)),
    )
  );
}

const formatKey = (run: InlineText): string => FORMAT_FLAGS.map((flag) => (run[flag] ? '1' : '0')).join('');

/** Runs with empty text dropped, neighbours of equal formatting joined, only true flags kept. */
function canonicalRuns(runs: readonly InlineText[]): InlineText[] {
  const out: InlineText[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && formatKey(last) === formatKey(run)) {
      last.text += run.text;
      continue;
    }
    const copy: InlineText = { text: run.text };
    for (const flag of FORMAT_FLAGS) if (run[flag]) copy[flag] = true;
    out.push(copy);
  }
  return out.map((run) => ({ ...run, text: run.text.normalize('NFC') }));
}

function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return (isRunList(value) ? canonicalRuns(value) : value).map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (key === 'id' || item === undefined) continue;
      out[key] = canonical(item);
    }
    return out;
  }
  return value;
}

/** The canonical JSON the hash is taken of (exported for tests and debugging). */
export function canonicalContent(doc: VanBanDocument | DocumentContent): string {
  const { comments: _comments, review: _review, ...content } = doc as VanBanDocument;
  return JSON.stringify(canonical(content));
}

/** SHA-256 hex of the document's printed content. */
export async function contentHash(doc: VanBanDocument | DocumentContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(doc));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
