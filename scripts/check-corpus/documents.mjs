/**
 * The clean documents of the checker corpus, each laid out by Decree 30 the way two real house
 * styles do it:
 *   style A (a provincial department): headings typed as text ("I.", "1.", "a)"), "PHỤ LỤC I"
 *     headings, "(Kèm theo Kế hoạch số …)", a landscape appendix keeping the portrait margins;
 *   style B (a provincial People's Committee): Word numbering for the headings, "Phụ lục 01 - …"
 *     headings with the title on the line, "(Ban hành kèm theo Kế hoạch số …)", the landscape
 *     appendix with Word's rotated margins (top 30, bottom 15, left and right 20 mm), 13 pt body,
 *     line spacing at least 17 pt, and the body naming the appendix "tại Phụ lục kèm theo Kế hoạch này".
 * A letter (công văn) and a Party plan complete the set. Content follows the shared samples.
 */

const PORTRAIT = { top: 20, bottom: 20, left: 30, right: 15 };

export const HOUSE = {
  A: {
    page: { margins: PORTRAIT, header: 10, numberSize: 13 },
    landscape: { margins: PORTRAIT, header: 10 },
    body: { size: 14, indent: 1, after: 6, line: 1.0 },
    numbering: false,
  },
  B: {
    page: { margins: { top: 20, bottom: 20, left: 30, right: 20 }, header: 10, numberSize: 14 },
    landscape: { margins: { top: 30, bottom: 15, left: 20, right: 20 }, header: 12 },
    body: { size: 13, indent: 1.27, before: 3, after: 3, lineExact: 17 },
    numbering: true,
  },
};

const c = (text, more = {}) => ({ p: text, align: 'center', ...more });

