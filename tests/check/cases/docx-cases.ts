/**
 * One planted fault per DOCX rule: our writer's export of a clean document, one edit of its XML,
 * and the rule that must find it. `also` lists rules the same edit rightly triggers too.
 */
import type { VanBanDocument } from '../../../core/model/types';
import { makeLetter, makePlan } from '../../fixtures/documents';
import { edit, type DocxParts } from '../helpers';

export interface DocxCase {
  rule: string;
  name: string;
  base: () => VanBanDocument;
  plant: (parts: DocxParts) => void;
  also?: string[];
}

const DOC = 'word/document.xml';
const STYLES = 'word/styles.xml';
const plan = makePlan;
const letter = makeLetter;

/** Replaces the text of a w:t element (the whole text). */
const text = (parts: DocxParts, from: string, to: string) => edit(parts, DOC, `>${from}</w:t>`, `>${to}</w:t>`);
/** Replaces the run properties of the run holding `content`. */
const runProps = (parts: DocxParts, content: string, change: (rPr: string) => string) =>
  edit(parts, DOC, new RegExp(`<w:rPr>((?:(?!<w:rPr>).)*?)</w:rPr><w:t xml:space="preserve">${content}`), (_m, rPr: string) => `<w:rPr>${change(rPr)}</w:rPr><w:t xml:space="preserve">${content}`);

