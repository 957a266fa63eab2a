/**
 * The planted faults of the checker corpus: one file per rule a DOCX can show, each a clean
 * document with one thing done wrong the way clerks do it. `rule` is the one finding the file
 * must give, once. Rules about what only the editor's fields hold (a mark chosen from a list, a
 * prefix typed into a title field, a legal-basis field, the heading tree's nesting) have no
 * DOCX form and are planted in model documents only (tests/check/cases/model-cases.ts).
 */

/** Every paragraph block of a document (table cells included), with the list holding it. */
function* paragraphs(blocks) {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.table === 'layout') for (const cell of block.cells) yield* paragraphs(cell);
    else if (!block.table) yield { block, list: blocks, index: i };
  }
}

const textOf = (block) => (typeof block.p === 'string' ? block.p : block.p.map((run) => run.text).join(''));

/** The paragraph whose text starts with `start`; throws when there is none, so a fault cannot silently miss. */
function find(doc, start) {
  for (const hit of paragraphs(doc.blocks)) if (textOf(hit.block).startsWith(start)) return hit;
  throw new Error(`${doc.id}: no paragraph starting “${start}”`);
}

const setText = (doc, start, text) => {
  find(doc, start).block.p = text;
};
const remove = (doc, start) => {
  const hit = find(doc, start);
  hit.list.splice(hit.index, 1);
};
const insertAfter = (doc, start, block) => {
  const hit = find(doc, start);
  hit.list.splice(hit.index + 1, 0, { ...hit.block, ...block });
};
const bodyParagraphs = (doc) => [...paragraphs(doc.blocks)].filter(({ block }) => block.align === 'justify').map(({ block }) => block);

