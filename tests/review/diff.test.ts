import { describe, expect, it } from 'vitest';
import { diffDocuments, diffWords, type WordOp } from '../../core/review/diff';
import { tokenize } from '../../core/review/tokens';
import type { VanBanDocument } from '../../core/model/types';
import { appendix, clause, makePlan, para, point, section, table } from '../fixtures/documents';

/** "=text" "-text" "+text" in order: the redline as a test reads it. */
const redline = (ops: WordOp[]): string[] => ops.map(({ op, text }) => `${op === 'equal' ? '=' : op === 'insert' ? '+' : '-'}${text}`);

describe('tokenize', () => {
  it('a syllable with its diacritics is one token; punctuation and spaces are their own', () => {
    expect(tokenize('Nghị quyết số 30/2020/NĐ-CP, ngày 05.')).toEqual([
      'Nghị', ' ', 'quyết', ' ', 'số', ' ', '30', '/', '2020', '/', 'NĐ', '-', 'CP', ',', ' ', 'ngày', ' ', '05', '.',
    ]);
  });

  it('NFD input gives the same NFC tokens; joining the tokens gives the text back', () => {
    const text = 'Tăng cường  công tác\ttuyên truyền.';
    expect(tokenize(text.normalize('NFD'))).toEqual(tokenize(text));
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize('Đ\u0300').length).toBe(1);
  });
});

describe('diffWords', () => {
  it('one word replaced in a Vietnamese sentence', () => {
    expect(redline(diffWords(
      'Sở Thông tin và Truyền thông chủ trì thực hiện Kế hoạch này.',
      'Sở Thông tin và Truyền thông phối hợp thực hiện Kế hoạch này.',
    ))).toEqual(['=Sở Thông tin và Truyền thông ', '-chủ trì', '+phối hợp', '= thực hiện Kế hoạch này.']);
  });

  it('one diacritic changed ("quyết" → "quyệt") is a changed word, not equal', () => {
    expect(redline(diffWords('Thực hiện Nghị quyết số 05.', 'Thực hiện Nghị quyệt số 05.'))).toEqual([
      '=Thực hiện Nghị ', '-quyết', '+quyệt', '= số 05.',
    ]);
  });

  it('NFD and NFC spellings of the same sentence are equal', () => {
    const text = 'Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch.';
    expect(redline(diffWords(text.normalize('NFD'), text))).toEqual([`=${text}`]);
  });

  it('words inserted and deleted; punctuation changes on its own', () => {
    expect(redline(diffWords(
      'Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.',
      'Nâng cao nhận thức của cán bộ, công chức, viên chức về chuyển đổi số;',
    ))).toEqual(['=Nâng cao nhận thức của cán bộ, công chức', '+, viên chức', '= về chuyển đổi số', '-.', '+;']);
  });

  it('a phrase deleted in two pieces reads as one deletion', () => {
    expect(redline(diffWords('Các sở, ban, ngành, địa phương thực hiện.', 'Các sở thực hiện.'))).toEqual([
      '=Các sở', '-, ban, ngành, địa phương', '= thực hiện.',
    ]);
  });

  it('random edits of Vietnamese words: each side rebuilt from the ops equals its input', () => {
    const words = ['Nghị', 'quyết', 'quyệt', 'số', ',', '.', ' ', '  ', 'tỉnh', 'Quảng', 'Trị', 'Đ\u0300'];
    let seed = 11;
    const rand = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const sentence = (): string => Array.from({ length: rand(14) }, () => words[rand(words.length)]).join('');
    for (let round = 0; round < 300; round += 1) {
      const [before, after] = [sentence(), sentence()];
      const ops = diffWords(before, after);
      expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(before.normalize('NFC'));
      expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(after.normalize('NFC'));
    }
  });

  it('each side rebuilt from the ops equals the input text', () => {
    const before = 'Quý I: hoàn thành khảo sát hiện trạng hạ tầng.';
    const after = 'Quý II: hoàn thành khảo sát và đánh giá hạ tầng số.';
    const ops = diffWords(before, after);
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(before);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(after);
  });
});

