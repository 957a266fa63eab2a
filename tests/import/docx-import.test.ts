/**
 * DOCX import on files made by LibreOffice (not our writer): every sample plan, a plan numbered
 * by Word-style automatic lists, a letter with a merged-cell table and an appendix, and legacy-font
 * plans (.VnTime / .VnTimeH, VNI-Times). Precision and recall of structure recognition are printed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../core/import';
import { formatRecipientLines } from '../../core/format/recipients';
import { validateDocument } from '../../core/file/document-file';
import type { VanBanDocument } from '../../core/model/types';
import { findSoffice } from '../helpers/libreoffice';
import { convertToDocx } from './helpers/convert';
import { containsInOrder, flatten, letters } from './helpers/model-text';
import { LEGACY_LINES, LETTER_EXPECTED, NUMBERED_EXPECTED, legacyPlanFodt, letterHtml, numberedPlanFodt, type ExpectedBlock } from '../fixtures/import/plans';
import { readSample, sampleFiles, sampleHtml, type Sample } from '../fixtures/import/samples';

const soffice = findSoffice();
if (!soffice) console.warn('[import] LibreOffice (soffice) not found: the LibreOffice-made DOCX import tests are skipped.');

const dir = mkdtempSync(join(tmpdir(), 'vanban-import-'));
const docx = new Map<string, Uint8Array>();
const samples = sampleFiles().map(readSample);

beforeAll(() => {
  if (!soffice) return;
  const sources: [string, string][] = [
    ...samples.map((s): [string, string] => [`${s.name}.html`, sampleHtml(s)]),
    ['numbered.fodt', numberedPlanFodt()],
    ['legacy-tcvn3.fodt', legacyPlanFodt('tcvn3')],
    ['legacy-vni.fodt', legacyPlanFodt('vni')],
    ['legacy-tcvn3-vn1.fodt', legacyPlanFodt('tcvn3-vn1')],
    ['letter.html', letterHtml()],
  ];
  const files = sources.map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
  const outputs = convertToDocx(soffice, files, dir);
  sources.forEach(([name], i) => docx.set(name.replace(/\.\w+$/, ''), readFileSync(outputs[i])));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(name: string) {
  const bytes = docx.get(name);
  if (!bytes) throw new Error(`fixture ${name} was not converted`);
  const result = importDocx(bytes);
  validateDocument(result.document); // the import is a valid document
  return result;
}

const ROMAN = /^[IVX]+\.\s/u;
const TYPE_NAME = /^(KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|QUYẾT ĐỊNH)$/u;

/** What the sample's own markup says each body line is. */
function expectedFromSample(sample: Sample): ExpectedBlock[] {
  const out: ExpectedBlock[] = [];
  sample.body.forEach((line, i) => {
    if (TYPE_NAME.test(line) || (i > 0 && TYPE_NAME.test(sample.body[i - 1]))) return;
    if (/^(Căn cứ|Kính gửi)\b/u.test(line) || /\.\/\.$/.test(line)) return;
    const kind = ROMAN.test(line)
      ? 'section'
      : /^\d+\.\s/.test(line)
        ? 'clause'
        : /^[a-zđ]\)\s/u.test(line)
          ? 'point'
          : /^-(\s|$)/.test(line)
            ? 'dash'
            : /^\+\s/.test(line)
              ? 'plus'
              : 'paragraph';
    out.push({ kind, text: line.replace(/^\s*(?:[IVX]+\.|\d+\.|[a-zđ]\)|[-+])\s*/u, '') });
  });
  return out;
}

/** Structure scores: matched blocks (same text, in order) whose kind is right. */
const totals = { expected: 0, predicted: 0, correct: 0, blocks: 0, blocksRight: 0 };
function score(doc: VanBanDocument, expected: ExpectedBlock[]) {
  const actual = [...flatten(doc.body), ...doc.appendices.flatMap((a) => flatten(a.body))];
  const structural = (k: string) => k !== 'paragraph';
  let from = 0;
  let correct = 0;
  let right = 0;
  for (const e of expected) {
    const at = actual.findIndex((a, i) => i >= from && (e.kind === 'table' ? a.kind === 'table' : letters(a.text) === letters(e.text)));
    if (at < 0) continue;
    from = at + 1;
    if (actual[at].kind === e.kind) {
      right++;
      if (structural(e.kind)) correct++;
    }
  }
  totals.expected += expected.filter((e) => structural(e.kind)).length;
  totals.predicted += actual.filter((a) => structural(a.kind)).length;
  totals.correct += correct;
  totals.blocks += expected.length;
  totals.blocksRight += right;
  return { right, of: expected.length };
}

