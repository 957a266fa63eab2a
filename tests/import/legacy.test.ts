import { describe, expect, it } from 'vitest';
import { countVn1Capitals, decodeLegacyText, decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, legacyFont } from '../../core/legacy';

// The full Vietnamese letter set, built from base letters and combining tone marks (independent of the tables).
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LOWER = [...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))).filter((l) => /[^\x00-\x7f]/.test(l)), 'đ'];
const UPPER = LOWER.map((l) => l.toUpperCase());
const TONELESS_CAPITALS = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];

describe('legacy letter set', () => {
  it('has all 134 letters with diacritics', () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set([...LOWER, ...UPPER]).size).toBe(134);
  });
});

describe('TCVN3 (.VnTime / .VnTimeH)', () => {
  it('round-trips every lowercase letter and the toneless capitals through the .VnTime table', () => {
    for (const letter of [...LOWER, ...TONELESS_CAPITALS]) {
      const encoded = encodeTcvn3(letter);
      expect(encoded, letter).toHaveLength(1);
      expect(encoded.charCodeAt(0), letter).toBeGreaterThanOrEqual(0xa1);
      expect(decodeTcvn3(encoded), letter).toBe(letter);
    }
    expect(new Set(LOWER.map((l) => encodeTcvn3(l))).size).toBe(67);
  });

  it('round-trips every capital through the capitals font (.VnTimeH)', () => {
    for (const letter of UPPER) expect(decodeLegacyText(encodeTcvn3(letter, true), '.VnTimeH'), letter).toBe(letter);
  });

  it('reads capitals with tones in the VN1 positions iconv-lite\'s tcvn table gives them, mixed with ABC text', () => {
    // iconv-lite "tcvn": Ủ is byte 0x9E, Ú 0x01… ; Word stores the byte as its Windows-1252 reading (0x9E → "ž").
    const WINDOWS_1252: Record<number, string> = { 0x80: '\u20ac', 0x9e: '\u017e' };
    const cp1252 = (byte: number) => WINDOWS_1252[byte] ?? String.fromCharCode(byte);
    expect(decodeLegacyText(`${cp1252(0x9e)}y ban nh©n d©n`, '.VnTime')).toBe('Ủy ban nhân dân');
    expect(decodeLegacyText(`${cp1252(0x80)}o ${cp1252(0xc0)}c ${cp1252(0xff)}`, '.VnTime')).toBe('Ào Ắc Ố');
    expect(countVn1Capitals(`${cp1252(0x9e)}y ban`)).toBe(1);
    // Stored as the byte's Latin-1 reading (a C1 character) by some writers: read the same.
    expect(decodeLegacyText('\u009ey ban', '.VnTime')).toBe('Ủy ban');
    // The ABC letters keep their meaning: "ã" is still "·", never a VN1 capital.
    expect(decodeLegacyText('x· héi', '.VnTime')).toBe('xã hội');
  });

  it('decodes text as Word stores it', () => {
    expect(decodeLegacyText('Céng hßa x· héi chñ nghÜa ViÖt Nam', '.VnTime')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacyText('§éc lËp - Tù do - H¹nh phóc', '.VnTime')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacyText('kÕ ho¹ch', '.VnTimeH')).toBe('KẾ HOẠCH');
  });
});

describe('VNI Windows (VNI-Times)', () => {
  it('round-trips all 134 letters', () => {
    for (const letter of [...LOWER, ...UPPER]) {
      const encoded = encodeVni(letter);
      // VNI keeps ì í Ì Í at their Latin-1 codes; every other letter is re-coded.
      if (!'ìíÌÍ'.includes(letter)) expect(encoded, letter).not.toBe(letter);
      expect(decodeVni(encoded), letter).toBe(letter);
    }
    expect(new Set([...LOWER, ...UPPER].map(encodeVni)).size).toBe(134);
  });

  it('decodes whole words, taking the longest sequence at each position', () => {
    expect(decodeLegacyText('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'VNI-Times')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeLegacyText('Xin chaøo caùc baïn, tröôøng ñöôïc thuoäc', 'VNI-Times')).toBe('Xin chào các bạn, trường được thuộc');
    const sentence = 'Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch tuyên truyền năm 2025.';
    expect(decodeVni(encodeVni(sentence))).toBe(sentence);
  });
});

describe('legacyFont', () => {
  it('recognises legacy font names and leaves Unicode fonts alone', () => {
    expect(legacyFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(legacyFont('Times New Roman')).toBeNull();
    expect(legacyFont(undefined)).toBeNull();
    expect(decodeLegacyText('Cộng hòa', 'Times New Roman')).toBe('Cộng hòa');
  });
});
