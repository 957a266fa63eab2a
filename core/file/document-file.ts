/**
 * The .vanban file: versioned, human-readable JSON.
 *   { "format": "vanban", "version": 4, "document": { …the model… }, "blocks": { …version snapshots… } }
 *
 * The document is written whole and readable; each version snapshot in review.versions is written
 * as `content`, the key of its root block in "blocks" (content-addressed, shared between snapshots:
 * core/file/blocks.ts). Files of format 3 and older held a full copy per version and are migrated.
 */
import type { DocumentContent, VanBanDocument } from '../model/types';
import { documentShellSchema } from '../model/schema';
import { MAX_BODY_DEPTH, tooDeepBlock, tooDeepValue } from '../model/depth';
import { describeIssue, formatPath } from '../model/issues';
import { cleanAllText } from '../model/text';
import { documentTypeById } from '../rules/decree30';
import { BlockError, BlockReader } from './blocks';
import { DocumentFileError } from './errors';
import { CURRENT_FORMAT_VERSION, FIRST_BLOCK_FORMAT_VERSION, migrateDocument } from './migrations';
import { VersionContentError, VersionContentValidator } from './version-content';
import { VersionStore } from './version-store';

export const FILE_FORMAT_NAME = 'vanban';
export const FILE_EXTENSION = '.vanban';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Checks each object once (validateDocument without a store): a version passed twice is not checked twice. */
const sharedValidator = new VersionContentValidator();

/** Documents validated against a store that knows all their versions: saving them checks nothing again. */
const validatedIn = new WeakMap<object, VersionStore>();

function invalid(detail: string): DocumentFileError {
  return new DocumentFileError('invalid', `Invalid document: ${detail}`, { detail });
}

/**
 * Refuses a value nested too deep for the recursive steps (cleaning, migration, the schema) to
 * walk: a body (the document's or an appendix's) deeper than the body limit first, by its path.
 */
function refuseTooDeep(value: unknown): void {
  if (isObject(value)) {
    const bodies: Array<[Array<string | number>, unknown]> = [[['body'], value.body]];
    if (Array.isArray(value.appendices)) value.appendices.forEach((appendix, index) => isObject(appendix) && bodies.push([['appendices', index, 'body'], appendix.body]));
    for (const [at, body] of bodies) {
      const path = tooDeepBlock(body);
      if (path) throw invalid(`${formatPath(['document', ...at, ...path])}: nested more than ${MAX_BODY_DEPTH} levels deep`);
    }
  }
  const path = tooDeepValue(value);
  if (path) throw invalid(`${formatPath(['document', ...path])}: nested too deeply`);
}

function rawVersions(value: unknown): unknown[] {
  const review = isObject(value) && isObject(value.review) ? value.review : null;
  return review && Array.isArray(review.versions) ? review.versions : [];
}

/**
 * Cleans (NFC, XML-legal) and validates everything except the versions' contents, then takes each
 * version's content from `contentOf`, which validates it (or knows it valid).
 */
function validateWith(value: unknown, contentOf: (raw: Json, index: number) => DocumentContent): VanBanDocument {
  const versions = rawVersions(value);
  const stripped =
    versions.length === 0 || !isObject(value)
      ? value
      : { ...value, review: { ...(value.review as Json), versions: versions.map((version) => (isObject(version) ? { ...version, document: {} } : version)) } };
  // Clean first, so what is validated is what is returned and saved (an id of control characters is empty).
  const result = documentShellSchema.safeParse(cleanAllText(stripped));
  if (!result.success) throw invalid(describeIssue(result.error.issues[0], ['document']));
  const shell = result.data;
  if (!documentTypeById(shell.kind)) {
    throw new DocumentFileError('unknown-kind', `Invalid document: document.kind: unknown document type "${shell.kind}"`, { kind: shell.kind });
  }
  return {
    ...shell,
    review: { ...shell.review, versions: shell.review.versions.map((version, index) => ({ ...version, document: contentOf(versions[index] as Json, index) })) },
  } as VanBanDocument;
}

