/**
 * Word automatic numbering (numbering.xml): level definitions per w:num and a counter that
 * produces each numbered paragraph's label ("I.", "1.", "a)", "-") as Word shows it.
 */
import type { NumberingRef } from './properties';
import { child, elements, val, type XmlElement } from './xml';

export interface NumberingLevel {
  ilvl: number;
  /** "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "bullet", "none", … */
  numFmt: string;
  /** "%1.", "%1)", "-", "" … */
  lvlText: string;
  start: number;
  /** Left indent of the level in twips, if set. */
  indentLeft?: number;
}

interface AbstractNum {
  id: string;
  levels: Map<number, NumberingLevel>;
}

interface NumInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: NumberingLevel }>;
}

function readLevel(lvl: XmlElement): NumberingLevel {
  const ind = child(child(lvl, 'w:pPr'), 'w:ind');
  const left = ind?.attrs['w:left'] ?? ind?.attrs['w:start'];
  return {
    ilvl: Number.parseInt(lvl.attrs['w:ilvl'] ?? '0', 10) || 0,
    numFmt: val(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: val(lvl, 'w:lvlText') ?? '',
    start: Number.parseInt(val(lvl, 'w:start') ?? '1', 10) || 0,
    indentLeft: left === undefined ? undefined : Number.parseInt(left, 10),
  };
}

export interface NumberingDefinitions {
  /** The level definition for a paragraph's numPr, or undefined when the numbering is unknown. */
  level(ref: NumberingRef): NumberingLevel | undefined;
  /** A fresh counter producing labels in document order. */
  counter(): NumberingCounter;
}

export interface NumberingCounter {
  /** Advances the counter for this paragraph and returns its label ("II.", "đ)" is never produced: Word counts a b c d e). */
  next(ref: NumberingRef): { level: NumberingLevel; label: string } | undefined;
}

export function readNumbering(numbering: XmlElement | undefined): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  for (const abs of elements(numbering, 'w:abstractNum')) {
    const levels = new Map<number, NumberingLevel>();
    for (const lvl of elements(abs, 'w:lvl')) {
      const level = readLevel(lvl);
      levels.set(level.ilvl, level);
    }
    abstracts.set(abs.attrs['w:abstractNumId'] ?? '', { id: abs.attrs['w:abstractNumId'] ?? '', levels });
  }
  const nums = new Map<string, NumInstance>();
  for (const num of elements(numbering, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: NumberingLevel }>();
    for (const o of elements(num, 'w:lvlOverride')) {
      const ilvl = Number.parseInt(o.attrs['w:ilvl'] ?? '0', 10) || 0;
      const start = val(o, 'w:startOverride');
      const lvl = child(o, 'w:lvl');
      overrides.set(ilvl, { start: start === undefined ? undefined : Number.parseInt(start, 10), level: lvl ? readLevel(lvl) : undefined });
    }
    nums.set(num.attrs['w:numId'] ?? '', { abstractId: val(num, 'w:abstractNumId') ?? '', overrides });
  }

  function level(ref: NumberingRef): NumberingLevel | undefined {
    const num = nums.get(ref.numId);
    if (!num) return undefined;
    const override = num.overrides.get(ref.ilvl);
    const base = override?.level ?? abstracts.get(num.abstractId)?.levels.get(ref.ilvl);
    if (!base) return undefined;
    return override?.start !== undefined ? { ...base, start: override.start } : base;
  }

  return {
    level,
    counter() {
      // Counters live on the abstract numbering; a num with a start override restarts on first use.
      const counts = new Map<string, number[]>();
      return {
        next(ref) {
          const num = nums.get(ref.numId);
          const lvl = level(ref);
          if (!num || !lvl) return undefined;
          const key = num.overrides.size > 0 ? `num:${ref.numId}` : `abs:${num.abstractId}`;
          let values = counts.get(key);
          if (!values) counts.set(key, (values = []));
          values[ref.ilvl] = values[ref.ilvl] === undefined ? lvl.start : values[ref.ilvl] + 1;
          for (let deeper = ref.ilvl + 1; deeper < values.length; deeper++) values[deeper] = undefined as unknown as number;
          const label = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
            const i = Number(d) - 1;
            const levelDef = level({ numId: ref.numId, ilvl: i });
            const value = values![i] ?? levelDef?.start ?? 1;
            return formatNumber(value, i === ref.ilvl ? lvl.numFmt : (levelDef?.numFmt ?? 'decimal'));
          });
          return { level: lvl, label: lvl.numFmt === 'none' ? '' : label };
        },
      };
    },
  };
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = Math.max(0, Math.floor(n));
  for (const [value, letters] of table) while (rest >= value) (out += letters), (rest -= value);
  return out;
}

function letters(n: number): string {
  // Word: a…z, then aa…zz, aaa…
  const index = Math.max(1, n) - 1;
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
}

/** Formats a counter value the way Word does for the common formats. */
export function formatNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(value);
  }
}