/** [rule, base document, what is done wrong, the change]. */
const FAULTS = [
  ['page.paper', 'plan-a', 'US Letter paper', (d) => Object.assign(d, { page: { width: 215.9, height: 279.4 } })],
  ['page.orientation', 'letter-a', 'the letter set in landscape', (d) => Object.assign(d, { page: { orientation: 'landscape' } })],
  ['page.margins', 'plan-a', 'left margin 25 mm', (d) => Object.assign(d, { page: { margins: { top: 20, bottom: 20, left: 25, right: 15 } } })],
  ['page.margins-landscape', 'plan-b', 'rotated landscape margins with the left one 15 mm', (d) => Object.assign(d, { landscapePage: { margins: { top: 30, bottom: 15, left: 15, right: 20 } } })],
  ['page.number', 'letter-a', 'no page number', (d) => Object.assign(d, { page: { header: 0 } })],
  ['font.family', 'plan-a', 'Arial in the default style (every paragraph)', (d) => Object.assign(d, { defaults: { font: 'Arial' } })],
  ['font.color', 'plan-a', 'one run in blue', (d) => void (find(d, '- Nâng cao nhận thức').block.p = [{ text: '- Nâng cao nhận thức', color: '1F4E79' }, { text: ', trách nhiệm thực hiện các nội dung cải cách hành chính hằng năm.' }])],
  ['font.size', 'plan-a', 'body text 12 pt from the default style', (d) => Object.assign(d, { defaults: { size: 12 } })],
  ['body.size-mixed', 'plan-a', 'one body paragraph in 13 pt among 14 pt', (d) => void (find(d, 'Thực hiện Kế hoạch số 53').block.size = 13)],
  ['format.bold', 'plan-a', 'motto not bold', (d) => void (find(d, 'Độc lập - Tự do').block.bold = false)],
  ['format.italic', 'plan-a', 'place and date upright', (d) => void (find(d, 'Tây Ninh, ngày').block.italic = false)],
  ['format.rule', 'plan-a', 'no line under the issuing agency', (d) => remove(d, ' ')],
  ['header.national-title', 'plan-a', 'old spelling CỘNG HOÀ', (d) => setText(d, 'CỘNG HÒA', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
  ['header.motto', 'letter-a', 'en dashes in the motto', (d) => setText(d, 'Độc lập', 'Độc lập – Tự do – Hạnh phúc')],
  [
    'header.agency-missing',
    'letter-a',
    'no agency lines',
    (d) => {
      remove(d, 'UBND TỈNH SÓC TRĂNG');
      remove(d, 'SỞ THÔNG TIN');
      remove(d, ' ');
    },
  ],
  ['header.agency-caps', 'plan-a', 'issuing agency in sentence case', (d) => setText(d, 'SỞ GIÁO DỤC', 'Sở Giáo dục và Đào tạo')],
  ['number.missing', 'plan-a', 'no number line', (d) => remove(d, 'Số: 162')],
  ['number.colon', 'plan-a', 'no colon after Số', (d) => setText(d, 'Số: 162', 'Số 162/KH-SGDĐT')],
  ['number.leading-zero', 'plan-b', 'number 6 without its zero', (d) => setText(d, 'Số: 61', 'Số: 6/KH-UBND')],
  ['number.blank', 'plan-a', 'number left for the clerk', (d) => setText(d, 'Số: 162', 'Số:       /KH-SGDĐT')],
  ['code.agency-missing', 'party-plan-b', 'Party number with an empty body code', (d) => setText(d, 'Số 20-KH', 'Số 20-KH/')],
  ['code.year', 'plan-a', 'year in the code', (d) => setText(d, 'Số: 162', 'Số: 162/2020/KH-SGDĐT')],
  ['code.form', 'letter-a', 'spaces around the hyphen', (d) => setText(d, 'Số: 231', 'Số: 231/STTTT - TTBCXB')],
  ['code.type', 'plan-a', 'a decision code on a plan', (d) => setText(d, 'Số: 162', 'Số: 162/QĐ-SGDĐT')],
  ['date.blank', 'plan-b', 'day and month left for the clerk', (d) => setText(d, 'Thái Bình, ngày', 'Thái Bình, ngày      tháng      năm 2024')],
  ['date.impossible', 'plan-a', '30 February', (d) => setText(d, 'Tây Ninh, ngày', 'Tây Ninh, ngày 30 tháng 02 năm 2020')],
  ['date.leading-zero', 'plan-a', 'day 2 without its zero', (d) => setText(d, 'Tây Ninh, ngày', 'Tây Ninh, ngày 2 tháng 01 năm 2020')],
  ['date.month-zero', 'letter-a', 'tháng 03', (d) => setText(d, 'Sóc Trăng, ngày', 'Sóc Trăng, ngày 03 tháng 03 năm 2021')],
  ['date.form', 'plan-a', 'numeric date', (d) => setText(d, 'Tây Ninh, ngày', 'Tây Ninh, 22/01/2020')],
  ['date.place-missing', 'plan-b', 'no place before the date', (d) => setText(d, 'Thái Bình, ngày', 'ngày 19 tháng 12 năm 2024')],
  ['summary.missing', 'plan-a', 'no summary under the type name', (d) => remove(d, 'Tuyên truyền cải cách hành chính năm 2020')],
  ['summary.vv-prefix', 'plan-a', 'V/v in a plan', (d) => setText(d, 'Tuyên truyền cải cách hành chính năm 2020', 'V/v tuyên truyền cải cách hành chính năm 2020')],
  ['summary.trailing-period', 'plan-b', 'summary ending with a full stop', (d) => setText(d, 'Tuyên truyền cải cách hành chính năm 2025', 'Tuyên truyền cải cách hành chính năm 2025.')],
  ['title.type-name', 'plan-a', 'type name in sentence case', (d) => setText(d, 'KẾ HOẠCH', 'Kế hoạch')],
  [
    'addressees.missing',
    'letter-a',
    'a letter without “Kính gửi:”',
    (d) => {
      remove(d, 'Kính gửi');
      remove(d, '- Như trên');
    },
  ],
  ['body.empty', 'letter-a', 'no body text', (d) => void (d.blocks = d.blocks.filter((b) => b.align !== 'justify'))],
  ['closing.missing', 'plan-a', 'only “./.” where the closing sentence goes', (d) => setText(d, 'Trên đây là Kế hoạch', './.')],
  ['closing.mark', 'plan-b', 'no “./.” at the end', (d) => setText(d, 'Trong quá trình thực hiện', 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.')],
  ['section.caps', 'plan-a', 'section heading in sentence case', (d) => setText(d, 'II. NỘI DUNG', 'II. Nội dung, hình thức tuyên truyền')],
  ['headings.sequence', 'plan-a', 'point b) typed as c)', (d) => setText(d, 'b) Lồng ghép', 'c) Lồng ghép trong việc tuyên truyền, phổ biến pháp luật tại đơn vị.')],
  ['structure.point-outside-clause', 'plan-a', 'a point straight under a section', (d) => insertAfter(d, 'I. MỤC TIÊU', { p: 'a) Quán triệt các văn bản chỉ đạo của tỉnh về cải cách hành chính.', bold: undefined })],
  ['structure.plus-outside-dash', 'plan-a', 'a “+” item with no “-” above it', (d) => insertAfter(d, '1. Mục tiêu', { p: '+ Cán bộ, công chức nắm vững nhiệm vụ cải cách hành chính.', bold: undefined })],
  ['structure.empty-section', 'plan-b', 'a section with nothing under it (Word numbering)', (d) => insertAfter(d, '- Các nhiệm vụ tuyên truyền cụ thể', { p: 'KINH PHÍ', bold: true, list: 1 })],
  ['structure.empty-heading', 'plan-a', 'a “-” with no text', (d) => insertAfter(d, '- Có sự phối hợp', { p: '-' })],
  ['structure.mixed-clause-titles', 'plan-a', 'a titled clause beside sentence clauses', (d) => Object.assign(find(d, '1. Văn phòng Sở').block, { p: '1. Trách nhiệm của Văn phòng Sở', bold: true })],
  ['signature.missing', 'letter-a', 'no signature block (only “Nơi nhận”)', (d) => void (d.blocks.find((b) => b.key === 'signature').cells[1] = [{ p: ' ', size: 14 }])],
  ['signature.head-title-missing', 'plan-b', 'no “KT. CHỦ TỊCH” between the collective and the deputy', (d) => remove(d, 'KT. CHỦ TỊCH')],
  ['signature.signer-title-missing', 'party-plan-b', '“K/T TRƯỞNG BAN” with no deputy title under it', (d) => remove(d, 'PHÓ TRƯỞNG BAN')],
  ['signature.name-missing', 'plan-a', 'no signer name', (d) => remove(d, 'Nguyễn Văn Tâm')],
  ['signature.academic-title', 'plan-b', 'TS. before the name', (d) => setText(d, 'Lại Văn Hoàn', 'TS. Lại Văn Hoàn')],
  ['signature.name-case', 'plan-a', 'name in lower case', (d) => setText(d, 'Nguyễn Văn Tâm', 'Nguyễn văn tâm')],
  ['signature.prefix', 'plan-a', '“KT” without its full stop', (d) => setText(d, 'KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC')],
  ['signature.caps', 'plan-b', 'deputy title in sentence case', (d) => setText(d, 'PHÓ CHỦ TỊCH', 'Phó Chủ tịch')],
  [
    'recipients.missing',
    'plan-a',
    'only the archive line under “Nơi nhận:”',
    (d) => {
      for (const line of ['- UBND tỉnh', '- Giám đốc', '- Các phòng']) remove(d, line);
    },
  ],
  ['recipients.archive-missing', 'letter-a', 'no “Lưu” line', (d) => setText(d, '- Lưu: VT', '- Văn phòng Sở.')],
  ['recipients.archive-vt', 'plan-a', 'archive line without VT', (d) => setText(d, '- Lưu: VT', '- Lưu: VP.')],
  ['recipients.same-as-above', 'letter-a', 'a letter without “Như trên”', (d) => remove(d, '- Như trên')],
  ['recipients.same-as-above-stray', 'plan-a', '“Như trên” in a plan', (d) => insertAfter(d, 'Nơi nhận:', { p: '- Như trên;', size: 11 })],
  ['recipients.punctuation', 'plan-b', 'a comma ending a recipient', (d) => setText(d, '- Bộ Nội vụ;', '- Bộ Nội vụ,')],
  ['appendix.unreferenced', 'plan-a', 'the body never names the appendix', (d) => setText(d, '- Các nhiệm vụ cụ thể', '- Các nhiệm vụ cụ thể, thời gian và đơn vị thực hiện do Văn phòng Sở thông báo.')],
  ['appendix.title-missing', 'plan-a', 'appendix heading without its title', (d) => remove(d, 'CÁC NHIỆM VỤ TUYÊN TRUYỀN')],
  ['variant.party-agency', 'letter-a', 'a Party body under the state layout', (d) => setText(d, 'UBND TỈNH SÓC TRĂNG', 'TỈNH ỦY SÓC TRĂNG')],
  [
    'variant.state-agency',
    'party-plan-b',
    'state agencies under the Party layout',
    (d) => {
      setText(d, 'TỈNH ỦY SÓC TRĂNG', 'UBND TỈNH SÓC TRĂNG');
      setText(d, 'BAN TUYÊN GIÁO', 'SỞ NỘI VỤ');
    },
  ],
  ['text.placeholder', 'plan-b', 'template text left in the body', (d) => setText(d, '- Kết quả thực hiện', '- [Nêu kết quả thực hiện các chỉ số của tỉnh].')],
  ['body.indent', 'plan-a', 'no first-line indent', (d) => bodyParagraphs(d).forEach((b) => (b.indent = 0))],
  ['body.spacing', 'plan-a', 'no space between paragraphs', (d) => bodyParagraphs(d).forEach((b) => (b.after = 0))],
  ['body.align', 'plan-a', 'body aligned left', (d) => bodyParagraphs(d).forEach((b) => (b.align = 'left'))],
  ['body.line-spacing', 'plan-a', 'double line spacing', (d) => bodyParagraphs(d).forEach((b) => (b.line = 2))],
];

export function plantedDocuments(clean) {
  const byId = new Map(clean.map((doc) => [doc.id, doc]));
  const counts = new Map();
  return FAULTS.map(([rule, base, fault, plant]) => {
    const doc = structuredClone(byId.get(base));
    plant(doc);
    const n = (counts.get(rule) ?? 0) + 1;
    counts.set(rule, n);
    return { ...doc, id: `fault-${rule.replace(/\./g, '-')}${n > 1 ? `-${n}` : ''}`, expect: [rule], fault };
  });
}
