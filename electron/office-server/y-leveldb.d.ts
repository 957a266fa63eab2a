/**
 * The part of y-leveldb 0.2 the office server uses. Its own typings (dist/src/y-leveldb.d.ts) are
 * not reachable through its package.json "exports" under moduleResolution "Bundler".
 */
declare module 'y-leveldb' {
  import type * as Y from 'yjs';

  export class LeveldbPersistence {
    constructor(location: string, options?: { Level?: unknown; levelOptions?: object });
    /** Runs `f` with the database after every earlier operation; errors are logged and give null. */
    _transact<T>(f: (db: any) => Promise<T>): Promise<T | null>;
    getYDoc(docName: string): Promise<Y.Doc | null>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number | null>;
    flushDocument(docName: string): Promise<void>;
    destroy(): Promise<void>;
  }
}
