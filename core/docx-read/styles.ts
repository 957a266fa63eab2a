/**
 * Effective properties through the style hierarchy:
 *   docDefaults → paragraph style (basedOn chain, or the default paragraph style) → direct pPr
 *   docDefaults → paragraph style's rPr chain → character style chain → direct rPr
 */
import { readParagraphProps, readRunProps, type ParagraphProps, type RunProps } from './properties';
import { child, elements, path, val, type XmlElement } from './xml';

interface StyleEntry {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  pPr: ParagraphProps;
  rPr: RunProps;
}

export interface StyleResolver {
  /** Effective paragraph properties of a paragraph with this w:pPr. */
  paragraph(pPr: XmlElement | undefined): ParagraphProps;
  /** Effective run properties of a run with this w:rPr inside a paragraph of `paragraphStyleId`. */
  run(paragraphStyleId: string | undefined, rPr: XmlElement | undefined): RunProps;
  /** The style's display name ("heading 1"), if it exists. */
  styleName(styleId: string): string | undefined;
}

const MAX_CHAIN = 32;

export function createStyleResolver(styles: XmlElement | undefined): StyleResolver {
  const byId = new Map<string, StyleEntry>();
  let defaultParagraphStyle: string | undefined;
  for (const style of elements(styles, 'w:style')) {
    const id = style.attrs['w:styleId'] ?? '';
    const type = style.attrs['w:type'] ?? 'paragraph';
    byId.set(id, {
      id,
      type,
      name: val(style, 'w:name') ?? id,
      basedOn: val(style, 'w:basedOn'),
      pPr: readParagraphProps(child(style, 'w:pPr')),
      rPr: readRunProps(child(style, 'w:rPr')),
    });
    const isDefault = style.attrs['w:default'];
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
  }
  const defaults = path(styles, 'w:docDefaults');
  const pDefault = readParagraphProps(path(defaults, 'w:pPrDefault', 'w:pPr'));
  const rDefault = readRunProps(path(defaults, 'w:rPrDefault', 'w:rPr'));

  /** The chain from the root ancestor down to the style itself. */
  function chain(styleId: string | undefined): StyleEntry[] {
    const out: StyleEntry[] = [];
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id) && out.length < MAX_CHAIN) {
      seen.add(id);
      const entry = byId.get(id);
      if (!entry) break;
      out.unshift(entry);
      id = entry.basedOn;
    }
    return out;
  }

  return {
    paragraph(pPr) {
      const direct = readParagraphProps(pPr);
      const styleId = direct.styleId ?? defaultParagraphStyle;
      const merged: ParagraphProps = { ...pDefault };
      for (const entry of chain(styleId)) Object.assign(merged, entry.pPr);
      Object.assign(merged, direct);
      if (styleId !== undefined) merged.styleId = styleId;
      return merged;
    },
    run(paragraphStyleId, rPr) {
      const direct = readRunProps(rPr);
      const merged: RunProps = { ...rDefault };
      for (const entry of chain(paragraphStyleId ?? defaultParagraphStyle)) Object.assign(merged, entry.rPr);
      for (const entry of chain(direct.characterStyleId)) Object.assign(merged, entry.rPr);
      Object.assign(merged, direct);
      return merged;
    },
    styleName(styleId) {
      return byId.get(styleId)?.name;
    },
  };
}
