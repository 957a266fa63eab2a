/**
 * DOCX → the importer's source form: runs with bold/italic/underline, legacy-font text converted
 * to Unicode, Word numbering turned into list kinds and labels, tables with spans and merges.
 */
import type { DocxBlock, DocxParagraph, DocxTable, NumberingCounter, OpenedDocx, RunProps } from '../docx-read';
import { countVn1Capitals, decodeLegacyText, legacyFont } from '../legacy';
import { cleanText } from '../model/text';
import type { InlineText } from '../model/types';
import type { ListKind, SourceBlock, SourceDocument, SourcePara, SourceTable } from './source';

export interface DocxSourceStats {
  /** Runs whose text was converted from a legacy encoding, by encoding. */
  legacyRuns: { tcvn3: number; vni: number };
  /** Capitals with tones read from their TCVN 5712 VN1 positions in .VnTime runs. */
  vn1Capitals: number;
}

function runText(text: string, props: RunProps, stats: DocxSourceStats): string {
  const font = legacyFont(props.fontHAnsi ?? props.fontAscii);
  if (font) stats.legacyRuns[font.encoding]++;
  if (font?.encoding === 'tcvn3' && !font.capitals) stats.vn1Capitals += countVn1Capitals(text);
  let out = decodeLegacyText(text, font);
  if (props.caps && !font?.capitals) out = out.toLocaleUpperCase('vi-VN');
  return cleanText(out.replace(/\f/g, '\n'));
}

function mergeRuns(runs: InlineText[]): InlineText[] {
  const out: InlineText[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && !!last.underline === !!run.underline) last.text += run.text;
    else out.push({ ...run });
  }
  return out.map((r) => {
    const clean: InlineText = { text: r.text };
    if (r.bold) clean.bold = true;
    if (r.italic) clean.italic = true;
    if (r.underline) clean.underline = true;
    return clean;
  });
}

const BULLET_PLUS = /^[+]$/;

function listKind(numFmt: string, lvlText: string): ListKind | null {
  switch (numFmt) {
    case 'upperRoman':
      return 'section';
    case 'decimal':
    case 'decimalZero':
      // "%1." and "%1)" are clauses; multi-level "%1.%2." is not a Decree 30 marker.
      return /^%\d[.)]?$/.test(lvlText.trim()) ? 'clause' : null;
    case 'lowerLetter':
      return 'point';
    case 'bullet':
      return BULLET_PLUS.test(lvlText.trim()) ? 'plus' : 'dash';
    default:
      return null;
  }
}

class Converter {
  readonly stats: DocxSourceStats = { legacyRuns: { tcvn3: 0, vni: 0 }, vn1Capitals: 0 };
  private readonly counter: NumberingCounter;
  /** Word numbering: ilvl of the last dash-like bullet, to tell plus items (deeper bullets). */
  private lastBulletLevel: number | null = null;

  constructor(private readonly opened: OpenedDocx) {
    this.counter = opened.numbering.counter();
  }

  paragraph(p: DocxParagraph, inTable: boolean): SourcePara {
    const runs = mergeRuns(
      p.runs
        .map((r) => ({ text: runText(r.text, r.props, this.stats), bold: r.props.bold, italic: r.props.italic, underline: r.props.underline }))
        .filter((r) => r.text.length > 0),
    );
    const text = runs.map((r) => r.text).join('');
    const align = p.props.alignment === 'distribute' ? 'both' : p.props.alignment;
    const out: SourcePara = { type: 'para', runs, text, align };
    if (p.props.numbering && !inTable && text.trim()) {
      const numbered = this.counter.next(p.props.numbering);
      if (numbered) {
        let kind = listKind(numbered.level.numFmt, numbered.level.lvlText);
        if (numbered.level.numFmt === 'bullet' && kind === 'dash') {
          if (this.lastBulletLevel !== null && numbered.level.ilvl > this.lastBulletLevel) kind = 'plus';
          else this.lastBulletLevel = numbered.level.ilvl;
        } else if (numbered.level.numFmt !== 'bullet') {
          this.lastBulletLevel = null;
        }
        const label = numbered.level.numFmt === 'bullet' ? (kind === 'plus' ? '+' : '-') : numbered.label;
        out.list = { kind, label };
      }
    }
    if (p.props.numbering && inTable && text.trim()) {
      // Numbers Word draws in table cells are kept as text.
      const numbered = this.counter.next(p.props.numbering);
      const label = numbered && numbered.level.numFmt !== 'bullet' ? numbered.label : numbered ? '-' : '';
      if (label) {
        out.runs = [{ text: `${label} ` }, ...runs];
        out.text = `${label} ${text}`;
      }
    }
    if (p.sectionEnd) out.sectionEnd = { landscape: p.sectionEnd.orientation === 'landscape' };
    return out;
  }

  table(t: DocxTable): SourceTable {
    return {
      type: 'table',
      grid: t.grid,
      bordered: t.bordered,
      rows: t.rows.map((row) => ({
        header: row.header,
        cells: row.cells.map((cell) => ({
          gridSpan: cell.gridSpan,
          vMerge: cell.vMerge,
          paras: this.cellParas(cell.content),
        })),
      })),
    };
  }

  /** A cell's paragraphs; a nested table is flattened into its paragraphs so no text is lost. */
  private cellParas(blocks: DocxBlock[]): SourcePara[] {
    return blocks.flatMap((b) =>
      b.type === 'paragraph' ? [this.paragraph(b, true)] : b.rows.flatMap((r) => r.cells.flatMap((c) => this.cellParas(c.content))),
    );
  }
}

export function docxToSource(opened: OpenedDocx): { source: SourceDocument; stats: DocxSourceStats } {
  const converter = new Converter(opened);
  const blocks: SourceBlock[] = opened.body.blocks.map((b) => (b.type === 'paragraph' ? converter.paragraph(b, false) : converter.table(b)));
  return {
    source: { blocks, finalLandscape: opened.body.finalSection?.orientation === 'landscape', plain: false },
    stats: converter.stats,
  };
}
