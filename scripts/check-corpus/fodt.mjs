/**
 * A small writer of flat OpenDocument text (.fodt) for the checker corpus: paragraphs with their
 * own formatting, borderless two-column tables (header, signature), data tables, page styles
 * (portrait main pages with a page number from page 2, a landscape page style for appendices)
 * and LibreOffice list styles (Word numbering once converted to DOCX).
 *
 * Document description (plain objects):
 *   { page: {...}, landscape: {...}, numbering: bool, defaults: { font, size, color }, blocks: [...] }
 * Blocks:
 *   { p: 'text' | [{ text, bold, italic, font, size, color }], ...paragraph props }
 *   { table: 'layout', cells: [[block…], [block…]], widths: [cm, cm] }
 *   { table: 'data', rows: [[text…]…], header: 1 }
 * Paragraph props: align, indent (cm), before/after (pt), line (1.0…, lines) or lineExact (pt),
 *   size, bold, italic, font, color, rule (a bottom border, with ruleInset cm on each side),
 *   list (level 1–3, Word numbering), landscape (starts the landscape pages), portrait.
 */

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(' ');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with runs of spaces kept (text:s) and tabs (text:tab). */
function textXml(text) {
  return escape(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
}

function fontFaces(fonts) {
  return [...fonts].map((font) => `<style:font-face style:name="${escape(font)}" svg:font-family="'${escape(font)}'" style:font-family-generic="roman" style:font-pitch="variable"/>`).join('');
}

function textProps({ font, size, bold, italic, color }) {
  const attrs = [];
  if (font) attrs.push(`style:font-name="${escape(font)}" style:font-name-asian="${escape(font)}" style:font-name-complex="${escape(font)}"`);
  if (size) attrs.push(`fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"`);
  if (bold !== undefined) attrs.push(`fo:font-weight="${bold ? 'bold' : 'normal'}" style:font-weight-asian="${bold ? 'bold' : 'normal'}" style:font-weight-complex="${bold ? 'bold' : 'normal'}"`);
  if (italic !== undefined) attrs.push(`fo:font-style="${italic ? 'italic' : 'normal'}" style:font-style-asian="${italic ? 'italic' : 'normal'}" style:font-style-complex="${italic ? 'italic' : 'normal'}"`);
  if (color) attrs.push(`fo:color="#${color}"`);
  return attrs.length ? `<style:text-properties ${attrs.join(' ')}/>` : '';
}

const ALIGN = { center: 'center', justify: 'justify', left: 'start', right: 'end' };

function paragraphProps(p) {
  const attrs = [];
  if (p.align) attrs.push(`fo:text-align="${ALIGN[p.align]}"`);
  if (p.indent !== undefined) attrs.push(`fo:text-indent="${p.indent}cm"`);
  attrs.push(`fo:margin-top="${p.before ?? 0}pt" fo:margin-bottom="${p.after ?? 0}pt"`);
  if (p.rule) attrs.push(`fo:border-bottom="0.5pt solid #000000" fo:padding="0cm" fo:margin-left="${p.ruleInset ?? 2}cm" fo:margin-right="${p.ruleInset ?? 2}cm"`);
  else attrs.push('fo:margin-left="0cm" fo:margin-right="0cm"');
  if (p.lineExact) attrs.push(`style:line-height-at-least="${p.lineExact}pt"`);
  else attrs.push(`fo:line-height="${Math.round((p.line ?? 1) * 100)}%"`);
  return `<style:paragraph-properties ${attrs.join(' ')}/>`;
}

export function buildFodt(doc) {
  const fonts = new Set([doc.defaults.font]);
  const paragraphStyles = new Map();
  const textStyles = new Map();
  const styleOf = (p) => {
    const key = JSON.stringify([p.align, p.indent, p.before, p.after, p.rule, p.ruleInset, p.line, p.lineExact, p.size, p.bold, p.italic, p.font, p.color, p.landscape, p.portrait, p.list ? 1 : 0]);
    if (!paragraphStyles.has(key)) {
      const name = `P${paragraphStyles.size + 1}`;
      if (p.font) fonts.add(p.font);
      const master = p.landscape ? ' style:master-page-name="Landscape"' : p.portrait ? ' style:master-page-name="Standard"' : '';
      const list = p.list ? ' style:list-style-name="LH"' : '';
      paragraphStyles.set(key, `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${master}${list}>${paragraphProps(p)}${textProps(p)}</style:style>`);
    }
    return paragraphStyles.get(key).match(/style:name="(P\d+)"/)[1];
  };
  const runStyle = (run) => {
    const key = JSON.stringify([run.font, run.size, run.bold, run.italic, run.color]);
    if (!textStyles.has(key)) {
      if (run.font) fonts.add(run.font);
      textStyles.set(key, `<style:style style:name="T${textStyles.size + 1}" style:family="text">${textProps(run)}</style:style>`);
    }
    return textStyles.get(key).match(/style:name="(T\d+)"/)[1];
  };

  const paragraph = (p) => {
    const runs = typeof p.p === 'string' ? [{ text: p.p }] : p.p;
    const content = runs
      .map((run) => {
        const own = run.font || run.size || run.bold !== undefined || run.italic !== undefined || run.color;
        return own ? `<text:span text:style-name="${runStyle(run)}">${textXml(run.text)}</text:span>` : textXml(run.text);
      })
      .join('');
    const xml = `<text:p text:style-name="${styleOf(p)}">${content}</text:p>`;
    if (!p.list) return xml;
    // Word numbering: level n is n nested lists, each continuing the one numbering.
    let out = xml;
    for (let level = p.list; level > 1; level--) out = `<text:list><text:list-item>${out}</text:list-item></text:list>`;
    return `<text:list text:style-name="LH" text:continue-numbering="true"><text:list-item>${out}</text:list-item></text:list>`;
  };

  let tableCount = 0;
  const table = (t) => {
    tableCount += 1;
    const name = `Table${tableCount}`;
    const rows = t.table === 'layout' ? [t.cells] : t.rows.map((row) => row.map((text) => [{ p: text, align: 'center', size: t.size ?? 13, bold: undefined }]));
    const columns = rows[0].length;
    const widths = t.widths ?? Array.from({ length: columns }, () => 16 / columns);
    const border = t.table === 'data' ? '0.5pt solid #000000' : 'none';
    const styles = [
      `<style:style style:name="${name}" style:family="table"${tableCount === 1 ? ' style:master-page-name="First_20_Page"' : ''}><style:table-properties style:width="${widths.reduce((a, b) => a + b, 0)}cm" table:align="${t.table === 'data' ? 'center' : 'left'}"/></style:style>`,
      ...widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`),
      `<style:style style:name="${name}.cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="${border}"/></style:style>`,
    ];
    const headerRows = t.table === 'data' ? (t.header ?? 1) : 0;
    const rowXml = (row) => `<table:table-row>${row.map((cell) => `<table:table-cell table:style-name="${name}.cell" office:value-type="string">${cell.map(block).join('')}</table:table-cell>`).join('')}</table:table-row>`;
    const body = [
      widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join(''),
      headerRows ? `<table:table-header-rows>${rows.slice(0, headerRows).map(rowXml).join('')}</table:table-header-rows>` : '',
      rows.slice(headerRows).map(rowXml).join(''),
    ].join('');
    return { styles, xml: `<table:table table:name="${name}" table:style-name="${name}">${body}</table:table>` };
  };

  const tableStyles = [];
  const block = (b) => {
    if (b.table) {
      const built = table(b);
      tableStyles.push(...built.styles);
      return built.xml;
    }
    return paragraph(b);
  };
  const body = doc.blocks.map(block).join('\n');

  const margins = (m) => `fo:margin-top="${m.top}mm" fo:margin-bottom="${m.bottom}mm" fo:margin-left="${m.left}mm" fo:margin-right="${m.right}mm"`;
  const pageLayout = (name, g, landscape) => {
    const [w, h] = landscape ? [g.height ?? 297, g.width ?? 210] : [g.width ?? 210, g.height ?? 297];
    // The header sits inside the top margin: LibreOffice adds its height to the page's top margin on export.
    const header = g.header ? { ...g.margins, top: g.margins.top - g.header } : g.margins;
    const headerStyle = g.header ? `<style:header-style><style:header-footer-properties fo:min-height="${g.header}mm" fo:margin-bottom="2mm" fo:margin-left="0cm" fo:margin-right="0cm" style:dynamic-spacing="false"/></style:header-style>` : '';
    return `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${w}mm" fo:page-height="${h}mm" style:print-orientation="${landscape ? 'landscape' : 'portrait'}" ${margins(header)}/>${headerStyle}</style:page-layout>`;
  };
  const numberHeader = (g) => (g.header ? `<style:header><text:p text:style-name="PageNumber"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>` : '');
  const levels = [
    ['I', '.', 'bold'],
    ['1', '.', 'bold'],
    ['a', ')', 'normal'],
  ];
  const listStyle = `<text:list-style style:name="LH">${levels
    .map(
      ([format, suffix], i) =>
        `<text:list-level-style-number text:level="${i + 1}" style:num-suffix="${suffix}" style:num-format="${format}" text:display-levels="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number>`,
    )
    .join('')}</text:list-style>`;
  const d = doc.defaults;

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>${fontFaces(fonts)}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">${textProps({ font: d.font, size: d.size })}<style:paragraph-properties fo:orphans="2" fo:widows="2"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">${textProps({ font: d.font, size: d.size, color: d.color })}</style:style>
<style:style style:name="PageNumber" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>${textProps({ size: doc.page.numberSize ?? 13 })}</style:style>
${listStyle}
</office:styles>
<office:automatic-styles>
${[...paragraphStyles.values(), ...textStyles.values(), ...tableStyles].join('\n')}
${pageLayout('pmPortrait', doc.page, doc.page.orientation === 'landscape')}
${doc.landscape ? pageLayout('pmLandscape', { ...doc.page, margins: doc.landscape.margins, header: doc.landscape.header }, true) : ''}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmPortrait" style:next-style-name="Standard"/>
<style:master-page style:name="Standard" style:page-layout-name="pmPortrait">${numberHeader(doc.page)}</style:master-page>
${doc.landscape ? `<style:master-page style:name="Landscape" style:page-layout-name="pmLandscape">${numberHeader(doc.landscape)}</style:master-page>` : ''}
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}
