/**
 * The little of the DOM that paste parsing reads. A browser's DOMParser result satisfies it
 * directly; tests build trees by hand (or with a tiny parser), so the parser runs in node.
 */
export interface HtmlNode {
  /** 1 element, 3 text, 8 comment, 9 document, 11 fragment. */
  nodeType: number;
  /** Upper case for HTML elements ("P", "SPAN"), "#text" for text. Word's "o:p" stays as written. */
  nodeName: string;
  childNodes: ArrayLike<HtmlNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const tagOf = (node: HtmlNode): string => node.nodeName.toLowerCase();

export const attr = (node: HtmlNode, name: string): string | null => (node.getAttribute ? node.getAttribute(name) : null);

/** Inline style declarations, lower-cased names: "font-weight:bold; mso-list:l0 level1 lfo1". */
export function styleOf(node: HtmlNode): Map<string, string> {
  const style = new Map<string, string>();
  const raw = attr(node, 'style');
  if (!raw) return style;
  for (const declaration of raw.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase();
    if (name) style.set(name, value);
  }
  return style;
}

export function* childrenOf(node: HtmlNode): Iterable<HtmlNode> {
  const list = node.childNodes;
  for (let i = 0; i < list.length; i++) yield list[i];
}
