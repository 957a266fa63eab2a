import { describe, expect, it } from 'vitest';
import { openDocx, type DocxParagraph, type DocxTable } from '../../core/docx-read';
import { documentXml, makePackage, numberingXml, stylesXml } from './make-package';

const STYLES = stylesXml(`
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Quiet"><w:name w:val="Quiet"/><w:basedOn w:val="Heading1"/><w:rPr><w:b w:val="0"/><w:i/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>`);

const NUMBERING = numberingXml(`
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);

function open(body: string) {
  return openDocx(makePackage({ 'word/document.xml': documentXml(body), 'word/styles.xml': STYLES, 'word/numbering.xml': NUMBERING }));
}

const para = (pPr: string, runs: string) => `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
const numbered = (ilvl: number, text: string) => para(`<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`, `<w:r><w:t>${text}</w:t></w:r>`);

describe('styles and body walk', () => {
  it('resolves run properties through defaults, paragraph style chain, character style and direct formatting', () => {
    const { body } = open(
      para('<w:pStyle w:val="Heading1"/>', '<w:r><w:t>A</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>B</w:t></w:r>') +
        para('<w:pStyle w:val="Quiet"/>', '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>C</w:t></w:r>') +
        para('', '<w:r><w:t>D</w:t></w:r>'),
    );
    const [h, q, n] = body.blocks as DocxParagraph[];
    expect(h.props.alignment).toBe('center');
    expect(h.props.spacingAfter).toBe(120);
    expect(h.runs.map((r) => [r.text, r.props.bold, r.props.fontAscii, r.props.sizeHalfPoints])).toEqual([
      ['A', true, 'Times New Roman', 28],
      ['B', false, 'Times New Roman', 28],
    ]);
    expect(q.runs[0].props).toMatchObject({ bold: false, italic: true, underline: true });
    expect(q.props.numbering).toEqual({ numId: '1', ilvl: 0 });
    expect(n.props).toMatchObject({ styleId: 'Normal', alignment: 'both' });
    expect(n.runs[0].props.bold).toBeUndefined();
  });

  it('labels Word numbering as Word shows it: I., 1., a), bullets; deeper levels restart', () => {
    const opened = open(
      numbered(0, 'Mục đích') + numbered(1, 'x') + numbered(2, 'p') + numbered(2, 'q') + numbered(3, 'dash') +
        numbered(1, 'y') + numbered(2, 'r') + numbered(0, 'Nội dung') + numbered(1, 'z'),
    );
    const counter = opened.numbering.counter();
    const labels = (opened.body.blocks as DocxParagraph[]).map((p) => counter.next(p.props.numbering!)!.label);
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', '-', '2.', 'a)', 'II.', '1.']);
    expect(opened.numbering.level({ numId: '1', ilvl: 3 })?.numFmt).toBe('bullet');
  });

  it('reads text in hyperlinks, content controls and insertions, but not deletions or field codes; tabs and breaks', () => {
    const { body } = open(
      '<w:p><w:hyperlink><w:r><w:t>a</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>b</w:t></w:r></w:sdtContent></w:sdt>' +
        '<w:ins><w:r><w:t>c</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:tab/><w:t>d</w:t><w:br/><w:t>e</w:t></w:r></w:p>',
    );
    expect((body.blocks[0] as DocxParagraph).text).toBe('abc7\td\ne');
  });

  it('reads tables: grid widths, header rows, spans, vertical merges and nested cell paragraphs', () => {
    const { body } = open(`<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>
      <w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/></w:tblGrid>
      <w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>
    </w:tbl><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>`);
    const table = body.blocks[0] as DocxTable;
    expect(table.grid).toEqual([1000, 3000, 2000]);
    expect(table.bordered).toBe(true);
    expect(table.rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(table.rows[0].cells[1].gridSpan).toBe(2);
    expect(table.rows.map((r) => r.cells[0].vMerge)).toEqual([null, 'restart', 'continue']);
    expect(table.rows[1].cells[1].content.map((b) => (b as DocxParagraph).text)).toEqual(['x', 'y']);
    expect(body.finalSection?.orientation).toBe('landscape');
  });
});
