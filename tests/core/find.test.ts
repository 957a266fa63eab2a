import { describe, expect, it } from 'vitest';
import { DEFAULT_FIND_OPTIONS, findInText, type FindOptions } from '../../core/find/match';
import { bodyHits, findInDocument, replaceInRuns, replaceInTable, replaceOutsideBody } from '../../core/find/replace';
import { flattenBody } from '../../core/model/flat-body';
import { appendix, bold, comment, makePlan, para, table } from '../fixtures/documents';

const opts = (over: Partial<FindOptions> = {}): FindOptions => ({ ...DEFAULT_FIND_OPTIONS, ...over });
const found = (text: string, query: string, over: Partial<FindOptions> = {}) =>
  findInText(text, query, opts(over)).map((m) => text.normalize('NFC').slice(m.start, m.end));

describe('findInText', () => {
  it('ignores case by default and keeps it with match case', () => {
    expect(found('Ủy ban và ỦY BAN', 'ủy ban')).toEqual(['Ủy ban', 'ỦY BAN']);
    expect(found('Ủy ban và ỦY BAN', 'ỦY BAN', { matchCase: true })).toEqual(['ỦY BAN']);
  });

  it('is diacritics-sensitive by default: tones and đ count', () => {
    expect(found('cải cách hành chính, cai cach', 'cai cach')).toEqual(['cai cach']);
    expect(found('cải cách', 'cái cách')).toEqual([]);
    expect(found('đơn vị, don vi', 'đơn vị')).toEqual(['đơn vị']);
  });

  it('without diacritics: "cai cach" finds "cải cách", d finds đ and the other way round', () => {
    expect(found('Đẩy mạnh cải cách hành chính', 'cai cach', { ignoreDiacritics: true })).toEqual(['cải cách']);
    expect(found('Đơn vị chủ trì; đôn đốc', 'don', { ignoreDiacritics: true })).toEqual(['Đơn', 'đôn']);
    expect(found('don vi', 'đơn vị', { ignoreDiacritics: true })).toEqual(['don vi']);
    // Case still follows match case.
    expect(found('Đơn vị, đơn vị', 'DON', { ignoreDiacritics: true, matchCase: true })).toEqual([]);
    expect(found('Đơn vị, đơn vị', 'Don', { ignoreDiacritics: true, matchCase: true })).toEqual(['Đơn']);
  });

  it('reads NFD text and NFD queries as NFC, offsets in the NFC text', () => {
    const nfd = 'Kế hoạch cải cách'.normalize('NFD');
    const matches = findInText(nfd, 'cải cách'.normalize('NFD'), opts());
    expect(matches).toEqual([{ start: 9, end: 17 }]);
    expect('Kế hoạch cải cách'.slice(9, 17)).toBe('cải cách');
    expect(found(nfd, 'ke hoach', { ignoreDiacritics: true })).toEqual(['Kế hoạch']);
  });

  it('never ends a match inside a letter: "a" does not find the base of "ả" with diacritics kept', () => {
    expect(found('cải', 'ca')).toEqual([]);
    // A combining mark with no precomposed form stays with its letter.
    const odd = 'x\u0323\u0306y';
    expect(found(odd, 'x')).toEqual([]);
    expect(found(odd, 'xy', { ignoreDiacritics: true })).toEqual([odd.normalize('NFC')]);
  });

  it('whole word: no match inside a longer word, Vietnamese letters count as word letters', () => {
    expect(found('dân, nhân dân, dâng', 'dân', { wholeWord: true })).toEqual(['dân', 'dân']);
    expect(found('chính quyền, chínhphủ', 'chính', { wholeWord: true })).toEqual(['chính']);
    expect(found('UBND tỉnh, UBNDT', 'ubnd', { wholeWord: true })).toEqual(['UBND']);
    // "ầ" next to "d" is a letter: "đ" in "đầu" is not a whole word.
    expect(found('đầu', 'đ', { wholeWord: true })).toEqual([]);
    expect(found('05/KH-UBND', 'KH', { wholeWord: true })).toEqual(['KH']);
  });

  it('finds non-overlapping matches and nothing for an empty query', () => {
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(findInText('abc', '', opts())).toEqual([]);
  });
});

