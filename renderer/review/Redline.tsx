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