function versionContentError(error: unknown, index: number): unknown {
  if (!(error instanceof VersionContentError)) return error;
  const detail = `document.review.versions[${index}].document${error.detail.startsWith('(root)') ? error.detail.slice(6) : `.${error.detail}`}`;
  return invalid(detail);
}

/**
 * Validates a document object (already in the current version's shape); NFC on the way in. With a
 * store, versions it knows (same id and hash) are taken as it holds them, new ones are checked and
 * remembered, and the result is marked so that serializeDocument does not check it again.
 */
export function validateDocument(value: unknown, store?: VersionStore): VanBanDocument {
  refuseTooDeep(value);
  const doc = validateWith(value, (raw, index) => {
    try {
      return store ? store.content(String(raw.id), String(raw.hash), raw.document) : sharedValidator.validate(raw.document);
    } catch (error) {
      throw versionContentError(error, index);
    }
  });
  if (store) validatedIn.set(doc, store);
  return doc;
}

/** "Version 3 of 5 (Vòng 3, 2026-01-03T00:00:00.000Z)" — how a damaged version is named. */
function damagedVersion(raw: unknown, index: number, count: number, detail: string): DocumentFileError {
  const version = isObject(raw) ? raw : {};
  const label = typeof version.label === 'string' ? version.label : '';
  const createdAt = typeof version.createdAt === 'string' ? version.createdAt : '';
  const versionId = typeof version.id === 'string' ? version.id : '';
  const named = [label, createdAt].filter(Boolean).join(', ');
  return new DocumentFileError('damaged-version', `Version ${index + 1} of ${count}${named ? ` (${named})` : ''} is damaged and cannot be read: ${detail}`, {
    version: index + 1,
    count,
    versionId,
    label,
    createdAt,
    detail,
  });
}

/**
 * The document of a file's body (the envelope checked): format 4 and later read their versions
 * from `blocks`, older ones are migrated. Every version is validated once; with a store, each is
 * remembered with its blocks.
 */
export function readDocumentValue(documentValue: unknown, blocksValue: unknown, version: number, store?: VersionStore): VanBanDocument {
  if (!isObject(documentValue)) throw invalid('document: expected an object');
  refuseTooDeep(documentValue);
  const validator = store?.validator ?? sharedValidator;
  let doc: VanBanDocument;
  let roots: Array<string | null> = [];
  let reader: BlockReader | null = null;
  if (version >= FIRST_BLOCK_FORMAT_VERSION) {
    // A file without versions needs no "blocks"; a version whose blocks are missing is reported as damaged.
    if (blocksValue !== undefined && !isObject(blocksValue)) throw invalid('blocks: expected an object');
    const blockReader = new BlockReader(blocksValue ?? {});
    reader = blockReader;
    const versions = rawVersions(documentValue);
    // The shell is checked with the version's `content` key set aside; its content comes from the blocks.
    const inMemory = versions.length === 0 ? documentValue : { ...documentValue, review: { ...(documentValue.review as Json), versions: versions.map((raw) => (isObject(raw) ? withoutContent(raw) : raw)) } };
    roots = versions.map((raw) => (isObject(raw) && typeof raw.content === 'string' ? raw.content : null));
    doc = validateWith(migrateDocument(inMemory, version), (_raw, index) => {
      try {
        return validator.validate(blockReader.content(isObject(versions[index]) ? versions[index].content : undefined));
      } catch (error) {
        if (error instanceof BlockError || error instanceof VersionContentError) throw damagedVersion(versions[index], index, versions.length, error.message);
        throw error;
      }
    });
  } else {
    doc = validateWith(migrateDocument(documentValue, version), (raw, index) => {
      try {
        return validator.validate(raw.document);
      } catch (error) {
        throw versionContentError(error, index);
      }
    });
  }
  if (store) {
    doc.review.versions.forEach((entry, index) => store.remember(entry.id, entry.hash, entry.document, roots[index] ?? null, index === 0 && reader ? reader.read : undefined));
    validatedIn.set(doc, store);
  }
  return doc;
}

