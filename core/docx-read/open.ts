/**
 * One call from .docx bytes to everything a reader needs: the package, the parsed main document,
 * styles, numbering and the walked body.
 */
import { walkBody, type DocxBody } from './body';
import type { DocxReadLimits } from './limits';
import { resolveLimits } from './limits';
import { readNumbering, type NumberingDefinitions } from './numbering';
import { readDocxPackage, relatedPart, type DocxPackage } from './package';
import { createStyleResolver, type StyleResolver } from './styles';
import { parseXml, type XmlElement } from './xml';

export interface OpenedDocx {
  pkg: DocxPackage;
  document: XmlElement;
  styles: StyleResolver;
  numbering: NumberingDefinitions;
  body: DocxBody;
  /** Parses another XML part of the package by path (undefined when absent). */
  part(path: string): XmlElement | undefined;
}

export function openDocx(bytes: Uint8Array, limits?: Partial<DocxReadLimits>): OpenedDocx {
  const limit = resolveLimits(limits);
  const pkg = readDocxPackage(bytes, limit);
  const part = (path: string): XmlElement | undefined => {
    const text = pkg.parts.get(path);
    return text === undefined ? undefined : parseXml(text, { part: path, maxDepth: limit.maxXmlDepth });
  };
  const document = part(pkg.mainDocumentPath)!;
  const stylesPath = relatedPart(pkg, pkg.mainDocumentPath, 'styles') ?? 'word/styles.xml';
  const numberingPath = relatedPart(pkg, pkg.mainDocumentPath, 'numbering') ?? 'word/numbering.xml';
  const styles = createStyleResolver(part(stylesPath));
  const numbering = readNumbering(part(numberingPath));
  return { pkg, document, styles, numbering, body: walkBody(document, styles), part };
}
