/** Block ids: short, random, unique within a document. Never printed. */

export function newId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}

const BLOCK_TYPES = new Set(['section', 'clause', 'point', 'dash', 'plus', 'paragraph', 'table']);

/**
 * Gives every body block and appendix in a raw (not yet validated) document a fresh id.
 * Used when a document is created from a template, so two documents never share ids.
 */
export function assignFreshIds(rawDocument: Record<string, unknown>): Record<string, unknown> {
  const visitBlocks = (blocks: unknown): unknown =>
    Array.isArray(blocks)
      ? blocks.map((block) => {
          if (block === null || typeof block !== 'object' || !BLOCK_TYPES.has((block as { type?: string }).type ?? '')) return block;
          const copy: Record<string, unknown> = { ...(block as Record<string, unknown>), id: newId() };
          if ('children' in copy) copy.children = visitBlocks(copy.children);
          return copy;
        })
      : blocks;
  const appendices = Array.isArray(rawDocument.appendices)
    ? rawDocument.appendices.map((appendix) =>
        appendix !== null && typeof appendix === 'object'
          ? { ...(appendix as Record<string, unknown>), id: newId(), body: visitBlocks((appendix as { body?: unknown }).body) }
          : appendix,
      )
    : rawDocument.appendices;
  return { ...rawDocument, body: visitBlocks(rawDocument.body), appendices };
}
