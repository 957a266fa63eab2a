/**
 * Vietnamese has two accepted places for the tone mark in the open syllables oa, oe, uy: the
 * older "hoà, khoẻ, uỷ" and the newer "hòa, khỏe, ủy" (both are seen in official documents). The
 * dictionary lists one; this gives the other, so either is taken as correct.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
// The clusters at the very end of the syllable (no final consonant); "qu" + y is "quý" in both styles.
const CLUSTER = /(?<![qQ])([oO][aAeE]|[uU][yY])$/u;

/** The word with its tone mark on the other vowel of a final oa / oe / uy; null when there is no such choice. */
export function otherTonePlacement(word: string): string | null {
  const decomposed = word.normalize('NFD');
  const tone = TONES.exec(decomposed);
  if (!tone) return null;
  const base = decomposed.slice(0, tone.index) + decomposed.slice(tone.index + 1);
  const cluster = CLUSTER.exec(base);
  if (!cluster) return null;
  const first = cluster.index; // the first vowel of the cluster in `base`
  const second = first + 1;
  // In NFD the tone follows its vowel: on the first vowel it sits at first + 1.
  const onFirst = tone.index === first + 1;
  const onSecond = tone.index === second + 1;
  if (!onFirst && !onSecond) return null;
  const at = onFirst ? second + 1 : first + 1;
  return (base.slice(0, at) + tone[0] + base.slice(at)).normalize('NFC');
}
