/**
 * Formatting as Word reads it: the effective properties of a paragraph or run after style
 * inheritance (document defaults, paragraph style and its basedOn chain, run style, direct
 * formatting). Property elements merge attribute by attribute; the last definition wins.
 * Table styles are not applied (the writer's tables use none).
 */
import { ancestor, first, kid, kids, val, type XmlElement } from '../helpers/docx-xml';

export class Props {
  constructor(private readonly map: Map<string, Record<string, string>>) {}

  has(name: string): boolean {
    return this.map.has(name);
  }

  attrs(name: string): Record<string, string> | undefined {
    return this.map.get(name);
  }

  val(name: string, attr = 'w:val'): string | undefined {
    return this.map.get(name)?.[attr];
  }

  /** An on/off property (w:b, w:i…): set and not switched off. */
  on(name: string): boolean {
    const attrs = this.map.get(name);
    if (!attrs) return false;
    const value = attrs['w:val'];
    return value === undefined || !['false', '0', 'off'].includes(value);
  }
}

const NESTED = new Set(['w:rPr', 'w:pPr', 'w:sectPr', 'w:pPrChange', 'w:rPrChange', 'w:tabs', 'w:pBdr']);

function mergeInto(map: Map<string, Record<string, string>>, container: XmlElement | undefined): void {
  if (!container) return;
  for (const property of kids(container)) {
    if (NESTED.has(property.name)) continue;
    map.set(property.name, { ...map.get(property.name), ...property.attrs });
  }
}

export class StyleSheet {
  private readonly styles = new Map<string, XmlElement>();
  private readonly defaults: { pPr?: XmlElement; rPr?: XmlElement };
  private readonly defaultParagraphStyle: string | undefined;

  constructor(stylesXml: XmlElement) {
    for (const style of kids(stylesXml, 'w:style')) this.styles.set(`${style.attrs['w:type']}:${style.attrs['w:styleId']}`, style);
    const docDefaults = kid(stylesXml, 'w:docDefaults');
    this.defaults = {
      pPr: docDefaults && first(docDefaults, 'w:pPrDefault') && kid(first(docDefaults, 'w:pPrDefault')!, 'w:pPr'),
      rPr: docDefaults && first(docDefaults, 'w:rPrDefault') && kid(first(docDefaults, 'w:rPrDefault')!, 'w:rPr'),
    };
    this.defaultParagraphStyle = kids(stylesXml, 'w:style').find(
      (style) => style.attrs['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attrs['w:default'] ?? ''),
    )?.attrs['w:styleId'];
  }

  /** A style and the styles it is based on, root first. */
  private chain(type: 'paragraph' | 'character', id: string | undefined): XmlElement[] {
    const out: XmlElement[] = [];
    const seen = new Set<string>();
    for (let current = id; current && !seen.has(current); current = val(this.styles.get(`${type}:${current}`), 'w:basedOn')) {
      seen.add(current);
      const style = this.styles.get(`${type}:${current}`);
      if (!style) throw new Error(`${type} style "${current}" is not defined in styles.xml`);
      out.unshift(style);
    }
    return out;
  }

  private paragraphStyles(paragraph: XmlElement | undefined): XmlElement[] {
    const pStyle = paragraph && val(kid(paragraph, 'w:pPr'), 'w:pStyle');
    return this.chain('paragraph', pStyle ?? this.defaultParagraphStyle);
  }

  paragraph(paragraph: XmlElement): Props {
    const map = new Map<string, Record<string, string>>();
    mergeInto(map, this.defaults.pPr);
    for (const style of this.paragraphStyles(paragraph)) mergeInto(map, kid(style, 'w:pPr'));
    mergeInto(map, kid(paragraph, 'w:pPr'));
    return new Props(map);
  }

  run(run: XmlElement): Props {
    const map = new Map<string, Record<string, string>>();
    mergeInto(map, this.defaults.rPr);
    for (const style of this.paragraphStyles(ancestor(run, 'w:p'))) mergeInto(map, kid(style, 'w:rPr'));
    for (const style of this.chain('character', val(kid(run, 'w:rPr'), 'w:rStyle'))) mergeInto(map, kid(style, 'w:rPr'));
    mergeInto(map, kid(run, 'w:rPr'));
    return new Props(map);
  }

  /** Effective size of a run in points. */
  sizePt(run: XmlElement): number | undefined {
    const sz = this.run(run).val('w:sz');
    return sz === undefined ? undefined : Number(sz) / 2;
  }

  bold(run: XmlElement): boolean {
    return this.run(run).on('w:b');
  }

  italic(run: XmlElement): boolean {
    return this.run(run).on('w:i');
  }

  /** Effective paragraph alignment (w:jc). */
  align(paragraph: XmlElement): string | undefined {
    return this.paragraph(paragraph).val('w:jc');
  }
}
