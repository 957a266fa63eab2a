/**
 * The document as the page view and side panel draw it. Typing in a commented block moves comment
 * anchors, which gives a new document object on each keystroke; those views never show comments,
 * so they keep the previous object while nothing else changed (their memoisation holds).
 */
import { useRef } from 'react';
import type { VanBanDocument } from '../../core/model/types';

function sameExceptComments(a: VanBanDocument, b: VanBanDocument): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as Array<keyof VanBanDocument>;
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((key) => key === 'comments' || a[key] === b[key]);
}

export function useDocumentView(doc: VanBanDocument): VanBanDocument {
  const last = useRef(doc);
  if (!sameExceptComments(last.current, doc)) last.current = doc;
  return last.current;
}
