/**
 * A quick fix (sửa nhanh) split by where it lands: body changes go to the body editor (one
 * undoable step in its history), changes to the other parts (header, summary, signature,
 * recipients…) go to the app's document state.
 */
import type { Fix } from '../../core/check/types';
import { flattenBody, type FlatBlock } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';

export interface FixParts {
  /** The new flat body, or null when the fix leaves the body alone. */
  body: FlatBlock[] | null;
  /** The document with the fixed fields, or null when only the body changed. */
  fields: VanBanDocument | null;
}

const withoutBody = (doc: VanBanDocument) => JSON.stringify({ ...doc, body: null });

/** `current` is the whole document with its body nested from the editor's flat body. */
export function splitFix(current: VanBanDocument, fix: Fix): FixParts {
  const fixed = fix.apply(current);
  const bodyChanged = JSON.stringify(fixed.body) !== JSON.stringify(current.body);
  const fieldsChanged = withoutBody(fixed) !== withoutBody(current);
  return { body: bodyChanged ? flattenBody(fixed.body) : null, fields: fieldsChanged ? fixed : null };
}
