/** Builds small .docx packages by hand (fflate), so reader tests control every byte. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

/** A document.xml around the given body XML (w: prefix bound). */
export function documentXml(bodyXml: string, prefix = 'w'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${W_NS}"><${prefix}:body>${bodyXml}</${prefix}:body></${prefix}:document>`;
}

export function stylesXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${inner}</w:styles>`;
}

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`;
}

/** A zip with the standard package parts plus `parts` (text or bytes); `omit` drops standard parts. */
export function makePackage(parts: Record<string, string | Uint8Array>, omit: string[] = []): Uint8Array {
  const files: Zippable = {};
  const standard: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOC_RELS,
  };
  for (const [name, text] of Object.entries(standard)) if (!omit.includes(name)) files[name] = strToU8(text);
  for (const [name, value] of Object.entries(parts)) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files);
}
