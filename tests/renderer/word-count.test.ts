import { describe, expect, it } from 'vitest';
import { countWords, documentWords } from '../../renderer/app/word-count';
import { flattenBody } from '../../core/model/flat-body';
import { appendix, makePlan, para, section, table } from '../fixtures/documents';

describe('word count', () => {
  it('counts Vietnamese syllables and numbers as words, not punctuation or markers', () => {
    expect(countWords('Nâng cao nhận thức, trách nhiệm của cán bộ.')).toBe(9);
    expect(countWords('- Năm 2025: 15 nhiệm vụ; ./.')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
  });

  it('counts decomposed (NFD) text the same as NFC', () => {
    const text = 'Kế hoạch triển khai';
    expect(countWords(text.normalize('NFD'))).toBe(countWords(text.normalize('NFC')));
  });

  it('counts summary, legal basis, body, tables, closing and appendices but not the header', () => {
    const body = [section('NỘI DUNG', [para('Tổ chức tập huấn.')]), table(['STT', 'Nội dung'], [['', 'Họp báo']])];
    const doc = makePlan({
      summary: 'Triển khai nhiệm vụ',
      legalBasis: ['Căn cứ Luật Tổ chức'],
      closing: 'Trên đây là Kế hoạch',
      body,
      addressees: [],
      appendices: [appendix('DANH MỤC', [table(['Việc'], [['Viết báo cáo']])])],
    });
    // summary 4 + basis 5 + section 2 + paragraph 4 + table 5 + closing 5 + appendix title 2 + table 4
    expect(documentWords(doc, flattenBody(doc.body))).toBe(31);
    const moreHeader = { ...doc, header: { ...doc.header, issuingAgency: 'MỘT HAI BA BỐN NĂM' } };
    expect(documentWords(moreHeader, flattenBody(doc.body))).toBe(31);
  });

  it('takes the body from the flat list the editor holds', () => {
    const doc = makePlan({ summary: '', closing: '', legalBasis: [], appendices: [], body: [] });
    expect(documentWords(doc, [{ id: 'a', kind: 'paragraph', content: [{ text: 'Một ' }, { text: 'hai', bold: true }] }])).toBe(2);
  });
});
