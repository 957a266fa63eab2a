/**
 * A light XML element tree for WordprocessingML parts, parsed with saxes (strict, no external
 * entities). Any DOCTYPE is refused: DOCX parts never carry one, so a DOCTYPE means a hostile file
 * (external entities, entity expansion).
 *
 * Namespaces are normalised: elements and attributes of the known OOXML namespaces (transitional
 * and strict) get their usual prefixes ("w:p", "w:val", "r:id"), whatever prefix the file used.
 */
import { SaxesParser } from 'saxes';
import { DocxReadError } from './errors';
import { DEFAULT_DOCX_LIMITS } from './limits';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.microsoft.com/office/word/2016/wordml/cid': 'w16cid',
  'http://schemas.microsoft.com/office/word/2018/wordml/cex': 'w16cex',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

function qualify(prefix: string, local: string, uri: string): string {
  const known = PREFIXES[uri];
  if (known === 'rel' || known === 'ct') return local;
  if (known) return `${known}:${local}`;
  return prefix ? `${prefix}:${local}` : local;
}

/** Parses one XML part. Throws DocxReadError 'xml-doctype' or 'bad-xml'. */
export function parseXml(text: string, options: { part?: string; maxDepth?: number } = {}): XmlElement {
  const part = options.part ?? 'xml';
  const maxDepth = options.maxDepth ?? DEFAULT_DOCX_LIMITS.maxXmlDepth;
  // Positions are not tracked: they cost a third of the parse and no message needs them.
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: DocxReadError | null = null;

  parser.on('doctype', () => {
    throw new DocxReadError('xml-doctype', `${part} contains a DOCTYPE declaration (refused: DOCX parts never have one)`, { part });
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs[attr.uri ? qualify(attr.prefix, attr.local, attr.uri) : attr.name] = attr.value;
    }
    const element: XmlElement = { name: qualify(tag.prefix, tag.local, tag.uri), attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
    if (stack.length - 1 > maxDepth) {
      throw new DocxReadError('bad-xml', `${part} nests elements deeper than ${maxDepth} levels`, { part, limit: maxDepth });
    }
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (value: string) => {
    const current = stack[stack.length - 1];
    if (current === root) return;
    const last = current.children[current.children.length - 1];
    if (typeof last === 'string') current.children[current.children.length - 1] = last + value;
    else current.children.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    failure ??= new DocxReadError('bad-xml', `${part} is not well-formed XML: ${error.message}`, { part });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('bad-xml', `${part} is not well-formed XML: ${(error as Error).message}`, { part });
  }
  if (failure) throw failure;
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!top) throw new DocxReadError('bad-xml', `${part} has no root element`, { part });
  return top;
}

/** Element children, optionally only those with the given name. */
export function elements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

/** The first element child with the given name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Follows a path of child names: path(tblPr, 'w:tblW'). */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** All descendants with the given name, in document order (iterative, no recursion limit). */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (let i = current.children.length - 1; i >= 0; i--) {
      const c = current.children[i];
      if (typeof c === 'string') continue;
      stack.push(c);
    }
    if (current !== element && current.name === name) out.push(current);
  }
  return out;
}

/** Concatenated character data of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const c of element.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}

/** The w:val attribute of a named child, or undefined. */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs['w:val'];
}