describe.skipIf(!soffice)('DOCX import of LibreOffice-made files', () => {
  describe.each(samples.map((s) => [s.name, s] as const))('sample %s', (_name, sample) => {
    it('recognises the header, title, body structure, signature and recipients the sample shows', () => {
      const { document: doc } = load(sample.name);
      const h = doc.header;
      const numberLine = sample.left.find((l) => /^Số(?=[\s:])/u.test(l));
      if (numberLine) {
        const m = /^Số:?\s*(\d+)\/(?:(KH)-)?([^-\s]+)(?:-(\S+))?$/u.exec(numberLine)!;
        expect(h.number).toBe(Number(m[1]));
        expect(h.agencyCode).toBe(m[3]);
        expect(h.unitCode).toBe(m[4] ?? '');
        expect(doc.kind).toBe(sample.body.includes('KẾ HOẠCH') ? 'ke-hoach' : 'cong-van');
      }
      const dateLine = sample.right.find((l) => /ngày/u.test(l))!;
      const d = /^(.*), ngày (\d+) tháng (\d+) năm (\d+)$/u.exec(dateLine)!;
      expect(h.place).toBe(d[1]);
      expect(h.date).toEqual({ day: Number(d[2]), month: Number(d[3]), year: Number(d[4]) });
      const agencies = sample.left.slice(0, numberLine ? sample.left.indexOf(numberLine) : sample.left.length).filter((l) => !/^V\/v/.test(l));
      if (agencies.length > 0) expect([h.parentAgency, h.issuingAgency].filter(Boolean).join('\n')).toBe(agencies.join('\n'));
      const subject = sample.left.find((l) => /^V\/v /.test(l));
      const typeAt = sample.body.findIndex((l) => TYPE_NAME.test(l));
      expect(doc.summary).toBe(subject ? subject.replace(/^V\/v /, '') : sample.body[typeAt + 1]);
      const closing = sample.body.find((l) => /\.\/\.$/.test(l));
      expect(doc.closing).toBe(closing ? closing.replace(/\.\/\.$/, '') : '');
      // Recipients and archive.
      const lines = sample.recipients.slice(1);
      const archive = lines.find((l) => /^- Lưu\b/u.test(l));
      expect(doc.recipients).toEqual(lines.filter((l) => l !== archive).map((l) => l.replace(/^- /, '').replace(/[;.]$/, '')));
      // "- Lưu: VT, NCKS." keeps its units; "- Lưu VP.BTGTU." (no colon) is kept and printed as written.
      expect(doc.archive).toBe(archive ? archive.replace(/^- Lưu:\s*/u, '').replace(/^- /u, '').replace(/\.$/, '') : '');
      if (archive) expect(formatRecipientLines(doc.recipients, doc.archive, doc.variant).at(-1)).toBe(archive);
      // Signature: title lines and the name.
      const sig = sample.signature;
      if (sig.length > 0) {
        const titles = [doc.signature.collective, doc.signature.headTitle, doc.signature.signerTitle].filter(Boolean).join(' ');
        const sampleTitles = sig.filter((l) => l === l.toUpperCase()).map((l) => l.replace(/^(K\/T|KT\.|TM\.|T\/M)\s*/u, '')).join(' ');
        expect(titles).toBe(sampleTitles);
        const name = sig.find((l) => l !== l.toUpperCase());
        expect(doc.signature.signerName).toBe(name ?? '');
      }
      if (sig.some((l) => /^K\/T\b/u.test(l))) expect(doc.signature.authority).toBe('KT');
    });

    it('keeps every non-empty paragraph of the source, in order', () => {
      const { document: doc } = load(sample.name);
      const source = [...sample.left, ...sample.body, ...sample.recipients, ...sample.signature].filter(
        (l) => !TYPE_NAME.test(l) && !/^Số(?=[\s:])/u.test(l) && !/, ngày \d+ tháng/u.test(l),
      );
      expect(containsInOrder(doc, source).missing).toEqual([]);
    });

    it('recognises body structure as the sample marks it', () => {
      const { document: doc } = load(sample.name);
      const expected = expectedFromSample(sample);
      const { right, of } = score(doc, expected);
      expect(right / of).toBeGreaterThanOrEqual(0.95);
    });
  });

  it('sample 002: Số 61/KH-UBND, Thái Bình 19/12/2024, sections I–III, points a)–h) with đ)', () => {
    const { document: doc } = load(samples.find((s) => s.name.startsWith('002'))!.name);
    expect(doc.header).toMatchObject({ number: 61, agencyCode: 'UBND', place: 'Thái Bình', issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH', parentAgency: '' });
    expect(doc.header.date).toEqual({ day: 19, month: 12, year: 2024 });
    const sections = doc.body.filter((b) => b.type === 'section');
    expect(sections.map((s) => flatten([s])[0].text)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'TỔ CHỨC THỰC HIỆN']);
    const points = flatten(doc.body).filter((b) => b.kind === 'point');
    expect(points).toHaveLength(8); // a b c d đ e g h
    expect(points[4].text).toMatch(/^Văn phòng/u);
  });

  it('reads Word automatic numbering (w:numPr) as sections, clauses, points, dash and plus items', () => {
    const bytes = docx.get('numbered')!;
    expect(new TextDecoder().decode(bytes).length).toBeGreaterThan(0);
    const { document: doc, report } = load('numbered');
    const { right, of } = score(doc, NUMBERED_EXPECTED);
    expect(right).toBe(of);
    expect(doc.body.filter((b) => b.type === 'section')).toHaveLength(3);
    expect(doc.header).toMatchObject({ parentAgency: 'UBND TỈNH QUẢNG TRỊ', issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', number: 5, agencyCode: 'STTTT' });
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.closing).toBe('Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2023');
    expect(report.recognised).toEqual(expect.arrayContaining(['body.section', 'body.clause', 'body.point', 'body.dash', 'body.plus']));
  });

  it('reads a letter: subject over two lines, addressee list, plus items, merged-cell table, signature with "(Đã ký)", appendix', () => {
    const { document: doc, report } = load('letter');
    expect(doc.kind).toBe('cong-van');
    expect(doc.summary).toBe('tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2021');
    expect(doc.addressees).toEqual(['Đài Truyền thanh các huyện, thị xã, thành phố', 'Cổng Thông tin điện tử tỉnh']);
    const { right, of } = score(doc, LETTER_EXPECTED);
    expect(right).toBe(of);
    const table = doc.body.find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type === 'table') {
      expect(table.table.headerRows).toHaveLength(2);
      expect(table.table.headerRows[0].map((c) => [c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([[2, 1], [2, 1], [1, 2]]);
      expect(table.table.columns).toHaveLength(4);
      expect(table.table.numbered).toBe(true);
    }
    expect(doc.closing).toBe('Đề nghị các đơn vị quan tâm, phối hợp thực hiện');
    expect(doc.signature).toEqual({ collective: '', authority: 'KT', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Hoàng Đức' });
    expect(report.decorations).toContain('(Đã ký)');
    expect(doc.recipients).toEqual(['Như trên', 'Giám đốc Sở (để b/c)']);
    expect(doc.archive).toBe('VT, TTBCXB');
    expect(doc.appendices).toHaveLength(1);
    expect(doc.appendices[0].title).toBe('DANH SÁCH ĐƠN VỊ PHỐI HỢP');
    const appendixTable = doc.appendices[0].body.find((b) => b.type === 'table');
    expect(appendixTable?.type === 'table' && appendixTable.table.rows.length).toBe(2);
    expect(doc.header.issuingAgencyInText).toBe('Sở Thông tin và Truyền thông');
  });

  it.each(['tcvn3', 'vni'] as const)('converts a legacy %s plan to Unicode and recognises it', (encoding) => {
    const { document: doc, report } = load(`legacy-${encoding}`);
    const L = LEGACY_LINES;
    expect(report.recognised).toContain(`legacy.${encoding}`);
    expect(doc.header).toMatchObject({ issuingAgency: `${L.agency}\n${L.agency2}`, number: 12, agencyCode: 'UBND', place: 'Quảng Trị' });
    expect(doc.header.date).toEqual({ day: 9, month: 3, year: 2023 });
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.summary).toBe(L.summary);
    const flat = flatten(doc.body);
    expect(flat[0]).toEqual({ kind: 'section', text: 'MỤC ĐÍCH, YÊU CẦU' });
    expect(flat[1]).toEqual({ kind: 'dash', text: L.dash.slice(2) });
    expect(flat.filter((b) => b.kind === 'point').map((b) => b.text[0])).toEqual(['B', 'Đ', 'Đ', 'Đ', 'Ư']);
    expect(doc.closing).toBe(L.closing.replace('./.', ''));
    const all = JSON.stringify(doc);
    expect(all).toBe(all.normalize('NFC'));
  });

  it('reads the capitals with tones a .VnTime run carries in their VN1 positions (Ủy ban, not "y ban")', () => {
    const { document: doc, report } = load('legacy-tcvn3-vn1');
    expect(report.recognised).toContain('legacy.tcvn3');
    const point = flatten(doc.body).find((b) => b.kind === 'point' && b.text.startsWith('Ưu'));
    expect(point?.text).toContain('Ủy ban nhân dân');
    expect(report.notes.some((n) => n.code === 'legacy-vn1')).toBe(true);
  });

  it('reports precision and recall of structure recognition over all fixtures', () => {
    // Scores were gathered by the tests above (samples, numbered plan, letter).
    const precision = totals.correct / totals.predicted;
    const recall = totals.correct / totals.expected;
    console.log(
      `[import] structure recognition on LibreOffice-made fixtures: precision ${(precision * 100).toFixed(1)}% (${totals.correct}/${totals.predicted}), recall ${(recall * 100).toFixed(1)}% (${totals.correct}/${totals.expected}); blocks of the right kind ${totals.blocksRight}/${totals.blocks}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