/** The header table: left column agency and number, right column national title, motto, date. */
function header(h, { party = false } = {}) {
  const left = [];
  if (h.parent) left.push(c(h.parent, { size: 13 }));
  left.push(c(h.agency, { size: 13, bold: !party }));
  left.push(party ? c('*', { size: 13 }) : c(' ', { size: 4, rule: true, ruleInset: 2.2 }));
  left.push(c(h.number, { size: 13, before: 4 }));
  if (h.vv) left.push(c(h.vv, { size: 12, before: 6 }));
  const right = party
    ? [c('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 15, bold: true }), c(' ', { size: 4, rule: true, ruleInset: 2.5 }), c(h.date, { size: 14, italic: true, before: 8, align: 'right' })]
    : [
        c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
        c('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
        c(' ', { size: 4, rule: true, ruleInset: 2.4 }),
        c(h.date, { size: 14, italic: true, before: 6 }),
      ];
  return { table: 'layout', cells: [left, right], widths: [6.6, 9.9], key: 'header' };
}

/** Body paragraphs in the house style: "I." sections, "1." clauses, "a)" points, "-" items, text. */
function bodyBlocks(house, items) {
  const b = house.body;
  const base = { align: 'justify', indent: b.indent, before: b.before, after: b.after, line: b.line, lineExact: b.lineExact };
  return items.map(([kind, text]) => {
    const numbered = house.numbering && ['I', '1', 'a'].includes(kind);
    const level = { I: 1, 1: 2, a: 3 }[kind];
    const words = text;
    const bold = kind === 'I' || (kind === '1' && !/[.;:]$/u.test(words));
    const block = { ...base, p: words, bold: bold || undefined };
    if (kind === 'basis') block.italic = true;
    if (numbered) block.list = level;
    return block;
  });
}

/** "I. MỤC ĐÍCH": the marker typed (style A) or left to Word numbering (style B). */
function typed(house, items) {
  const counters = { I: 0, 1: 0, a: 0 };
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'];
  return items.map(([kind, text]) => {
    if (!['I', '1', 'a'].includes(kind) || house.numbering) return [kind, text];
    if (kind === 'I') {
      counters.I += 1;
      counters[1] = 0;
      counters.a = 0;
      return [kind, `${roman[counters.I - 1]}. ${text}`];
    }
    if (kind === '1') {
      counters[1] += 1;
      counters.a = 0;
      return [kind, `${counters[1]}. ${text}`];
    }
    counters.a += 1;
    return [kind, `${letters[counters.a - 1]}) ${text}`];
  });
}

/** The signature table: "Nơi nhận" on the left, authority, title and name on the right. */
function signature(s) {
  const left = [{ p: [{ text: 'Nơi nhận:', bold: true, italic: true }], size: 12 }, ...s.recipients.map((line) => ({ p: line, size: 11 }))];
  const right = [...s.titles.map((line) => c(line, { size: 14, bold: true })), c(' ', { size: 14 }), c(' ', { size: 14 }), c(' ', { size: 14 }), c(' ', { size: 14 })];
  if (s.name) right.push(c(s.name, { size: 14, bold: true }));
  return { table: 'layout', cells: [left, right], widths: [6.6, 9.9], key: 'signature' };
}

/** An appendix on landscape pages: heading, title, reference line, a table with an STT column. */
function appendix(a) {
  const out = [];
  if (a.headingWithTitle) out.push(c(a.heading, { size: 14, bold: true, landscape: a.first }));
  else {
    out.push(c(a.heading, { size: 14, bold: true, landscape: a.first }));
    if (a.title !== undefined) out.push(c(a.title, { size: 14, bold: true }));
  }
  out.push(c(a.reference, { size: 14, italic: true }));
  out.push(c(' ', { size: 4, rule: true, ruleInset: 10 }));
  out.push({ table: 'data', rows: a.rows, header: 1, widths: [1.5, 9, 5, 5, 4], size: 13, key: 'appendix-table' });
  out.push({ p: ' ', size: 13 });
  return out;
}

const TABLE_ROWS = [
  ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
  ['1', 'Tuyên truyền trên Báo, Đài tỉnh', 'Sở Thông tin và Truyền thông', 'Báo, Đài tỉnh', 'Cả năm'],
  ['2', 'Tổ chức hội thi tìm hiểu về cải cách hành chính', 'Sở Nội vụ', 'Các sở, ngành', 'Quý III'],
  ['3', 'Cập nhật tin bài trên Cổng thông tin điện tử', 'Văn phòng UBND tỉnh', 'Các sở, ngành', 'Thường xuyên'],
];

/** Style A: Tây Ninh's Department of Education plan, with one appendix. */
function planA() {
  const house = HOUSE.A;
  const items = typed(house, [
    ['p', 'Thực hiện Kế hoạch số 53/KH-UBND ngày 16/01/2020 của UBND tỉnh về tuyên truyền cải cách hành chính năm 2020 trên địa bàn tỉnh Tây Ninh, Sở Giáo dục và Đào tạo xây dựng kế hoạch tuyên truyền cải cách hành chính (CCHC) năm 2020 như sau:'],
    ['I', 'MỤC TIÊU, YÊU CẦU'],
    ['1', 'Mục tiêu'],
    ['-', '- Nâng cao nhận thức, trách nhiệm thực hiện các nội dung cải cách hành chính hằng năm của cán bộ, công chức, viên chức trong quá trình thực thi công vụ.'],
    ['-', '- Phát huy vai trò của công tác truyền thông trong việc phát hiện, phản ánh kịp thời những mặt tích cực hoặc chưa hiệu quả trong thực hiện nhiệm vụ CCHC.'],
    ['1', 'Yêu cầu'],
    ['-', '- Tuyên truyền phải thực hiện bằng các biện pháp cụ thể, rõ ràng và đánh giá được kết quả thực hiện.'],
    ['-', '- Có sự phối hợp chặt chẽ giữa các cơ quan hành chính nhà nước và cơ quan đảng, đoàn thể.'],
    ['I', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN'],
    ['1', 'Tuyên truyền trong nội bộ cơ quan, đơn vị, trường học'],
    ['a', 'Đưa thông tin về CCHC trong các buổi giao ban, họp định kỳ của cơ quan, đơn vị.'],
    ['a', 'Lồng ghép trong việc tuyên truyền, phổ biến pháp luật tại đơn vị.'],
    ['1', 'Tuyên truyền trên phương tiện thông tin đại chúng'],
    ['-', '- Phối hợp với Báo Tây Ninh, Đài Phát thanh và Truyền hình tỉnh đưa tin về các hoạt động CCHC của ngành.'],
    ['-', '- Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử của Sở; đăng tải kịp thời các văn bản chỉ đạo, điều hành của Trung ương, của tỉnh và của ngành về cải cách hành chính.'],
    ['-', '- Các nhiệm vụ cụ thể, thời gian và đơn vị thực hiện tại Phụ lục I kèm theo.'],
    ['1', 'Tham gia hoạt động, hội thi'],
    ['-', '- Tham gia Hội thi tìm hiểu về cải cách hành chính do Ủy ban nhân dân tỉnh tổ chức; vận động cán bộ, công chức, viên chức, giáo viên và học sinh tích cực tham gia.'],
    ['-', '- Tổ chức các hoạt động ngoại khóa lồng ghép nội dung cải cách hành chính tại các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.'],
    ['I', 'TỔ CHỨC THỰC HIỆN'],
    ['1', 'Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn triển khai thực hiện Kế hoạch này.'],
    ['1', 'Các đơn vị trường học căn cứ Kế hoạch xây dựng kế hoạch tuyên truyền của đơn vị; định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (qua Văn phòng Sở) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Nội vụ theo quy định.'],
    ['1', 'Các phòng chuyên môn thuộc Sở theo chức năng, nhiệm vụ được giao phối hợp với Văn phòng Sở hướng dẫn, kiểm tra việc thực hiện tuyên truyền cải cách hành chính tại các đơn vị trực thuộc.'],
    ['p', 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2020 của Sở Giáo dục và Đào tạo./.'],
  ]);
  return {
    id: 'plan-a',
    house: 'A',
    kind: 'plan',
    blocks: [
      header({ parent: 'UBND TỈNH TÂY NINH', agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', number: 'Số: 162/KH-SGDĐT', date: 'Tây Ninh, ngày 22 tháng 01 năm 2020' }),
      c('KẾ HOẠCH', { size: 14, bold: true, before: 18 }),
      c('Tuyên truyền cải cách hành chính năm 2020', { size: 14, bold: true }),
      c(' ', { size: 4, rule: true, ruleInset: 6, after: 12 }),
      ...bodyBlocks(house, items),
      signature({
        titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        name: 'Nguyễn Văn Tâm',
        recipients: ['- UBND tỉnh (b/c);', '- Giám đốc, các Phó Giám đốc;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'],
      }),
      ...appendix({
        first: true,
        heading: 'PHỤ LỤC I',
        title: 'CÁC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2020',
        reference: '(Kèm theo Kế hoạch số 162/KH-SGDĐT ngày 22 tháng 01 năm 2020 của Sở Giáo dục và Đào tạo)',
        rows: TABLE_ROWS,
      }),
    ],
  };
}

/** Style B: Thái Bình's People's Committee plan, Word numbering, one appendix with a rotated landscape page. */
function planB() {
  const house = HOUSE.B;
  const items = typed(house, [
    ['basis', 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;'],
    ['basis', 'Căn cứ Kế hoạch số 120/KH-UBND ngày 20/12/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính giai đoạn 2021 - 2025.'],
    ['p', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:'],
    ['I', 'MỤC ĐÍCH, YÊU CẦU'],
    ['1', 'Mục đích'],
    ['-', '- Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách hành chính.'],
    ['-', '- Tạo sự đồng thuận của xã hội trong triển khai các nhiệm vụ cải cách hành chính của tỉnh.'],
    ['1', 'Yêu cầu'],
    ['-', '- Nội dung tuyên truyền thiết thực, phù hợp với từng đối tượng.'],
    ['I', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN'],
    ['1', 'Nội dung tuyên truyền'],
    ['-', '- Các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính.'],
    ['-', '- Kết quả thực hiện các chỉ số PAR Index, SIPAS, PAPI, PCI của tỉnh.'],
    ['1', 'Hình thức tuyên truyền'],
    ['-', '- Các nhiệm vụ tuyên truyền cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này.'],
    ['I', 'TỔ CHỨC THỰC HIỆN'],
    ['1', 'Nhiệm vụ của các cơ quan, đơn vị, địa phương'],
    ['a', 'Các sở, ban, ngành; UBND huyện, thành phố xây dựng kế hoạch tuyên truyền của cơ quan, đơn vị.'],
    ['a', 'Sở Nội vụ hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh.'],
    ['a', 'Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí tuyên truyền cải cách hành chính.'],
    ['1', 'Kinh phí thực hiện'],
    ['p', 'Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2025 của các cơ quan, đơn vị.'],
    ['p', 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./.'],
  ]);
  return {
    id: 'plan-b',
    house: 'B',
    kind: 'plan',
    blocks: [
      header({ agency: 'ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH', number: 'Số: 61/KH-UBND', date: 'Thái Bình, ngày 19 tháng 12 năm 2024' }),
      c('KẾ HOẠCH', { size: 14, bold: true, before: 12 }),
      c('Tuyên truyền cải cách hành chính năm 2025', { size: 14, bold: true }),
      c(' ', { size: 4, rule: true, ruleInset: 6, after: 12 }),
      ...bodyBlocks(house, items),
      signature({
        titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
        name: 'Lại Văn Hoàn',
        recipients: ['- Bộ Nội vụ;', '- Thường trực Tỉnh ủy;', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành thuộc tỉnh;', '- UBND các huyện, thành phố;', '- Lưu: VT, NCKS.'],
      }),
      ...appendix({
        first: true,
        headingWithTitle: true,
        heading: 'Phụ lục 01 - NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025',
        reference: '(Ban hành kèm theo Kế hoạch số 61/KH-UBND ngày 19 tháng 12 năm 2024 của UBND tỉnh Thái Bình)',
        rows: TABLE_ROWS,
      }),
    ],
  };
}

/** Style A letter: Sóc Trăng's Department of Information and Communications. */
function letterA() {
  const house = HOUSE.A;
  const items = [
    ['p', 'Thực hiện Kế hoạch số 19/KH-UBND ngày 26/01/2021 của Ủy ban nhân dân tỉnh Sóc Trăng về việc tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2021.'],
    ['p', 'Sở Thông tin và Truyền thông đề nghị Đài Truyền thanh các huyện, thị xã, thành phố chủ động phối hợp các ngành chức năng liên quan ở địa phương đẩy mạnh tuyên truyền về công tác cải cách hành chính. Nội dung tuyên truyền cụ thể như sau:'],
    ['-', '- Tuyên truyền tầm quan trọng, ý nghĩa, mục tiêu và tác động của cải cách hành chính đến phát triển kinh tế - xã hội của tỉnh.'],
    ['-', '- Tuyên truyền tính tiện ích và hướng dẫn cá nhân, tổ chức sử dụng dịch vụ công trực tuyến.'],
    ['-', '- Tuyên truyền công khai đường dây nóng tiếp nhận phản ánh, kiến nghị về quy định hành chính.'],
    ['p', 'Định kỳ 6 tháng, 01 năm đề nghị các đơn vị báo cáo kết quả công tác tuyên truyền cải cách hành chính gửi về Sở Thông tin và Truyền thông để tổng hợp báo cáo UBND tỉnh./.'],
  ];
  return {
    id: 'letter-a',
    house: 'A',
    kind: 'letter',
    blocks: [
      header({ parent: 'UBND TỈNH SÓC TRĂNG', agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: 'Số: 231/STTTT-TTBCXB', vv: 'V/v tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2021', date: 'Sóc Trăng, ngày 03 tháng 3 năm 2021' }),
      c('Kính gửi: Đài Truyền thanh các huyện, thị xã, thành phố.', { size: 14, before: 12, after: 12 }),
      ...bodyBlocks(house, items),
      signature({
        titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        name: 'Lê Hoàng Đức',
        recipients: ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, TTBCXB.'],
      }),
    ],
  };
}

/** Style B Party plan: Sóc Trăng's Provincial Party Committee's Propaganda Board. */
function partyPlanB() {
  const house = HOUSE.B;
  const items = typed(house, [
    ['p', 'Thực hiện Kế hoạch số 20/KH-UBND ngày 12 tháng 02 năm 2018 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2018, Ban Tuyên giáo Tỉnh ủy xây dựng Kế hoạch tuyên truyền như sau:'],
    ['I', 'MỤC ĐÍCH, YÊU CẦU'],
    ['-', '- Tuyên truyền sâu rộng các chủ trương của Đảng về cải cách hành chính.'],
    ['-', '- Gắn tuyên truyền cải cách hành chính với thực hiện Quy chế dân chủ ở cơ sở.'],
    ['I', 'NỘI DUNG TUYÊN TRUYỀN'],
    ['-', '- Chương trình tổng thể cải cách hành chính nhà nước và các kế hoạch của tỉnh.'],
    ['I', 'TỔ CHỨC THỰC HIỆN'],
    ['1', 'Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy hướng dẫn tuyên truyền tại địa phương.'],
    ['1', 'Báo Sóc Trăng, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về cải cách hành chính.'],
    ['p', 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2018 của Ban Tuyên giáo Tỉnh ủy./.'],
  ]);
  return {
    id: 'party-plan-b',
    house: 'B',
    kind: 'plan',
    party: true,
    blocks: [
      header({ parent: 'TỈNH ỦY SÓC TRĂNG', agency: 'BAN TUYÊN GIÁO', number: 'Số 20-KH/BTGTU', date: 'Sóc Trăng, ngày 24 tháng 5 năm 2018' }, { party: true }),
      c('KẾ HOẠCH', { size: 14, bold: true, before: 12 }),
      c('Tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2018', { size: 14, bold: true }),
      c(' ', { size: 4, rule: true, ruleInset: 6, after: 12 }),
      ...bodyBlocks(house, items),
      signature({
        titles: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'],
        name: 'Trần Văn Minh',
        recipients: ['- Ban Thường vụ Tỉnh ủy (b/c);', '- Các huyện ủy, thị ủy, thành ủy;', '- Lưu: VP.BTGTU.'],
      }),
    ],
  };
}

export function cleanDocuments() {
  return [planA(), planB(), letterA(), partyPlanB()];
}