describe('findInDocument', () => {
  const doc = () =>
    makePlan({
      summary: 'Cải cách hành chính năm 2023',
      body: [para('Đẩy mạnh cải cách hành chính.', { id: 'p1' }), table(['Nội dung', 'Ghi chú'], [['Cải cách thủ tục', '']], { id: 't1' })],
      appendices: [appendix('DANH MỤC NHIỆM VỤ CẢI CÁCH', [table(['Nhiệm vụ'], [['Rà soát cải cách']], { id: 'at1' })])],
      comments: [comment('p1', 'Xem lại câu cải cách này')],
    });

  it('looks in the header, body, body tables, appendix title and tables, and comments, in reading order', () => {
    const d = doc();
    const hits = findInDocument(d, flattenBody(d.body), 'cải cách', opts());
    expect(hits.map((hit) => hit.key)).toEqual([
      'field:summary',
      'body:p1',
      'cell:body:t1:1:0',
      'field:appendices.0.title',
      'cell:0:at1:1:0',
      `comment:${d.comments[0].id}`,
    ]);
    expect(hits.filter((hit) => !hit.replaceable).map((hit) => hit.place.part)).toEqual(['comment']);
    expect(bodyHits(hits).map((hit) => hit.key)).toEqual(['body:p1', 'cell:body:t1:1:0']);
  });

  it('replaces outside the body only, leaving the body and comments to their owners', () => {
    const d = doc();
    const hits = findInDocument(d, flattenBody(d.body), 'cải cách', opts());
    const out = replaceOutsideBody(d, hits, 'đổi mới');
    expect(out.summary).toBe('đổi mới hành chính năm 2023');
    expect(out.appendices[0].title).toBe('DANH MỤC NHIỆM VỤ đổi mới');
    const cellRuns = (out.appendices[0].body[0] as { table: { rows: { paragraphs: { text: string }[][] }[][] } }).table.rows[0][0].paragraphs[0];
    expect(cellRuns.map((run) => run.text).join('')).toBe('Rà soát đổi mới');
    expect(out.body).toBe(d.body);
    expect(out.comments).toBe(d.comments);
    expect(out.header).toBe(d.header);
    expect(replaceOutsideBody(d, [], 'x')).toBe(d);
  });

  it('replaces in list fields by line', () => {
    const d = makePlan({ recipients: ['UBND tỉnh', 'Sở Nội vụ', 'UBND các huyện'] });
    const hits = findInDocument(d, flattenBody(d.body), 'UBND', opts({ matchCase: true, wholeWord: true })).filter((hit) => hit.key.startsWith('field:recipients'));
    expect(replaceOutsideBody(d, hits, 'Ủy ban nhân dân').recipients).toEqual(['Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Ủy ban nhân dân các huyện']);
  });
});

describe('replaceInRuns', () => {
  it('gives the new text the formatting of the run where the match starts, keeps the rest', () => {
    const runs = [{ text: 'Đẩy mạnh ' }, bold('cải cách'), { text: ' hành chính' }];
    expect(replaceInRuns(runs, [{ start: 9, end: 17 }], 'đổi mới')).toEqual([{ text: 'Đẩy mạnh ' }, bold('đổi mới'), { text: ' hành chính' }]);
    // A match across two runs: the first run's formatting, the second run's remainder kept.
    expect(replaceInRuns(runs, [{ start: 4, end: 12 }], 'X')).toEqual([{ text: 'Đẩy X' }, bold(' cách'), { text: ' hành chính' }]);
  });

  it('replaces several ranges, later ones first', () => {
    expect(replaceInRuns([{ text: 'a b a' }], [{ start: 0, end: 1 }, { start: 4, end: 5 }], 'xyz')).toEqual([{ text: 'xyz b xyz' }]);
  });

  it('replaces in a table cell, header rows counted first', () => {
    const t = table(['Nội dung'], [['cải cách'], ['khác']]).table;
    const d = makePlan({ body: [{ type: 'table', id: 'tt', table: t }] });
    const hits = findInDocument(d, flattenBody(d.body), 'cải cách', opts());
    const next = replaceInTable(t, hits, 'đổi mới');
    expect(next.rows[0][0].paragraphs[0][0].text).toBe('đổi mới');
    expect(next.rows[1]).toBe(next.rows[1]);
    expect(next.headerRows[0][0].paragraphs[0][0].text).toBe('Nội dung');
  });
});
