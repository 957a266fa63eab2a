/** Entry point of the Decree 30 DOCX writer. (Being written; see core/docx/.) */
import type { VanBanDocument } from '../model/types';

/** The DOCX file for a document, as bytes. */
export async function writeDocx(doc: VanBanDocument): Promise<Uint8Array> {
  throw new Error(`writeDocx not implemented yet for ${doc.kind}`);
}
