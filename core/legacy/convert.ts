/**
 * Legacy Vietnamese encodings → Unicode (NFC), table-driven.
 *
 * Text in a .docx run set in a legacy font is stored as the Windows-1252 reading of the font's
 * 8-bit codes ("Céng hßa" for "Cộng hòa" in .VnTime); these functions map it back.
 */
import { TCVN3_ABC_TO_UNICODE, TCVN3_TO_UNICODE, TCVN3_VN1_CAPITALS, VNI_TO_UNICODE, legacyFont, type LegacyFont } from './tables';

/**
 * TCVN3: one character per letter; in a capitals font (.VnTimeH) everything is upper-cased. The ABC
 * table is read first; capitals with tones in the TCVN 5712 VN1 positions (as iconv-lite's "tcvn"
 * table writes them: "Ủy ban" is "\u017Ey ban" in a .VnTime run) where ABC has no letter.
 */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return (capitals ? out.toUpperCase() : out).normalize('NFC');
}

const VNI_MAX_KEY = Math.max(...[...VNI_TO_UNICODE.keys()].map((k) => k.length));

/** VNI Windows: a base letter followed by diacritic characters; the longest table key wins. */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let length = Math.min(VNI_MAX_KEY, text.length - i); length >= 1; length--) {
      const unicode = VNI_TO_UNICODE.get(text.slice(i, i + length));
      if (unicode !== undefined) {
        out += unicode;
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) out += text[i++];
  }
  return out.normalize('NFC');
}

/** How many characters of the text are VN1 capitals (read as such by decodeTcvn3). */
export function countVn1Capitals(text: string): number {
  let n = 0;
  for (const ch of text) if (TCVN3_VN1_CAPITALS.has(ch)) n++;
  return n;
}

/** Decodes text set in `font` when it is a legacy font; other text is only NFC-normalised. */
export function decodeLegacyText(text: string, font: LegacyFont | string | null | undefined): string {
  const legacy = typeof font === 'string' || font === undefined ? legacyFont(font) : font;
  if (!legacy) return text.normalize('NFC');
  return legacy.encoding === 'tcvn3' ? decodeTcvn3(text, legacy.capitals) : decodeVni(text);
}

function invert(map: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, unicode] of map) if (!out.has(unicode)) out.set(unicode, code);
  return out;
}

const UNICODE_TO_TCVN3 = invert(TCVN3_ABC_TO_UNICODE);
const UNICODE_TO_VNI = invert(VNI_TO_UNICODE);

/**
 * Unicode → TCVN3 as Word stores it. Capitals with tones have no code of their own: with
 * `capitals` the text is lower-cased first (for a capitals font such as .VnTimeH); without it,
 * such a letter throws.
 */
export function encodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of (capitals ? text.toLowerCase() : text).normalize('NFC')) {
    const code = UNICODE_TO_TCVN3.get(ch);
    if (code !== undefined) out += code;
    else if (/[^\x00-\x7f]/.test(ch) && /\p{L}/u.test(ch)) throw new Error(`TCVN3 has no code for "${ch}" outside a capitals font`);
    else out += ch;
  }
  return out;
}

/** Unicode → VNI Windows as Word stores it. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
