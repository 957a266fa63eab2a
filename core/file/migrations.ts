/**
 * Upgrades of older .vanban files, one step per version. Each step takes the `document`
 * object of version N and returns it in the shape of version N + 1.
 */
type Json = Record<string, unknown>;

/**
 * Version 1 (the prototype format) stored the issue date as an ISO string ("2023-01-05", or ""
 * while blank) and had no comments.
 */
function v1ToV2(doc: Json): Json {
  const header = { ...(doc.header as Json) };
  const raw = header.date;
  if (typeof raw === 'string') {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
    header.date = match
      ? { day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) }
      : { day: null, month: null, year: null };
  }
  return { ...doc, header, comments: doc.comments ?? [] };
}

/** Version 2 had comments without the orphan flag and no review record (steps, versions, lock). */
function v2ToV3(doc: Json): Json {
  const comments = Array.isArray(doc.comments) ? doc.comments.map((comment) => (comment && typeof comment === 'object' ? { orphaned: false, ...(comment as Json) } : comment)) : doc.comments;
  return { ...doc, comments, review: doc.review ?? { status: 'draft', log: [], versions: [], lockedHash: null } };
}

/**
 * Version 3 held a full copy of the document in every version snapshot; version 4 stores snapshots
 * as content-addressed blocks shared between them (core/file/blocks.ts). The document model is the
 * same: the file reader turns a version 4 file's blocks back into snapshots before migrating.
 */
const v3ToV4 = (doc: Json): Json => doc;

/** MIGRATIONS[n] upgrades version n + 1 to n + 2. */
const MIGRATIONS: ReadonlyArray<(doc: Json) => Json> = [v1ToV2, v2ToV3, v3ToV4];

/** The first format whose versions are stored as blocks. */
export const FIRST_BLOCK_FORMAT_VERSION = 4;

export const CURRENT_FORMAT_VERSION = MIGRATIONS.length + 1;

/** Applies every step from `fromVersion` up to the current version. */
export function migrateDocument(doc: Json, fromVersion: number): Json {
  let out = doc;
  for (let version = fromVersion; version < CURRENT_FORMAT_VERSION; version++) {
    out = MIGRATIONS[version - 1](out);
  }
  return out;
}
