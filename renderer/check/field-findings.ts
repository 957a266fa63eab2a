/**
 * Checker marks on the page's fields (header, summary, legal basis, closing, signature,
 * recipients, appendix titles): the worst severity of the findings about each field path
 * ("summary", "header.place", "recipients.2"…). Fields read their mark from this context and
 * carry it as data-finding next to data-field, their path.
 */
import { createContext, useContext } from 'react';
import type { FindingMark } from '../editor';

export const FieldFindingsContext = createContext<ReadonlyMap<string, FindingMark>>(new Map());

export function useFieldFinding(path: string | undefined): FindingMark | undefined {
  const marks = useContext(FieldFindingsContext);
  return path === undefined ? undefined : marks.get(path);
}

/** Attributes that tie an element to a field path and show its mark. */
export function useFieldAttributes(path: string | undefined): { 'data-field'?: string; 'data-finding'?: FindingMark } {
  const mark = useFieldFinding(path);
  return path === undefined ? {} : { 'data-field': path, 'data-finding': mark };
}
