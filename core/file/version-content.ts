/**
 * Validating the content of version snapshots piece by piece: the head, each top-level body block,
 * each appendix, each comment. A piece is cleaned (NFC, XML-legal) and checked once per object:
 * versions decoded from one file share the objects of the blocks they did not change
 * (core/file/blocks.ts), so thirty versions of a plan are checked for about what changed between them.
 */
import type { z } from 'zod';
import type { DocumentContent } from '../model/types';
import { appendixSchema, bodyBlockSchema, commentSchema, contentHeadSchema, contentKeys } from '../model/schema';
import { describeIssue } from '../model/issues';
import { cleanAllText } from '../model/text';
import { documentTypeById } from '../rules/decree30';

/** A version's content that is not a valid document content; `detail` names the field. */
export class VersionContentError extends Error {
  constructor(readonly detail: string) {
    super(`Invalid version content: ${detail}`);
    this.name = 'VersionContentError';
  }
}

export class VersionContentValidator {
  private readonly checked = new WeakMap<object, unknown>();

  private piece<T>(schema: z.ZodType<T>, value: unknown, path: ReadonlyArray<PropertyKey>): T {
    const memoable = value !== null && typeof value === 'object';
    if (memoable && this.checked.has(value)) return this.checked.get(value) as T;
    const result = schema.safeParse(cleanAllText(value));
    if (!result.success) throw new VersionContentError(describeIssue(result.error.issues[0], path));
    if (memoable) this.checked.set(value, result.data);
    return result.data;
  }

  private list<T>(schema: z.ZodType<T>, value: unknown, path: ReadonlyArray<PropertyKey>): T[] {
    if (!Array.isArray(value)) throw new VersionContentError(`${[...path].join('.')}: expected an array`);
    return value.map((item, index) => this.piece(schema, item, [...path, index]));
  }

  /** The content cleaned and checked (what a version holds); throws VersionContentError. */
  validate(value: unknown): DocumentContent {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new VersionContentError('document: expected an object');
    const { body, appendices, comments, ...head } = value as Record<string, unknown>;
    const pieces: Record<string, unknown> = {
      ...this.piece(contentHeadSchema, head, []),
      body: this.list(bodyBlockSchema, body, ['body']),
      appendices: this.list(appendixSchema, appendices, ['appendices']),
      comments: this.list(commentSchema, comments, ['comments']),
    };
    const content = Object.fromEntries(contentKeys.map((key) => [key, pieces[key]])) as unknown as DocumentContent;
    if (!documentTypeById(content.kind)) throw new VersionContentError(`kind: unknown document type "${content.kind}"`);
    return content;
  }
}
