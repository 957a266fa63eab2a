/**
 * Generated plans of a given length for benchmarks: realistic Vietnamese paragraphs under
 * sections, clauses, points and dash items, plus an appendix table. Deterministic.
 */
import { emptyReview } from '../core/model/empty-review';
import type { BodyBlock, InlineText, VanBanDocument } from '../core/model/types';

const SENTENCES = [
  'Thông tin tuyên truyền kịp thời các chủ trương, đường lối của Đảng; chính sách pháp luật của Nhà nước; các văn bản chỉ đạo của Trung ương, của tỉnh về công tác cải cách hành chính.',
  'Nâng cao nhận thức, vai trò, trách nhiệm của người đứng đầu và cấp ủy Đảng, chính quyền các cấp, các ngành, các cơ quan, đoàn thể, công chức, viên chức trong việc triển khai thực hiện.',
  'Phối hợp chặt chẽ và thường xuyên, liên tục với tổ chức đảng, đoàn thể trong cơ quan, đơn vị, địa phương và cơ quan thông tin đại chúng trong công tác tuyên truyền.',
  'Tuyên truyền kết quả triển khai thực hiện các lĩnh vực công tác cải cách hành chính trên địa bàn tỉnh; những mô hình, cách làm hay, tấm gương tiêu biểu, các sáng kiến.',
];

/** Body blocks per printed A4 page at 14 pt, measured with LibreOffice on generated plans. */
export const BLOCKS_PER_PAGE = 9;

let counter = 0;
const id = (): string => `g${(counter++).toString(36)}`;
const text = (i: number, words?: number): InlineText[] => {
  const sentence = SENTENCES[i % SENTENCES.length];
  return [{ text: words ? sentence.split(' ').slice(0, words).join(' ') : `${sentence} ${SENTENCES[(i + 1) % SENTENCES.length]}` }];
};

export function generatePlan(pages: number): VanBanDocument {
  counter = 0;
  const target = pages * BLOCKS_PER_PAGE;
  const body: BodyBlock[] = [];
  let made = 0;
  for (let s = 0; made < target; s++) {
    const clauses: BodyBlock[] = [];
    for (let c = 0; c < 4 && made < target; c++) {
      const children: BodyBlock[] = [];
      for (let p = 0; p < 3 && made < target; p++) {
        const dashes: BodyBlock[] = [0, 1].map((d) => ({ type: 'dash', id: id(), content: text(s + c + p + d), children: [] }));
        children.push({ type: 'point', id: id(), content: text(p, 8), children: dashes });
        made += 3;
      }
      clauses.push({ type: 'clause', id: id(), titled: true, content: text(c, 6), children });
      made += 1;
    }
    body.push({ type: 'section', id: id(), content: text(s, 5), children: clauses });
    made += 1;
  }
  const cell = (t: string) => ({ paragraphs: [[{ text: t }]] });
  return {
    kind: 'ke-hoach',
    variant: 'state',
    header: {
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      issuingAgencyInText: 'Ủy ban nhân dân tỉnh Quảng Trị',
      number: 5,
      agencyCode: 'UBND',
      unitCode: '',
      place: 'Quảng Trị',
      date: { day: 5, month: 1, year: 2026 },
      secrecy: null,
      urgency: null,
    },
    summary: 'Tuyên truyền cải cách hành chính năm 2026',
    addressees: [],
    legalBasis: ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư'],
    body,
    closing: 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Ủy ban nhân dân tỉnh',
    signature: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn A' },
    recipients: ['Bộ Nội vụ', 'TT Tỉnh ủy', 'Các sở, ban, ngành'],
    archive: 'VT, NC',
    appendices: [
      {
        id: id(),
        title: 'Danh mục nhiệm vụ',
        landscape: true,
        body: [
          {
            type: 'table',
            id: id(),
            table: {
              columns: [{ width: 6 }, { width: 40 }, { width: 18 }, { width: 18 }, { width: 18 }],
              headerRows: [['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map(cell)],
              rows: Array.from({ length: Math.max(5, pages) }, (_, r) => ['', SENTENCES[r % 4], 'Sở Nội vụ', 'Các sở, ngành', `Quý ${(r % 4) + 1}/2026`].map(cell)),
              numbered: true,
            },
          },
        ],
      },
    ],
    comments: [],
    review: emptyReview(),
  };
}

/** The same content as Markdown, for comparing with pandoc. */
export function planAsMarkdown(doc: VanBanDocument): string {
  const lines: string[] = [`# KẾ HOẠCH`, '', `**${doc.summary}**`, ''];
  const walk = (blocks: readonly BodyBlock[], depth: number): void => {
    for (const block of blocks) {
      if (block.type === 'table') continue;
      const content = block.content.map((c) => c.text).join('');
      lines.push(block.type === 'section' ? `## ${content}` : block.type === 'dash' ? `- ${content}` : content, '');
      if ('children' in block) walk(block.children, depth + 1);
    }
  };
  walk(doc.body, 0);
  for (const appendix of doc.appendices) {
    lines.push(`# ${appendix.title}`, '');
    for (const block of appendix.body) {
      if (block.type !== 'table') continue;
      const row = (cells: { paragraphs: InlineText[][] }[]) => `| ${cells.map((c) => c.paragraphs.flat().map((i) => i.text).join(' ')).join(' | ')} |`;
      lines.push(row(block.table.headerRows[0]), `|${block.table.columns.map(() => '---').join('|')}|`, ...block.table.rows.map(row), '');
    }
  }
  return lines.join('\n');
}
