/**
 * Whether the document on screen may be edited: an approved or issued document is read-only (its
 * fields, lists, appendices, side panel and body), while its text can still be selected and
 * commented on. Provided by the editor screen.
 */
import { createContext, useContext } from 'react';

export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
