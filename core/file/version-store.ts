/**
 * What a process knows of version snapshots, so that saving does not redo the history.
 *
 * A snapshot never changes once taken: it is known by its id and the hash of its printed content.
 * The store keeps, for every version it has read from a file or checked once, its validated content
 * and its blocks (core/file/blocks.ts). When a document comes back to be saved, a version the store
 * knows is neither validated nor encoded again: only new versions are, once.
 */
import type { DocumentContent, DocumentVersion } from '../model/types';
import { encodeContent, type StoredBlock } from './blocks';
import { VersionContentValidator } from './version-content';

interface KnownVersion {
  hash: string;
  content: DocumentContent;
  /** Root block key, once encoded. */
  root: string | null;
}

export class VersionStore {
  private readonly versions = new Map<string, KnownVersion>();
  private readonly blocks = new Map<string, StoredBlock>();
  readonly validator = new VersionContentValidator();
  private lastEncoding: { rootsKey: string; blocks: Array<[string, string]> } | null = null;

  /** Records a version read from a file: its content (validated) and the blocks it was read from. */
  remember(id: string, hash: string, content: DocumentContent, root: string | null, blocks?: Iterable<[string, StoredBlock]>): void {
    this.versions.set(id, { hash, content, root });
    if (blocks) for (const [key, block] of blocks) this.blocks.set(key, block);
  }

  /** The validated content of a version: the known one for this id and hash, else `raw` checked now (VersionContentError). */
  content(id: string, hash: string, raw: unknown): DocumentContent {
    const known = this.versions.get(id);
    if (known && known.hash === hash) return known.content;
    const content = this.validator.validate(raw);
    this.versions.set(id, { hash, content, root: null });
    return content;
  }

  /** The root block of a version's content, encoding it the first time. */
  private rootOf(version: Pick<DocumentVersion, 'id' | 'hash' | 'document'>): string {
    let known = this.versions.get(version.id);
    if (!known || known.hash !== version.hash) {
      known = { hash: version.hash, content: version.document, root: null };
      this.versions.set(version.id, known);
    }
    if (known.root === null || !this.blocks.has(known.root)) {
      const encoded = encodeContent(known.content);
      for (const [key, block] of encoded.blocks) this.blocks.set(key, block);
      known.root = encoded.root;
    }
    return known.root;
  }

  /**
   * The root key of each version and every block they use (each once, in first-use order): what a
   * file's versions and "blocks" hold.
   */
  encode(versions: readonly Pick<DocumentVersion, 'id' | 'hash' | 'document'>[]): { roots: string[]; blocks: Array<[string, string]> } {
    const roots = versions.map((version) => this.rootOf(version));
    // Saving again with the same history (every autosave between two snapshots) reuses the last answer.
    const rootsKey = roots.join(',');
    if (this.lastEncoding?.rootsKey === rootsKey) return { roots, blocks: this.lastEncoding.blocks };
    const seen = new Set<string>();
    const out: Array<[string, string]> = [];
    const stack = [...roots].reverse();
    while (stack.length > 0) {
      const key = stack.pop() as string;
      if (seen.has(key)) continue;
      seen.add(key);
      const block = this.blocks.get(key);
      if (!block) throw new Error(`Version store: block ${key} is not known`);
      out.push([key, block.text]);
      for (let i = block.refs.length - 1; i >= 0; i--) if (!seen.has(block.refs[i])) stack.push(block.refs[i]);
    }
    this.lastEncoding = { rootsKey, blocks: out };
    return { roots, blocks: out };
  }
}

/**
 * The versions this process has read or checked, shared by the document store (files read and
 * written) and the host contract (documents the UI sends), so a document opened, edited and saved
 * has its history checked once.
 */
export const hostVersionStore = new VersionStore();
