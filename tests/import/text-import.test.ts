/**
 * Plain-text import: every sample as written (one paragraph per line, blank lines between, as in
 * an e-mail) and as copied from a PDF (header columns side by side on one line, paragraphs wrapped
 * at 72 characters, no blank lines). Same structure recovery as DOCX; nothing dropped.
 */
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../core/file/document-file';
import { importText } from '../../core/import';
import { textToSource } from '../../core/import/text-source';
import { readSample, sampleFiles, type Sample } from '../fixtures/import/samples';
import { containsInOrder, flatten, letters } from './helpers/model-text';

const samples = sampleFiles().map(readSample);
const TYPE_NAME = /^(KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|QUYẾT ĐỊNH)$/u;

function asEmail(s: Sample): string {
  return [...s.left, '', ...s.right, '', ...s.body.flatMap((l) => [l, '']), ...s.signature, '', ...s.recipients].join('\n');
}

function wrap(line: string, width = 72): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

function asPdfCopy(s: Sample): string {
  const header: string[] = [];
  for (let i = 0; i < Math.max(s.left.length, s.right.length); i++) header.push([s.left[i] ?? '', s.right[i] ?? ''].filter(Boolean).join('   '));
  return [...header, ...s.body.flatMap((l) => wrap(l)), ...s.recipients, ...s.signature].join('\n');
}

function bodyKinds(s: Sample): { kind: string; text: string }[] {
  return s.body
    .filter((l, i) => !TYPE_NAME.test(l) && !(i > 0 && TYPE_NAME.test(s.body[i - 1])) && !/^(Căn cứ|Kính gửi)/u.test(l) && !/\.\/\.$/.test(l))
    .map((line) => ({
      kind: /^[IVX]+\.\s/u.test(line) ? 'section' : /^\d+\.\s/.test(line) ? 'clause' : /^[a-zđ]\)\s/u.test(line) ? 'point' : /^-(\s|$)/.test(line) ? 'dash' : /^\+\s/.test(line) ? 'plus' : 'paragraph',
      text: line.replace(/^\s*(?:[IVX]+\.|\d+\.|[a-zđ]\)|[-+])\s*/u, ''),
    }));
}

function kindAccuracy(s: Sample, text: string): number {
  const { document } = importText(text);
  const actual = flatten(document.body);
  const expected = bodyKinds(s);
  let right = 0;
  let from = 0;
  for (const e of expected) {
    const at = actual.findIndex((a, i) => i >= from && letters(a.text) === letters(e.text));
    if (at < 0) continue;
    from = at + 1;
    if (actual[at].kind === e.kind) right++;
  }
  return right / expected.length;
}

const figures: string[] = [];

