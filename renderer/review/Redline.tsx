/**
 * Word operations as marked text: inserted words in <ins> (underlined, green), deleted ones in
 * <del> (struck, red). Operations are whole Vietnamese words (core/review/tokens), so a mark never
 * cuts a syllable or separates a letter from its tone mark.
 */
import type { WordOp } from '../../core/review/diff';

/** Which operations to show: both (inline redline), or one side of a side-by-side view. */
export type RedlineSide = 'both' | 'before' | 'after';

export function Redline({ words, side = 'both' }: { words: readonly WordOp[]; side?: RedlineSide }) {
  return (
    <>
      {words.map((word, index) => {
        if (word.op === 'insert') {
          return side === 'before' ? null : (
            <ins key={index} className="redline-ins" data-testid="redline-ins">
              {word.text}
            </ins>
          );
        }
        if (word.op === 'delete') {
          return side === 'after' ? null : (
            <del key={index} className="redline-del" data-testid="redline-del">
              {word.text}
            </del>
          );
        }
        return <span key={index}>{word.text}</span>;
      })}
    </>
  );
}

/**
 * A table's word operations split back into rows of cells (core/review/diff.ts blockText joins
 * cells with " | " and rows with "\n"), keeping only the operations of `side`. Separators are found in
 * the side's whole text, since a word operation may end in the middle of one ("cấp xã " + "| Sở").
 */
export function tableCells(words: readonly WordOp[], side: RedlineSide): WordOp[][][] {
  const kept = words.filter((word) => !((side === 'before' && word.op === 'insert') || (side === 'after' && word.op === 'delete')));
  const full = kept.map((word) => word.text).join('');
  const rows: WordOp[][][] = [[[]]];
  let index = 0;
  let end = kept[0]?.text.length ?? 0;
  for (let at = 0; at < full.length; ) {
    while (at >= end) end += kept[++index].text.length;
    const row = rows[rows.length - 1];
    if (full[at] === '\n') {
      rows.push([[]]);
      at += 1;
    } else if (full.startsWith(' | ', at)) {
      row.push([]);
      at += 3;
    } else {
      const cell = row[row.length - 1];
      const last = cell[cell.length - 1];
      const op = kept[index].op;
      if (last?.op === op) last.text += full[at];
      else cell.push({ op, text: full[at] });
      at += 1;
    }
  }
  return rows;
}

/** A table block's changes drawn as a table, each cell with its own marks. */
export function TableRedline({ words, side = 'both' }: { words: readonly WordOp[]; side?: RedlineSide }) {
  return (
    <table className="redline-table" data-testid="redline-table">
      <tbody>
        {tableCells(words, side).map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, column) => (
              <td key={column}>
                <Redline words={cell} side={side} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