function withoutContent(raw: Json): Json {
  const { content: _content, ...rest } = raw;
  return { ...rest, document: {} };
}

/** Reads a .vanban file's text: checks the envelope, migrates older versions, validates. */
export function parseDocumentFile(text: string, store?: VersionStore): VanBanDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentFileError('not-json', `Not a VanBan document: the file is not valid JSON (${reason})`, { reason });
  }
  if (!isObject(raw) || raw.format !== FILE_FORMAT_NAME) {
    throw new DocumentFileError('not-vanban', 'Not a VanBan document: expected "format": "vanban" at the top of the file');
  }
  return readDocumentValue(raw.document, raw.blocks, checkFormatVersion(raw.version), store);
}

/** The envelope's format version: a whole number this app reads. */
export function checkFormatVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentFileError('bad-version', 'Invalid document: version: expected a whole number from 1 up');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    throw new DocumentFileError(
      'newer-version',
      `This document was saved by a newer VanBan Studio (file format ${version}; this version reads up to ${CURRENT_FORMAT_VERSION}). Please update VanBan Studio to open it.`,
      { version, supported: CURRENT_FORMAT_VERSION },
    );
  }
  return version;
}

/** What a file body holds: the document with each version as its root key, and the blocks as JSON texts. */
export interface DocumentFileParts {
  document: Json;
  blocks: Array<[string, string]>;
}

/**
 * The document and blocks to write. A document validated against a store (validateDocument or
 * readDocumentValue with a store) is not checked again and its known versions are not encoded
 * again; any other document is validated here.
 */
export function documentFileParts(doc: VanBanDocument): DocumentFileParts {
  const known = validatedIn.get(doc);
  const clean = known ? doc : validateDocument(doc);
  const { roots, blocks } = (known ?? new VersionStore()).encode(clean.review.versions);
  const versions = clean.review.versions.map(({ document: _document, ...meta }, index) => ({ ...meta, content: roots[index] }));
  return { document: { ...clean, review: { ...clean.review, versions } }, blocks };
}

/** The "blocks" object's JSON: one block per line under a two-space-indented envelope, or all on one line. */
const blocksTexts = new WeakMap<object, Map<boolean, string>>();

function blocksJson(blocks: ReadonlyArray<[string, string]>, pretty: boolean): string {
  if (blocks.length === 0) return '{}';
  // The same blocks (a store's answer for an unchanged history) are joined once per layout.
  let texts = blocksTexts.get(blocks);
  if (!texts) blocksTexts.set(blocks, (texts = new Map()));
  const known = texts.get(pretty);
  if (known !== undefined) return known;
  const text = joinBlocks(blocks, pretty);
  texts.set(pretty, text);
  return text;
}

function joinBlocks(blocks: ReadonlyArray<[string, string]>, pretty: boolean): string {
  const entries = blocks.map(([key, text]) => `${JSON.stringify(key)}:${pretty ? ' ' : ''}${text}`);
  return pretty ? `{\n    ${entries.join(',\n    ')}\n  }` : `{${entries.join(',')}}`;
}

/**
 * An envelope's text: its fields (ending with the document), then "blocks"; final newline. Pretty:
 * two-space indented with one block per line (the .vanban file); else compact (recovery copies).
 */
export function envelopeText(fields: Json, parts: DocumentFileParts, pretty: boolean): string {
  const head = JSON.stringify({ ...fields, document: parts.document }, null, pretty ? 2 : undefined);
  return `${head.slice(0, pretty ? -2 : -1)},${pretty ? '\n  ' : ''}"blocks":${pretty ? ' ' : ''}${blocksJson(parts.blocks, pretty)}${pretty ? '\n' : ''}}\n`;
}

/**
 * The file text for a document: current version, NFC, XML-legal, two-space indented, final newline.
 * The blocks of the version snapshots follow the document, one per line.
 */
export function serializeDocument(doc: VanBanDocument): string {
  return envelopeText({ format: FILE_FORMAT_NAME, version: CURRENT_FORMAT_VERSION }, documentFileParts(doc), true);
}
