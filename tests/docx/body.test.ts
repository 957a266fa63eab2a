/**
 * The body: justified paragraphs with a 10 mm first-line indent and 6 pt after, numbering
 * written as text ("I.", "1.", "a)" … "đ)", "-", "+") rather than Word lists, italic legal
 * basis lines, and "./." at the end of the last paragraph.
 */
import { describe, expect, it } from 'vitest';
import { all, first, textOf, textRuns } from '../helpers/docx-xml';
import { clause, dash, para, plus, point, section } from '../fixtures/documents';
import { exportDocx, mainAreas, plan } from './support';

/** A section with five points (the fifth is "đ)") and dash and plus items under the first. */
function fivePointBody() {
  return [
    section('Mục đích, yêu cầu', [
      clause('Yêu cầu', [
        point('Bám sát chỉ đạo của Trung ương.', [dash('Bảo đảm tiến độ:', [plus('Quý I: khảo sát.'), plus('Quý II: thí điểm.')])]),
        point('Phân công rõ trách nhiệm.'),
        point('Bảo đảm kinh phí.'),
        point('Kiểm tra, giám sát.'),
        point('Sơ kết, tổng kết.'),
      ]),
    ]),
    section('Tổ chức thực hiện', [para('Các cơ quan, đơn vị triển khai thực hiện.')]),
  ];
}

async function bodyParagraphs(doc = plan({ body: fivePointBody() })) {
  const { body, document, fmt } = await exportDocx(doc);
  return { document, fmt, paragraphs: mainAreas(body).body.filter((element) => element.name === 'w:p') };
}

describe('DOCX body', () => {
  it('every body paragraph is justified, indented 567 twips (10 mm) on the first line, 6 pt (120) after', async () => {
    const { paragraphs, fmt } = await bodyParagraphs(plan());
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      const props = fmt.paragraph(paragraph);
      expect(props.val('w:jc'), textOf(paragraph)).toBe('both');
      expect(props.val('w:ind', 'w:firstLine'), textOf(paragraph)).toBe('567');
      expect(props.val('w:ind', 'w:hanging'), textOf(paragraph)).toBeUndefined();
      expect(props.val('w:spacing', 'w:after'), textOf(paragraph)).toBe('120');
    }
  });

  it('section headings read "I. " then the title in capitals, all bold', async () => {
    const { paragraphs, fmt } = await bodyParagraphs();
    const headings = paragraphs.filter((p) => /^[IVX]+\. /.test(textOf(p)));
    expect(headings.map(textOf)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. TỔ CHỨC THỰC HIỆN']);
    for (const heading of headings) expect(textRuns(heading).every((run) => fmt.bold(run))).toBe(true);
    const sentence = paragraphs.find((p) => textOf(p) === 'b) Phân công rõ trách nhiệm.')!;
    expect(textRuns(sentence).some((run) => fmt.bold(run))).toBe(false);
  });

  it('writes the numbering as text: "1.", "a)" … "đ)" for the fifth point, "- " and "+ "', async () => {
    const { paragraphs } = await bodyParagraphs();
    const texts = paragraphs.map(textOf);
    expect(texts).toEqual(
      expect.arrayContaining([
        '1. Yêu cầu',
        'a) Bám sát chỉ đạo của Trung ương.',
        '- Bảo đảm tiến độ:',
        '+ Quý I: khảo sát.',
        '+ Quý II: thí điểm.',
        'b) Phân công rõ trách nhiệm.',
        'c) Bảo đảm kinh phí.',
        'd) Kiểm tra, giám sát.',
        'đ) Sơ kết, tổng kết.',
      ]),
    );
    expect(texts.indexOf('đ) Sơ kết, tổng kết.')).toBe(texts.indexOf('d) Kiểm tra, giám sát.') + 1);
  });

  it('uses no Word list numbering (no w:numPr) anywhere in the document', async () => {
    const { document } = await bodyParagraphs();
    expect(all(document, 'w:numPr')).toHaveLength(0);
    const { document: fixture } = await bodyParagraphs(plan());
    expect(all(fixture, 'w:numPr')).toHaveLength(0);
  });

  it('the last paragraph before the signature table is the closing sentence ending with "./."', async () => {
    const { paragraphs } = await bodyParagraphs(plan());
    const last = textOf(paragraphs[paragraphs.length - 1]);
    expect(last).toBe('Trên đây là Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2023./.');
  });

  it('a closing already typed with "." or "./." still ends with a single "./."', async () => {
    for (const closing of ['Đề nghị các đơn vị thực hiện.', 'Đề nghị các đơn vị thực hiện./.']) {
      const { paragraphs } = await bodyParagraphs(plan({ closing }));
      expect(textOf(paragraphs[paragraphs.length - 1])).toBe('Đề nghị các đơn vị thực hiện./.');
    }
  });

  it('legal basis lines come first, italic, ending with ";" and the last with "."', async () => {
    const { paragraphs, fmt } = await bodyParagraphs(plan());
    const basis = paragraphs.slice(0, 2);
    expect(basis.map(textOf)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.',
    ]);
    for (const line of basis) expect(textRuns(line).every((run) => fmt.italic(run))).toBe(true);
    expect(textRuns(paragraphs[2]).some((run) => fmt.italic(run))).toBe(false);
  });

  it('a body table is bordered and as wide as the text', async () => {
    const { body } = await exportDocx(plan());
    const table = mainAreas(body).body.find((element) => element.name === 'w:tbl');
    expect(table).toBeDefined();
    expect(first(table!, 'w:tblW')?.attrs['w:w']).toBe('9355');
    expect(first(first(table!, 'w:tblBorders')!, 'w:insideV')?.attrs['w:val']).toBe('single');
  });
});
