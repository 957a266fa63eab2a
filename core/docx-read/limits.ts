/**
 * Limits applied before anything is inflated or parsed. A file over any limit is refused with a
 * DocxReadError naming the limit; nothing is partly read.
 *
 * - maxCompressedBytes (50 MB): size of the .docx file itself → 'too-large'.
 * - maxTotalUncompressedBytes (200 MB): sum of the declared uncompressed sizes of all entries → 'too-large'.
 * - maxRatio (100:1) for entries whose uncompressed size exceeds ratioThresholdBytes (1 MB) → 'zip-bomb'.
 *   Inflated output is also capped at each entry's declared size, so a lying header cannot grow memory.
 * - maxEntries (2000): number of entries in the central directory → 'too-large'.
 * - maxXmlDepth (256): element nesting depth of any XML part → 'bad-xml'.
 * - Entry names: no absolute paths ("/x"), no ".." segments, no backslashes, no drive letters ("C:"),
 *   no control characters → 'bad-entry-name'.
 */
export interface DocxReadLimits {
  maxCompressedBytes: number;
  maxTotalUncompressedBytes: number;
  maxRatio: number;
  ratioThresholdBytes: number;
  maxEntries: number;
  maxXmlDepth: number;
}

export const DEFAULT_DOCX_LIMITS: Readonly<DocxReadLimits> = Object.freeze({
  maxCompressedBytes: 50 * 1024 * 1024,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioThresholdBytes: 1024 * 1024,
  maxEntries: 2000,
  maxXmlDepth: 256,
});

export function resolveLimits(limits?: Partial<DocxReadLimits>): DocxReadLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...(limits ?? {}) };
}
