/** Small immutable updates of the document used by the page's fields. */
import type { DocumentHeader, SignatureBlock, VanBanDocument } from '../../core/model/types';

export type DocumentEdit = (update: (document: VanBanDocument) => VanBanDocument) => void;

export function editFields(edit: DocumentEdit) {
  return {
    set<K extends keyof VanBanDocument>(key: K, value: VanBanDocument[K]) {
      edit((doc) => (doc[key] === value ? doc : { ...doc, [key]: value }));
    },
    header<K extends keyof DocumentHeader>(key: K, value: DocumentHeader[K]) {
      edit((doc) => (doc.header[key] === value ? doc : { ...doc, header: { ...doc.header, [key]: value } }));
    },
    signature<K extends keyof SignatureBlock>(key: K, value: SignatureBlock[K]) {
      edit((doc) => (doc.signature[key] === value ? doc : { ...doc, signature: { ...doc.signature, [key]: value } }));
    },
  };
}

export type Fields = ReturnType<typeof editFields>;
