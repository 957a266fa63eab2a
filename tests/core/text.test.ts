import { describe, expect, it } from 'vitest';
import { cleanAllText, cleanText, stripXmlIllegal, upperVi } from '../../core/model/text';

const NFC_PLACE = 'Quảng Trị';
const NFD_PLACE = NFC_PLACE.normalize('NFD');

describe('stripXmlIllegal', () => {
  const controls = [
    ...Array.from({ length: 9 }, (_, i) => String.fromCharCode(i)), // U+0000–U+0008
    '\u000B',
    '\u000C',
    ...Array.from({ length: 0x1f - 0x0e + 1 }, (_, i) => String.fromCharCode(0x0e + i)), // U+000E–U+001F
  ];

  it.each(controls.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'removes %s',
    (_, c) => {
      expect(stripXmlIllegal(`Kế${c}hoạch`)).toBe('Kếhoạch');
    },
  );

  it('removes every control character at once', () => {
    expect(stripXmlIllegal(`a${controls.join('')}b`)).toBe('ab');
  });

  it('keeps tab, newline and carriage return', () => {
    expect(stripXmlIllegal('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
  });

  it('removes lone high and low surrogates', () => {
    expect(stripXmlIllegal('a\uD800b')).toBe('ab');
    expect(stripXmlIllegal('a\uDC00b')).toBe('ab');
    expect(stripXmlIllegal('x\uDBFF')).toBe('x');
    expect(stripXmlIllegal('\uDFFFx')).toBe('x');
    // Two surrogates in the wrong order are two lone surrogates.
    expect(stripXmlIllegal('a\uDC00\uD800b')).toBe('ab');
  });

  it('removes U+FFFE and U+FFFF', () => {
    expect(stripXmlIllegal('a\uFFFEb\uFFFFc')).toBe('abc');
  });

  it('keeps astral characters (surrogate pairs)', () => {
    const text = 'Chúc mừng 🎉 𝐀 𠀀';
    expect(stripXmlIllegal(text)).toBe(text);
  });

  it('keeps Vietnamese, NBSP, typographic punctuation and the BMP edges U+E000 and U+FFFD', () => {
    const text = 'Độc lập - Tự do - Hạnh phúc “…”\u00A0\uE000\uFFFD\uD7FF';
    expect(stripXmlIllegal(text)).toBe(text);
  });

  it('does not normalize', () => {
    expect(stripXmlIllegal(NFD_PLACE)).toBe(NFD_PLACE);
  });
});

describe('cleanText', () => {
  it('turns decomposed Vietnamese (NFD) into NFC', () => {
    expect(NFD_PLACE).not.toBe(NFC_PLACE);
    expect(cleanText(NFD_PLACE)).toBe(NFC_PLACE);
    expect(cleanText(NFD_PLACE).length).toBe(9);
  });

  it('strips illegal characters and normalizes together', () => {
    expect(cleanText(`\u0001${NFD_PLACE}\uFFFF`)).toBe(NFC_PLACE);
  });

  it('joins a base letter and its mark that an illegal character separated', () => {
    // "a" + U+0000 + combining acute: once U+0000 goes, the pair composes to "á".
    expect(cleanText('a\u0000\u0301')).toBe('á');
  });

  it('leaves NFC text unchanged', () => {
    expect(cleanText('Ủy ban nhân dân tỉnh Quảng Trị')).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
  });
});

describe('cleanAllText', () => {
  it('cleans every string in nested objects and arrays and keeps other values', () => {
    const input = {
      place: NFD_PLACE,
      number: 5,
      blank: null,
      flag: true,
      list: [`a\u0007b`, { text: NFD_PLACE, bold: true }],
    };
    expect(cleanAllText(input)).toEqual({
      place: NFC_PLACE,
      number: 5,
      blank: null,
      flag: true,
      list: ['ab', { text: NFC_PLACE, bold: true }],
    });
  });

  it('does not modify its input', () => {
    const input = { place: NFD_PLACE, list: [NFD_PLACE] };
    cleanAllText(input);
    expect(input).toEqual({ place: NFD_PLACE, list: [NFD_PLACE] });
  });

  it('keeps a "__proto__" key as data rather than changing the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "b"}') as Record<string, unknown>;
    const out = cleanAllText(input) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect((out as { polluted?: string }).polluted).toBeUndefined();
  });
});

describe('upperVi', () => {
  it('upper-cases Vietnamese letters to NFC', () => {
    expect(upperVi('Ủy ban nhân dân')).toBe('ỦY BAN NHÂN DÂN');
    expect(upperVi('phó giám đốc')).toBe('PHÓ GIÁM ĐỐC');
    expect(upperVi('trưởng ban'.normalize('NFD'))).toBe('TRƯỞNG BAN');
  });
});
