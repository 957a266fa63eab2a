/** Times New Roman in black for every piece of text (a wrong style is one finding, wherever it shows). */
import { finding } from '../../catalog';
import { formatCause, isTimesNewRoman, runFont, runPropertySet, themeFont, visibleRuns } from '../../view/format';
import type { DocxView } from '../../view/view';
import type { Finding } from '../../types';
import { locationOf } from './elements';

const BLACK = new Set(['auto', '000000']);

export function checkFonts(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const theme = themeFont(view.docx);
  for (const p of view.paragraphs) {
    const runs = visibleRuns(p);
    const wrongFont = runs.find((run) => !isTimesNewRoman(runFont(run, theme)));
    if (wrongFont) {
      const font = runFont(wrongFont, theme);
      out.push(finding('font.family', locationOf(p), { font, text: wrongFont.text }, undefined, formatCause(p, runPropertySet(p, 'w:rFonts'), `font:${font}`)));
    }
    const coloured = runs.find((run) => run.props.color !== undefined && !BLACK.has(run.props.color.toLowerCase()));
    if (coloured) {
      const color = coloured.props.color!;
      out.push(finding('font.color', locationOf(p), { color, text: coloured.text }, undefined, formatCause(p, runPropertySet(p, 'w:color'), `color:${color}`)));
    }
  }
  return out;
}