function doc(body: VanBanDocument['body'], overrides: Partial<VanBanDocument> = {}): VanBanDocument {
  return makePlan({ body, appendices: [], ...overrides });
}

const BODY = (): VanBanDocument['body'] => [
  section('MỤC ĐÍCH, YÊU CẦU', [
    clause('Mục đích', [], { id: 'c1' }),
    para('Nâng cao nhận thức về chuyển đổi số.', { id: 'p1' }),
    para('Triển khai đồng bộ các nhiệm vụ.', { id: 'p2' }),
  ], { id: 's1' }),
];

describe('diffDocuments: blocks aligned by id', () => {
  it('identical documents → every block same, no field changed', () => {
    const result = diffDocuments(doc(BODY()), doc(BODY()));
    expect(result.same).toBe(true);
    expect(result.blocks.map((b) => `${b.id}:${b.status}`)).toEqual(['s1:same', 'c1:same', 'p1:same', 'p2:same']);
  });

  it('a block changed, one added, one removed → in reading order of the new version, removed where it was', () => {
    const after = [
      section('MỤC ĐÍCH, YÊU CẦU', [
        clause('Mục đích', [], { id: 'c1' }),
        para('Nâng cao nhận thức về chuyển đổi số và an toàn thông tin.', { id: 'p1' }),
        para('Bảo đảm kinh phí thực hiện.', { id: 'p3' }),
      ], { id: 's1' }),
    ];
    const result = diffDocuments(doc(BODY()), doc(after));
    expect(result.same).toBe(false);
    expect(result.blocks.map((b) => `${b.id}:${b.status}`)).toEqual(['s1:same', 'c1:same', 'p1:changed', 'p2:removed', 'p3:added']);
    const [p1, p2, p3] = result.blocks.slice(2);
    expect(redline(p1.words!)).toEqual(['=Nâng cao nhận thức về chuyển đổi số', '+ và an toàn thông tin', '=.']);
    expect(p1.changes).toEqual(['text']);
    expect(redline(p2.words!)).toEqual(['-Triển khai đồng bộ các nhiệm vụ.']);
    expect(p2.before?.text).toBe('Triển khai đồng bộ các nhiệm vụ.');
    expect(redline(p3.words!)).toEqual(['+Bảo đảm kinh phí thực hiện.']);
  });

  it('a block moved above another → moved, same content', () => {
    const body = BODY();
    const children = (body[0] as { children: VanBanDocument['body'] }).children;
    [children[1], children[2]] = [children[2], children[1]];
    const result = diffDocuments(doc(BODY()), doc(body));
    const moved = result.blocks.filter((b) => b.moved).map((b) => `${b.id}:${b.status}`);
    expect(moved).toHaveLength(1);
    expect(['p1:same', 'p2:same']).toContain(moved[0]);
    expect(result.blocks.map((b) => b.id)).toEqual(['s1', 'c1', 'p2', 'p1']);
    expect(result.same).toBe(false);
  });

  it('a paragraph made a point (Tab) → changed kind, words equal', () => {
    const after = BODY();
    const children = (after[0] as { children: VanBanDocument['body'] }).children;
    (children[0] as { children: VanBanDocument['body'] }).children.push(point('Nâng cao nhận thức về chuyển đổi số.', [], { id: 'p1' }));
    children.splice(1, 1);
    const p1 = diffDocuments(doc(BODY()), doc(after)).blocks.find((b) => b.id === 'p1')!;
    expect([p1.status, p1.changes, p1.before?.block.kind, p1.after?.block.kind]).toEqual(['changed', ['kind'], 'paragraph', 'point']);
    expect(redline(p1.words!)).toEqual(['=Nâng cao nhận thức về chuyển đổi số.']);
  });

  it('only bold added → changed, format', () => {
    const after = BODY();
    const children = (after[0] as { children: VanBanDocument['body'] }).children;
    children[2] = para([{ text: 'Triển khai đồng bộ ', bold: false }, { text: 'các nhiệm vụ.', bold: true }], { id: 'p2' });
    const p2 = diffDocuments(doc(BODY()), doc(after)).blocks.find((b) => b.id === 'p2')!;
    expect([p2.status, p2.changes]).toEqual(['changed', ['format']]);
  });

  it('a table cell changed and an appendix block added', () => {
    const before = doc(BODY(), { appendices: [appendix('DANH MỤC NHIỆM VỤ', [table(['STT', 'Nhiệm vụ'], [['', 'Khảo sát hạ tầng']], { id: 't1' })], { id: 'a1' })] });
    const after = doc(BODY(), { appendices: [appendix('DANH MỤC NHIỆM VỤ', [
      table(['STT', 'Nhiệm vụ'], [['', 'Khảo sát hạ tầng số']], { id: 't1' }),
      para('Ghi chú: kinh phí từ ngân sách tỉnh.', { id: 'n1' }),
    ], { id: 'a1' })] });
    const blocks = diffDocuments(before, after).blocks.filter((b) => b.status !== 'same');
    expect(blocks.map((b) => `${b.id}:${b.status}:${b.after?.part}`)).toEqual(['t1:changed:appendix:a1', 'n1:added:appendix:a1']);
    expect(redline(blocks[0].words!)).toEqual(['=STT | Nhiệm vụ\n | Khảo sát hạ tầng', '+ số']);
  });

  it('the same text in NFD → same', () => {
    const nfd = JSON.parse(JSON.stringify(BODY()).normalize('NFD')) as VanBanDocument['body'];
    expect(diffDocuments(doc(BODY()), doc(nfd)).same).toBe(true);
  });
});

