/** Typed access to the Decree 30 layout data (core/data/decree30.json). */
import rules from '../data/decree30.json';
import documentTypes from '../data/document-types.json';

export type Decree30Rules = typeof rules;
export const DECREE30: Decree30Rules = rules;

export interface DocumentTypeInfo {
  id: string;
  /** Appendix III abbreviation ("KH", "QĐ"); null for Công văn. */
  abbreviation: string | null;
  name: string;
  /** Type name as printed, CAPS; null for Công văn. */
  typeName: string | null;
}

export const DOCUMENT_TYPES: readonly DocumentTypeInfo[] = documentTypes.types;

export function documentTypeById(id: string): DocumentTypeInfo | undefined {
  return DOCUMENT_TYPES.find((t) => t.id === id);
}

export function documentTypeByAbbreviation(abbreviation: string): DocumentTypeInfo | undefined {
  return DOCUMENT_TYPES.find((t) => t.abbreviation === abbreviation);
}
