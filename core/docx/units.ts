/** Unit conversions for WordprocessingML. Rounded, never truncated: 20 mm = 1134 twips. */
import { DECREE30 } from '../rules/decree30';

export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twentieths of a point (twips). */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points, the unit of w:sz. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Width between the left and right margins. */
  textWidth: number;
}

/** A4 with the decree's default margins, in twips; landscape swaps the sheet, not the margins. */
export function pageGeometry(landscape: boolean): PageGeometry {
  const { page } = DECREE30;
  const short = mmToTwip(page.widthMm);
  const long = mmToTwip(page.heightMm);
  const margins = {
    top: mmToTwip(page.margins.top),
    bottom: mmToTwip(page.margins.bottom),
    left: mmToTwip(page.margins.left),
    right: mmToTwip(page.margins.right),
  };
  const width = landscape ? long : short;
  return { width, height: landscape ? short : long, margins, textWidth: width - margins.left - margins.right };
}
