/** Import: DOCX and plain text → VanBan documents. */
export { importDocx, type DocxImportReport } from './docx-import';
export { importText } from './text-import';
export { recognise, type ImportReport, type ImportResult } from './recognise';
export { parseCode, parsePlaceDate } from './header';
