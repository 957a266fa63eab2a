/**
 * A small HTML parser for tests: builds HtmlNode trees (the interface paste parsing reads) from
 * markup as Word and browsers put it on the clipboard — quoted and unquoted attributes, entities,
 * comments and Word's <![if …]> marks, void elements, and the implied ends of <p>, <li>, <td>
 * and <tr>. The browser uses its own DOMParser; this only lets node tests read real fixtures.
 */
import type { HtmlNode } from '../../../renderer/editor/paste/html-node';

class TextNode implements HtmlNode {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  readonly childNodes: HtmlNode[] = [];
  constructor(public textContent: string) {}
}

class CommentNode implements HtmlNode {
  readonly nodeType = 8;
  readonly nodeName = '#comment';
  readonly childNodes: HtmlNode[] = [];
  constructor(public textContent: string) {}
}

class ElementNode implements HtmlNode {
  readonly nodeType: number;
  readonly childNodes: HtmlNode[] = [];
  constructor(
    readonly nodeName: string,
    private readonly attributes: Map<string, string>,
    nodeType = 1,
  ) {
    this.nodeType = nodeType;
  }
  get textContent(): string {
    return this.childNodes.map((c) => (c.nodeType === 8 ? '' : c.textContent ?? '')).join('');
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
}

const VOID = new Set(['br', 'img', 'meta', 'link', 'hr', 'input', 'col', 'area', 'base', 'wbr']);
const CLOSES_P = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'li', 'pre', 'blockquote']);
const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·', bull: '•', ndash: '–' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w:.-]*)\s*>|<([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;

/** The document body (or a fragment holding everything when there is no <body>). */
export function parseHtml(html: string): HtmlNode {
  const root = new ElementNode('#document-fragment', new Map(), 11);
  const stack: ElementNode[] = [root];
  const top = () => stack[stack.length - 1];
  const tagOfTop = () => top().nodeName.toLowerCase();
  const closeTo = (tag: string) => {
    const index = stack.map((e) => e.nodeName.toLowerCase()).lastIndexOf(tag);
    if (index > 0) stack.length = index;
  };
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, opening, attrs, selfClosing] = match;
    if (token.startsWith('<!')) {
      top().childNodes.push(new CommentNode(token));
    } else if (closing) {
      closeTo(closing.toLowerCase());
    } else if (opening) {
      const tag = opening.toLowerCase();
      if (CLOSES_P.has(tag) && tagOfTop() === 'p') stack.pop();
      if (tag === 'li' && tagOfTop() === 'li') stack.pop();
      if ((tag === 'td' || tag === 'th') && ['td', 'th'].includes(tagOfTop())) stack.pop();
      if (tag === 'tr') {
        if (['td', 'th'].includes(tagOfTop())) stack.pop();
        if (tagOfTop() === 'tr') stack.pop();
      }
      const element = new ElementNode(opening.toUpperCase(), parseAttributes(attrs ?? ''));
      top().childNodes.push(element);
      if (!VOID.has(tag) && !selfClosing) stack.push(element);
    } else {
      top().childNodes.push(new TextNode(decodeEntities(token)));
    }
  }
  const find = (node: HtmlNode): HtmlNode | null => {
    if (node.nodeName === 'BODY') return node;
    for (const child of Array.from(node.childNodes)) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  return find(root) ?? root;
}
