/** The legacy encoding tables (data in core/data/legacy/*.json) and the font names that use them. */
import tcvn3 from '../data/legacy/tcvn3.json';
import vni from '../data/legacy/vni.json';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 capitals fonts (.VnTimeH …) draw every letter as a capital. */
  capitals: boolean;
}

const TCVN3_FONT = new RegExp(tcvn3.fontPattern);
const TCVN3_CAPITALS_FONT = new RegExp(tcvn3.capitalsFontPattern);
const VNI_FONT = new RegExp(vni.fontPattern, 'i');

/** The legacy encoding a font implies (".VnTime", ".VnTimeH", "VNI-Times"), or null for a Unicode font. */
export function legacyFont(fontName: string | undefined): LegacyFont | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (TCVN3_FONT.test(name)) return { encoding: 'tcvn3', capitals: TCVN3_CAPITALS_FONT.test(name) };
  if (VNI_FONT.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/** TCVN3 (ABC), with the VN1 capitals where ABC has no letter (a .VnTime run may carry either). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map([...Object.entries(tcvn3.vn1Capitals), ...Object.entries(tcvn3.map)]);
/** The ABC table alone: what the encoder writes (capitals with tones only through a capitals font). */
export const TCVN3_ABC_TO_UNICODE: ReadonlyMap<string, string> = new Map(Object.entries(tcvn3.map));
/** The VN1 capitals alone (counted for the import report). */
export const TCVN3_VN1_CAPITALS: ReadonlySet<string> = new Set(Object.keys(tcvn3.vn1Capitals));
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = new Map(Object.entries(vni.map));
