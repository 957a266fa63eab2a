/**
 * Reading a .docx in tests: unzip with jszip, parse a part into a small element tree (no DOM),
 * and query it by tag name, attribute and text.
 *
 *   const docx = await openDocx(await writeDocx(doc));
 *   const body = docx.xml('word/document.xml');
 *   for (const p of all(body, 'w:p')) textOf(p);
 *
 * The parser handles what WordprocessingML parts contain: elements, attributes, text, the five
 * predefined entities and numeric character references, comments, processing instructions.
 */
import JSZip from 'jszip';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
}

export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (match, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? match;
  });
}

/** Parses an XML document into its root element; throws on mismatched tags. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], parent: null };
  let current = root;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(text)) !== null) {
    const [, cdata, closing, name, attrText, selfClosing, chars] = match;
    if (cdata !== undefined) {
      current.children.push(cdata);
    } else if (chars !== undefined) {
      current.children.push(decodeEntities(chars));
    } else if (name !== undefined) {
      if (closing) {
        if (current.name !== name) throw new Error(`XML: </${name}> closes <${current.name}>`);
        current = current.parent!;
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      const element: XmlElement = { name, attrs, children: [], parent: current };
      current.children.push(element);
      if (!selfClosing) current = element;
    }
  }
  if (current !== root) throw new Error(`XML: <${current.name}> is never closed`);
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!top) throw new Error('XML: no root element');
  return top;
}

/** Child elements, optionally only those named `name`. */
export function kids(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

export function kid(element: XmlElement, name: string): XmlElement | undefined {
  return kids(element, name)[0];
}

/** Descendant elements named `name`, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of kids(node)) {
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(element);
  return out;
}

export function first(element: XmlElement, name: string): XmlElement | undefined {
  return all(element, name)[0];
}

/** Nearest ancestor named `name`. */
export function ancestor(element: XmlElement, name: string): XmlElement | undefined {
  for (let node = element.parent; node; node = node.parent) if (node.name === name) return node;
  return undefined;
}

/** The visible text of an element: its w:t contents, w:tab as "\t", w:br as "\n". */
export function textOf(element: XmlElement): string {
  let out = '';
  const visit = (node: XmlElement): void => {
    if (node.name === 'w:t') {
      out += node.children.filter((c): c is string => typeof c === 'string').join('');
      return;
    }
    if (node.name === 'w:tab' && node.parent?.name === 'w:r') out += '\t';
    if (node.name === 'w:br') out += '\n';
    for (const child of kids(node)) visit(child);
  };
  visit(element);
  return out;
}

/** Character data directly inside an element (for w:instrText and the like). */
export function charsOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/** w:val (or another attribute) of the child `name`, undefined when the child is absent. */
export function val(element: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  if (!element) return undefined;
  return kid(element, name)?.attrs[attr];
}

/** An on/off property (w:b, w:i, w:titlePg…): present and not switched off by w:val. */
export function isOn(properties: XmlElement | undefined, name: string): boolean {
  const element = properties && kid(properties, name);
  if (!element) return false;
  const value = element.attrs['w:val'];
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** Runs of a paragraph that carry text (w:t with at least one character). */
export function textRuns(element: XmlElement): XmlElement[] {
  return all(element, 'w:r').filter((run) => textOf(run).length > 0);
}





/** The parts of an unzipped package, parsed on demand. */
export interface Docx {
  names: string[];
  has(name: string): boolean;
  text(name: string): string;
  xml(name: string): XmlElement;
}

export async function openDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) texts.set(name, await file.async('string'));
  }
  const parsed = new Map<string, XmlElement>();
  const text = (name: string): string => {
    const value = texts.get(name);
    if (value === undefined) throw new Error(`No part ${name} in the package (has: ${[...texts.keys()].join(', ')})`);
    return value;
  };
  return {
    names: [...texts.keys()].sort(),
    has: (name) => texts.has(name),
    text,
    xml(name) {
      let element = parsed.get(name);
      if (!element) {
        element = parseXml(text(name));
        parsed.set(name, element);
      }
      return element;
    },
  };
}

/** The part a relationship id of word/document.xml points to, e.g. "word/header1.xml". */
export function relationshipTarget(docx: Docx, id: string, rels = 'word/_rels/document.xml.rels'): string {
  const relationship = kids(docx.xml(rels), 'Relationship').find((r) => r.attrs.Id === id);
  if (!relationship) throw new Error(`No relationship ${id} in ${rels}`);
  const target = relationship.attrs.Target;
  return target.startsWith('/') ? target.slice(1) : `word/${target}`;
}