export const DOCX_CASES: DocxCase[] = [
  { rule: 'page.paper', name: 'US Letter paper', base: plan, plant: (p) => edit(p, DOC, '<w:pgSz w:w="11906" w:h="16838"', '<w:pgSz w:w="12240" w:h="15840"') },
  {
    rule: 'page.orientation',
    name: 'main pages landscape',
    base: plan,
    plant: (p) => edit(p, DOC, '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'),
  },
  { rule: 'page.margins', name: 'left margin 25 mm', base: plan, plant: (p) => edit(p, DOC, 'w:left="1701"', 'w:left="1417"') },
  { rule: 'page.margins', name: 'top margin 30 mm', base: letter, plant: (p) => edit(p, DOC, 'w:top="1134"', 'w:top="1701"') },
  { rule: 'page.margins', name: 'right margin 10 mm', base: plan, plant: (p) => edit(p, DOC, 'w:right="850"', 'w:right="567"') },
  { rule: 'page.number', name: 'first page numbered (no titlePg)', base: plan, plant: (p) => edit(p, DOC, '<w:titlePg/>', '') },
  { rule: 'page.number', name: 'no PAGE field', base: letter, plant: (p) => edit(p, 'word/header1.xml', /<w:instrText[^>]*>PAGE<\/w:instrText>/, '') },
  { rule: 'page.number', name: 'page number on the left', base: plan, plant: (p) => edit(p, 'word/header1.xml', '<w:jc w:val="center"/>', '<w:jc w:val="left"/>') },
  { rule: 'font.family', name: 'Arial everywhere', base: plan, plant: (p) => edit(p, STYLES, /w:ascii="Times New Roman"([^>]*)w:hAnsi="Times New Roman"/, 'w:ascii="Arial"$1w:hAnsi="Arial"') },
  { rule: 'font.family', name: 'one run in VNI-Times', base: letter, plant: (p) => runProps(p, '- Mục tiêu', (r) => `<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>${r}`) },
  { rule: 'font.color', name: 'red text', base: plan, plant: (p) => runProps(p, '- Nâng cao', (r) => `${r}<w:color w:val="FF0000"/>`) },
  { rule: 'font.size', name: 'issuing agency 14 pt', base: letter, plant: (p) => runProps(p, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', (r) => r.replace(/w:val="26"/g, 'w:val="28"')) },
  { rule: 'font.size', name: 'recipients list 12 pt', base: plan, plant: (p) => runProps(p, '- Các sở, ban, ngành cấp tỉnh;', (r) => r.replace(/w:val="22"/g, 'w:val="24"')) },
  { rule: 'font.size', name: 'body 12 pt', base: plan, plant: (p) => runProps(p, '- Nâng cao', (r) => `${r}<w:sz w:val="24"/>`), also: ['body.size-mixed'] },
  { rule: 'font.size', name: 'page number 10 pt', base: plan, plant: (p) => edit(p, 'word/header1.xml', /w:val="26"/g, 'w:val="20"') },
  { rule: 'body.size-mixed', name: 'one body paragraph in 13 pt', base: plan, plant: (p) => runProps(p, '- Nâng cao', (r) => `${r}<w:sz w:val="26"/>`) },
  { rule: 'format.bold', name: 'motto not bold', base: plan, plant: (p) => runProps(p, 'Độc lập', (r) => r.replace('<w:b/><w:bCs/>', '')) },
  { rule: 'format.bold', name: 'type name not bold', base: plan, plant: (p) => runProps(p, 'KẾ HOẠCH', (r) => r.replace('<w:b/><w:bCs/>', '')) },
  { rule: 'format.bold', name: 'number line bold', base: letter, plant: (p) => runProps(p, 'Số: ', (r) => `<w:b/>${r}`) },
  { rule: 'format.italic', name: 'date upright', base: plan, plant: (p) => runProps(p, 'Quảng Trị, ngày', (r) => r.replace('<w:i/><w:iCs/>', '')) },
  { rule: 'format.italic', name: 'legal basis upright', base: plan, plant: (p) => runProps(p, 'Căn cứ Luật', (r) => r.replace('<w:i/><w:iCs/>', '')) },
  { rule: 'header.national-title', name: 'old spelling HOÀ', base: plan, plant: (p) => text(p, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM') },
  { rule: 'header.motto', name: 'en dashes in the motto', base: letter, plant: (p) => text(p, 'Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc') },
  {
    rule: 'header.agency-missing',
    name: 'no agency lines',
    base: letter,
    plant: (p) => {
      text(p, 'UBND TỈNH SÓC TRĂNG', '');
      text(p, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', '');
    },
  },
  { rule: 'header.agency-caps', name: 'agency in sentence case', base: plan, plant: (p) => text(p, 'TỈNH QUẢNG TRỊ', 'tỉnh Quảng Trị') },
  { rule: 'format.rule', name: 'no line under the agency', base: plan, plant: (p) => edit(p, DOC, '<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>', '') },
  {
    rule: 'format.rule',
    name: 'no line under the summary',
    base: plan,
    plant: (p) => edit(p, DOC, /<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="1"\/><\/w:pBdr>(<w:spacing w:after="240")/, '$1'),
  },
  { rule: 'number.missing', name: 'number line removed', base: plan, plant: (p) => text(p, 'Số: 05/KH-UBND', '') },
  { rule: 'number.colon', name: 'no colon after Số', base: plan, plant: (p) => text(p, 'Số: 05/KH-UBND', 'Số 05/KH-UBND') },
  { rule: 'number.leading-zero', name: 'number 5 without zero', base: plan, plant: (p) => text(p, 'Số: 05/KH-UBND', 'Số: 5/KH-UBND') },
  { rule: 'code.year', name: 'year in the code', base: plan, plant: (p) => text(p, 'Số: 05/KH-UBND', 'Số: 05/2023/KH-UBND') },
  { rule: 'code.form', name: 'spaces around the hyphen', base: letter, plant: (p) => text(p, 'Số: 231/STTTT-TTBCXB', 'Số: 231/STTTT - TTBCXB') },
  { rule: 'code.type', name: 'decision code on a plan', base: plan, plant: (p) => text(p, 'Số: 05/KH-UBND', 'Số: 05/QĐ-UBND') },
  { rule: 'date.leading-zero', name: 'day 5 without zero', base: plan, plant: (p) => text(p, 'Quảng Trị, ngày 05 tháng 01 năm 2023', 'Quảng Trị, ngày 5 tháng 01 năm 2023') },
  { rule: 'date.leading-zero', name: 'month 1 without zero', base: plan, plant: (p) => text(p, 'Quảng Trị, ngày 05 tháng 01 năm 2023', 'Quảng Trị, ngày 05 tháng 1 năm 2023') },
  { rule: 'date.month-zero', name: 'tháng 03', base: letter, plant: (p) => text(p, 'Sóc Trăng, ngày 03 tháng 3 năm 2021', 'Sóc Trăng, ngày 03 tháng 03 năm 2021') },
  { rule: 'date.impossible', name: '30 February', base: plan, plant: (p) => text(p, 'Quảng Trị, ngày 05 tháng 01 năm 2023', 'Quảng Trị, ngày 30 tháng 02 năm 2023') },
  { rule: 'date.form', name: 'numeric date', base: plan, plant: (p) => text(p, 'Quảng Trị, ngày 05 tháng 01 năm 2023', 'Quảng Trị, 05/01/2023') },
  { rule: 'date.place-missing', name: 'no place', base: plan, plant: (p) => text(p, 'Quảng Trị, ngày 05 tháng 01 năm 2023', 'ngày 05 tháng 01 năm 2023') },
  { rule: 'title.type-name', name: 'type name in sentence case', base: plan, plant: (p) => text(p, 'KẾ HOẠCH', 'Kế hoạch') },
  { rule: 'summary.missing', name: 'summary removed', base: plan, plant: (p) => text(p, 'Chuyển đổi số tỉnh Quảng Trị năm 2023', '') },
  { rule: 'summary.vv-prefix', name: 'V/v in a plan', base: plan, plant: (p) => text(p, 'Chuyển đổi số tỉnh Quảng Trị năm 2023', 'V/v chuyển đổi số tỉnh Quảng Trị năm 2023') },
  { rule: 'section.caps', name: 'section heading in sentence case', base: plan, plant: (p) => text(p, 'I. MỤC ĐÍCH, YÊU CẦU', 'I. Mục đích, yêu cầu') },
  { rule: 'headings.sequence', name: 'point letter skipped (c after a)', base: plan, plant: (p) => text(p, 'b) Phân công rõ trách nhiệm của từng cơ quan, đơn vị.', 'c) Phân công rõ trách nhiệm của từng cơ quan, đơn vị.') },
  { rule: 'headings.sequence', name: 'clause number repeated', base: plan, plant: (p) => text(p, '2. Yêu cầu', '1. Yêu cầu') },
  { rule: 'headings.sequence', name: 'section numeral skipped', base: plan, plant: (p) => text(p, 'II. NỘI DUNG', 'III. NỘI DUNG') },
  { rule: 'headings.sequence', name: 'letter f (not Vietnamese)', base: plan, plant: (p) => text(p, 'b) Phân công rõ trách nhiệm của từng cơ quan, đơn vị.', 'f) Phân công rõ trách nhiệm của từng cơ quan, đơn vị.') },
  { rule: 'closing.mark', name: 'no ./. at the end', base: plan, plant: (p) => text(p, 'Trên đây là Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2023./.', 'Trên đây là Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2023.') },
  { rule: 'body.indent', name: 'no first-line indent', base: plan, plant: (p) => edit(p, STYLES, '<w:ind w:firstLine="567"/>', '<w:ind w:firstLine="0"/>') },
  { rule: 'body.indent', name: 'indent 2 cm', base: letter, plant: (p) => edit(p, STYLES, '<w:ind w:firstLine="567"/>', '<w:ind w:firstLine="1134"/>') },
  { rule: 'body.spacing', name: 'no space between paragraphs', base: plan, plant: (p) => edit(p, STYLES, '<w:spacing w:after="120" w:before="0" w:line="240" w:lineRule="auto"/>', '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>') },
  { rule: 'body.align', name: 'left-aligned body', base: plan, plant: (p) => edit(p, STYLES, '<w:jc w:val="both"/></w:pPr></w:pPrDefault>', '<w:jc w:val="left"/></w:pPr></w:pPrDefault>') },
  { rule: 'body.line-spacing', name: 'double spacing', base: plan, plant: (p) => edit(p, STYLES, '<w:spacing w:after="120" w:before="0" w:line="240" w:lineRule="auto"/>', '<w:spacing w:after="120" w:before="0" w:line="480" w:lineRule="auto"/>') },
  { rule: 'signature.prefix', name: 'KT without dot', base: plan, plant: (p) => text(p, 'KT. CHỦ TỊCH', 'KT CHỦ TỊCH') },
  { rule: 'signature.prefix', name: 'T/M in a state document', base: plan, plant: (p) => text(p, 'TM. ỦY BAN NHÂN DÂN', 'T/M ỦY BAN NHÂN DÂN') },
  { rule: 'signature.caps', name: 'signer title in sentence case', base: plan, plant: (p) => text(p, 'PHÓ CHỦ TỊCH', 'Phó Chủ tịch') },
  { rule: 'signature.academic-title', name: 'TS. before the name', base: plan, plant: (p) => text(p, 'Nguyễn Văn A', 'TS. Nguyễn Văn A') },
  { rule: 'signature.name-missing', name: 'name line left empty', base: plan, plant: (p) => text(p, 'Nguyễn Văn A', '') },
  { rule: 'signature.name-missing', name: 'name line left empty in a letter', base: letter, plant: (p) => text(p, 'Lê Hoàng Đức', '') },
  { rule: 'text.placeholder', name: 'a template placeholder left in the body', base: plan, plant: (p) => edit(p, DOC, '>- Nâng cao', '>- [Nêu nội dung cụ thể] Nâng cao') },
  {
    rule: 'recipients.missing',
    name: 'no Nơi nhận',
    base: letter,
    plant: (p) => {
      for (const line of ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, TTBCXB.']) text(p, line, '');
    },
  },
  { rule: 'recipients.punctuation', name: 'comma instead of semicolon', base: plan, plant: (p) => text(p, '- Các sở, ban, ngành cấp tỉnh;', '- Các sở, ban, ngành cấp tỉnh,') },
  { rule: 'recipients.punctuation', name: 'last line without full stop', base: letter, plant: (p) => text(p, '- Lưu: VT, TTBCXB.', '- Lưu: VT, TTBCXB') },
  { rule: 'recipients.punctuation', name: 'no dash', base: plan, plant: (p) => text(p, '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);', 'TT Tỉnh ủy, TT HĐND tỉnh (b/c);') },
  { rule: 'recipients.archive-missing', name: 'no Lưu line', base: letter, plant: (p) => text(p, '- Lưu: VT, TTBCXB.', '- Văn phòng Sở.') },
  { rule: 'appendix.unreferenced', name: 'body never mentions the appendix', base: plan, plant: (p) => text(p, '2. Các sở, ban, ngành, địa phương thực hiện các nhiệm vụ tại Phụ lục kèm theo.', '2. Các sở, ban, ngành, địa phương thực hiện các nhiệm vụ được giao.') },
];
