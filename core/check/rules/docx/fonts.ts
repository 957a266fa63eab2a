/** Times New Roman in black for every piece of text (one finding per paragraph and problem). */
import { finding } from '../../catalog';
import { isTimesNewRoman, runFont, themeFont, visibleRuns } from '../../docx/format';
import type { DocxView } from '../../docx/view';
import type { Finding } from '../../types';
import { locationOf } from './elements';

const BLACK = new Set(['auto', '000000']);

export function checkFonts(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const theme = themeFont(view.docx);
  for (const p of view.paragraphs) {
    const runs = visibleRuns(p);
    const wrongFont = runs.find((run) => !isTimesNewRoman(runFont(run, theme)));
    if (wrongFont) out.push(finding('font.family', locationOf(p), { font: runFont(wrongFont, theme), text: wrongFont.text }));
    const coloured = runs.find((run) => run.props.color !== undefined && !BLACK.has(run.props.color.toLowerCase()));
    if (coloured) out.push(finding('font.color', locationOf(p), { color: coloured.props.color!, text: coloured.text }));
  }
  return out;
}