describe.each(samples.map((s) => [s.name, s] as const))('text import of sample %s', (_name, sample) => {
  it.each([
    ['as an e-mail', asEmail],
    ['as copied from a PDF', asPdfCopy],
  ] as const)('%s: header, date, summary, closing, signature, recipients; nothing dropped', (how, render) => {
    const text = render(sample);
    const { document: doc } = importText(text);
    validateDocument(doc);
    const dateLine = sample.right.find((l) => /ngày/u.test(l))!;
    const d = /^(.*), ngày (\d+) tháng (\d+) năm (\d+)$/u.exec(dateLine)!;
    expect(doc.header.place).toBe(d[1]);
    expect(doc.header.date).toEqual({ day: Number(d[2]), month: Number(d[3]), year: Number(d[4]) });
    const numberLine = sample.left.find((l) => /^Số(?=[\s:])/u.test(l));
    if (numberLine) expect(doc.header.number).toBe(Number(/(\d+)\//.exec(numberLine)![1]));
    const subject = sample.left.find((l) => /^V\/v /.test(l));
    const typeAt = sample.body.findIndex((l) => TYPE_NAME.test(l));
    expect(doc.summary).toBe(subject ? subject.replace(/^V\/v /, '') : sample.body[typeAt + 1]);
    expect(doc.kind).toBe(typeAt >= 0 ? 'ke-hoach' : 'cong-van');
    const closing = sample.body.find((l) => /\.\/\.$/.test(l));
    expect(doc.closing).toBe(closing ? closing.replace(/\.\/\.$/, '') : '');
    expect(doc.recipients.length + (doc.archive ? 1 : 0)).toBe(sample.recipients.length - 1);
    const source = [...sample.left, ...sample.body, ...sample.recipients, ...sample.signature].filter(
      (l) => !TYPE_NAME.test(l) && !/^Số(?=[\s:])/u.test(l) && !/, ngày \d+ tháng/u.test(l) && !/^(CỘNG HÒA|Độc lập)/u.test(l),
    );
    expect(containsInOrder(doc, source).missing).toEqual([]);
    const accuracy = kindAccuracy(sample, text);
    figures.push(`${sample.name} ${how}: ${(accuracy * 100).toFixed(1)}%`);
    expect(accuracy).toBeGreaterThanOrEqual(how === 'as an e-mail' ? 1 : 0.9);
  });
});

describe('text structure recovery', () => {
  it('joins wrapped lines, keeps items apart, and undoes only real hyphenation', () => {
    const text = [
      'I. MỤC ĐÍCH, YÊU',
      'CẦU',
      '1. Nâng cao nhận thức của cán bộ về cải cách',
      'hành chính. tiếp tục câu',
      '- Tuyên truyền trên báo, đài, trang thông tin điện',
      'tử của tỉnh;',
      '- Kinh tế - xã hội phát triển nhờ chuyển đổi',
      '- số là một mục khác.',
      'Dòng có gạch nối thật trong e-',
      'mail gửi đi.',
    ].join('\n');
    const paras = textToSource(text).blocks.map((b) => (b.type === 'para' ? b.text : ''));
    expect(paras).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao nhận thức của cán bộ về cải cách hành chính. tiếp tục câu',
      '- Tuyên truyền trên báo, đài, trang thông tin điện tử của tỉnh;',
      '- Kinh tế - xã hội phát triển nhờ chuyển đổi',
      '- số là một mục khác.',
      'Dòng có gạch nối thật trong email gửi đi.',
    ]);
  });

  it('takes a last "Trên đây là …" paragraph without "./." as the closing sentence', () => {
    const { document: doc, report } = importText(
      [
        'UBND TỈNH QUẢNG TRỊ',
        'Số: 20/KH-UBND',
        'Quảng Trị, ngày 02 tháng 11 năm 2023',
        'KẾ HOẠCH',
        'Tuyên truyền cải cách hành chính năm 2024',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao nhận thức của cán bộ.',
        'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND tỉnh',
        'Nơi nhận:',
        '- Các sở, ban, ngành;',
        '- Lưu: VT.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
      ].join('\n'),
    );
    expect(doc.closing).toBe('Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND tỉnh');
    expect(flatten(doc.body).map((b) => b.text)).not.toContain(doc.closing);
    expect(report.warnings.join(' ')).toMatch(/no "\.\/\." mark/);
  });

  it('reads a letter pasted from an e-mail: addressees, legal basis, items, signature', () => {
    const { document: doc } = importText(
      [
        'UBND TỈNH QUẢNG TRỊ',
        'SỞ TƯ PHÁP',
        'Số: 15/STP-PBGDPL',
        'V/v hưởng ứng Ngày Pháp luật',
        'Quảng Trị, ngày 02 tháng 11 năm 2023',
        '',
        'Kính gửi: Các phòng, đơn vị thuộc Sở.',
        '',
        'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;',
        'Sở Tư pháp đề nghị các đơn vị thực hiện:',
        '- Treo khẩu hiệu;',
        '+ tại trụ sở;',
        'Đề nghị các đơn vị thực hiện./.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'GIÁM ĐỐC',
        'Nguyễn Văn C',
      ].join('\n'),
    );
    expect(doc.kind).toBe('cong-van');
    expect(doc.header).toMatchObject({ parentAgency: 'UBND TỈNH QUẢNG TRỊ', issuingAgency: 'SỞ TƯ PHÁP', number: 15, agencyCode: 'STP', unitCode: 'PBGDPL' });
    expect(doc.summary).toBe('hưởng ứng Ngày Pháp luật');
    expect(doc.addressees).toEqual(['Các phòng, đơn vị thuộc Sở']);
    expect(doc.legalBasis).toEqual(['Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012']);
    expect(flatten(doc.body).map((b) => b.kind)).toEqual(['paragraph', 'dash', 'plus']);
    expect(doc.closing).toBe('Đề nghị các đơn vị thực hiện');
    expect(doc.recipients).toEqual(['Như trên']);
    expect(doc.archive).toBe('VT');
    expect(doc.signature).toMatchObject({ headTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn C' });
  });

  it('prints the per-sample structure figures', () => {
    console.log(`[import] text structure (blocks of the right kind): ${figures.join('; ')}`);
    expect(figures.length).toBe(samples.length * 2);
  });
});
