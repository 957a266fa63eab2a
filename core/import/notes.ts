/**
 * The import report's notes: each guess the importer was unsure of, with its place, so the clerk
 * can check it. The renderer translates them by code (renderer/i18n, `importNotes.<code>`); the
 * CLI prints the English sentence below.
 */

export type ImportNoteCode =
  | 'page-furniture'
  | 'joined-across-page'
  | 'table-from-text'
  | 'section-number'
  | 'closing-unmarked'
  | 'closing-in-item'
  | 'tail-kept'
  | 'kind-conflict'
  | 'addressees-in-typed'
  | 'agency-code-from-archive'
  | 'reference-kept'
  | 'legacy-vn1';

export type ImportNotePart = 'page' | 'header' | 'body' | 'closing' | 'signature' | 'recipients' | 'appendix';

export interface ImportNote {
  code: ImportNoteCode;
  /** Where: the part of the document, and the text there (its start) as the source wrote it. */
  place: { part: ImportNotePart; text: string; page?: number };
  params: Record<string, string | number>;
}

const ENGLISH: Record<ImportNoteCode, (p: Record<string, string | number>) => string> = {
  'page-furniture': () => 'A page number or running head/foot was left out',
  'joined-across-page': () => 'A paragraph broken by a page break was joined',
  'table-from-text': (p) => `Text lines were read as a table (${p.rows} rows, ${p.columns} columns)`,
  'section-number': (p) => `Section "${p.written}." is numbered "${p.printed}." by position; the source's number is shown to fix`,
  'closing-unmarked': () => 'The closing sentence had no "./." mark; the writer adds it.',
  'closing-in-item': () => 'The closing mark "./." ended a list item; the item was kept and the mark left to the writer.',
  'tail-kept': (p) => `${p.count} unrecognised line(s) around the signature were kept at the end of the body.`,
  'kind-conflict': (p) => `The type name says ${p.title} but the code says ${p.code}; the type name was used.`,
  'addressees-in-typed': () => 'A typed document had "Kính gửi:" addressees.',
  'agency-code-from-archive': (p) => `The agency code "${p.code}" was taken from the archive line`,
  'reference-kept': () => 'The appendix reference line is kept as the source wrote it',
  'legacy-vn1': (p) => `${p.count} capital letter(s) in the TCVN3 VN1 positions were read`,
};

/** "note text (at <part>: "<text>")" for the CLI and the English warnings list. */
export function noteSentence(note: ImportNote): string {
  const where = note.place.text ? ` (${note.place.part}${note.place.page !== undefined ? ` page ${note.place.page}` : ''}: "${excerpt(note.place.text)}")` : '';
  return `${ENGLISH[note.code](note.params)}${where}`;
}

export function excerpt(text: string, length = 60): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

export function makeNote(code: ImportNoteCode, part: ImportNotePart, text: string, params: Record<string, string | number> = {}, page?: number): ImportNote {
  const place: ImportNote['place'] = { part, text: excerpt(text) };
  if (page !== undefined) place.page = page;
  return { code, place, params };
}
