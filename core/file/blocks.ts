/**
 * Content-addressed blocks: how a .vanban file (format 4) stores its version snapshots.
 *
 * A version's content is cut into blocks — every body block (its `children` replaced by the keys
 * of theirs), every appendix (its `body` as keys), every comment, and a root holding the rest with
 * `body`, `appendices` and `comments` as keys. A block's key is the SHA-256 of its JSON text
 * (first 24 hex digits), so a block that did not change between two snapshots is the same key
 * and is stored once: a version costs about what changed since the one before.
 *
 * Decoding checks every key against its text: a block that is missing, altered or of the wrong
 * shape is a `BlockError`, which the file reader reports with the version it belongs to.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Appendix, BodyBlock, DocumentComment, DocumentContent } from '../model/types';

/** Hex digits of SHA-256 kept in a key: 96 bits, far beyond any file's number of blocks. */
const KEY_LENGTH = 24;
const KEY = /^[0-9a-f]{24}$/;

/** SHA-256 hex of the text's UTF-8 bytes. */
export type Sha256Hex = (text: string) => string;

let sha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/** Lets a host use a native SHA-256 (Node's crypto is several times faster than the portable one). */
export function useSha256(hash: Sha256Hex): void {
  sha256Hex = hash;
}

export function blockKey(text: string): string {
  return sha256Hex(text).slice(0, KEY_LENGTH);
}

/** A block that cannot be read back: missing, altered (its text no longer has its key) or of the wrong shape. */
export class BlockError extends Error {
  constructor(
    readonly key: string,
    readonly problem: 'missing' | 'altered' | 'malformed',
  ) {
    super(problem === 'missing' ? `block ${key} is missing` : problem === 'altered' ? `block ${key} was altered (its content no longer matches its key)` : `block ${key} is not a valid block`);
    this.name = 'BlockError';
  }
}

/** Block texts by key: what an encoding adds to, and what a file's "blocks" hold. */
export type BlockTexts = Map<string, string>;

/** A stored block: its JSON text and the keys of the blocks it refers to. */
export interface StoredBlock {
  text: string;
  refs: readonly string[];
}

export interface EncodedContent {
  root: string;
  /** Every block the content uses, root included. */
  blocks: Array<[string, StoredBlock]>;
}

/** Cuts a version's content into blocks. */
export function encodeContent(content: DocumentContent): EncodedContent {
  const blocks: Array<[string, StoredBlock]> = [];
  const put = (value: unknown, refs: readonly string[] = []): string => {
    const text = JSON.stringify(value);
    const key = blockKey(text);
    blocks.push([key, { text, refs }]);
    return key;
  };
  const putBlock = (block: BodyBlock): string => {
    if (!('children' in block)) return put(block);
    const children = block.children.map(putBlock);
    return put({ ...block, children }, children);
  };
  const putAppendix = (appendix: Appendix): string => {
    const body = appendix.body.map(putBlock);
    return put({ ...appendix, body }, body);
  };
  const body = content.body.map(putBlock);
  const appendices = content.appendices.map(putAppendix);
  const comments = content.comments.map((comment) => put(comment));
  // The root keeps the content's field order, with its three lists as keys.
  const root = put({ ...content, body, appendices, comments }, [...body, ...appendices, ...comments]);
  return { root, blocks };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads blocks back from a file's "blocks" object: each key's text is checked once, and a block
 * decoded once is the same object wherever it is used (versions share what they share).
 */
export class BlockReader {
  private readonly checked = new Map<string, unknown>();
  private readonly decodedBlocks = new Map<string, BodyBlock>();
  /** Every block read so far, as a VersionStore keeps it. */
  readonly read = new Map<string, StoredBlock>();

  constructor(private readonly stored: Json) {}

  /** The block's value, its key checked against its text; `refs` are the keys it holds. */
  private value(key: unknown, refs: (value: Json) => unknown = () => []): unknown {
    if (typeof key !== 'string' || !KEY.test(key)) throw new BlockError(String(key), 'malformed');
    if (this.checked.has(key)) return this.checked.get(key);
    if (!Object.hasOwn(this.stored, key)) throw new BlockError(key, 'missing');
    const value = this.stored[key];
    const text = JSON.stringify(value);
    if (blockKey(text) !== key) throw new BlockError(key, 'altered');
    if (!isObject(value)) throw new BlockError(key, 'malformed');
    const held = refs(value);
    if (!Array.isArray(held) || !held.every((ref) => typeof ref === 'string')) throw new BlockError(key, 'malformed');
    this.checked.set(key, value);
    this.read.set(key, { text, refs: held as string[] });
    return value;
  }

  private keys(value: unknown, owner: string): unknown[] {
    if (!Array.isArray(value)) throw new BlockError(owner, 'malformed');
    return value;
  }

  /** A body block with its children, shared between the versions that hold it unchanged. */
  bodyBlock(key: unknown): BodyBlock {
    const known = typeof key === 'string' ? this.decodedBlocks.get(key) : undefined;
    if (known) return known;
    const value = this.value(key, (json) => ('children' in json ? json.children : [])) as Json;
    const block = ('children' in value ? { ...value, children: this.keys(value.children, String(key)).map((child) => this.bodyBlock(child)) } : value) as unknown as BodyBlock;
    this.decodedBlocks.set(key as string, block);
    return block;
  }

  appendix(key: unknown): Appendix {
    const value = this.value(key, (json) => json.body) as Json;
    return { ...value, body: this.keys(value.body, String(key)).map((child) => this.bodyBlock(child)) } as unknown as Appendix;
  }

  /** A version's whole content from its root key (not validated here: see version-content.ts). */
  content(root: unknown): DocumentContent {
    const listed = (json: Json) => [json.body, json.appendices, json.comments].every(Array.isArray) ? [...(json.body as unknown[]), ...(json.appendices as unknown[]), ...(json.comments as unknown[])] : null;
    const value = this.value(root, listed) as Json;
    const key = String(root);
    return {
      ...value,
      body: this.keys(value.body, key).map((child) => this.bodyBlock(child)),
      appendices: this.keys(value.appendices, key).map((child) => this.appendix(child)),
      comments: this.keys(value.comments, key).map((child) => this.value(child) as DocumentComment),
    } as unknown as DocumentContent;
  }
}