describe('diffDocuments: fields', () => {
  const changedFields = (before: VanBanDocument, after: VanBanDocument): string[] =>
    diffDocuments(before, after).fields.filter((f) => f.status !== 'same').map((f) => `${f.field}:${f.status}`);

  it('number assigned, summary reworded, signer changed, a recipient added', () => {
    const before = makePlan({ appendices: [], header: { number: null }, summary: 'Chuyển đổi số tỉnh Quảng Trị năm 2023', recipients: ['Như trên'] });
    const after = makePlan({
      appendices: [],
      header: { number: 12 },
      summary: 'Chuyển đổi số tỉnh Quảng Trị giai đoạn 2023 - 2025',
      signature: { signerName: 'Hoàng Văn F' },
      recipients: ['Như trên', 'Lưu: VT'],
    });
    expect(changedFields(before, after)).toEqual(['header.number:added', 'summary:changed', 'signature.signerName:changed', 'recipients:changed']);
    const summary = diffDocuments(before, after).fields.find((f) => f.field === 'summary')!;
    expect(redline(summary.words)).toEqual([
      '=Chuyển đổi số tỉnh Quảng Trị ', '-năm ', '+giai đoạn ', '=2023', '+ - 2025',
    ]);
    const recipients = diffDocuments(before, after).fields.find((f) => f.field === 'recipients')!;
    expect(redline(recipients.words)).toEqual(['=Như trên', '+\nLưu: VT']);
  });

  it('date and appendix title', () => {
    const before = makePlan({ header: { date: { day: null, month: 1, year: 2023 } }, appendices: [appendix('DANH MỤC', [], { id: 'a1' })] });
    const after = makePlan({ header: { date: { day: 9, month: 1, year: 2023 } }, appendices: [appendix('DANH MỤC NHIỆM VỤ', [], { id: 'a1' })] });
    const fields = diffDocuments(before, after).fields.filter((f) => f.status !== 'same');
    expect(fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ['header.date', '…/01/2023', '09/01/2023'],
      ['appendix:a1.title', 'DANH MỤC', 'DANH MỤC NHIỆM VỤ'],
    ]);
  });
});
