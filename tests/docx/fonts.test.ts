/**
 * Fonts and run properties: Times New Roman in every font slot (so Vietnamese never falls back to
 * another face), black text in Vietnamese, 14 pt body text. Checked both where the XML says it
 * (every w:rFonts written) and as Word resolves it for each run (styles plus direct formatting).
 */
import { describe, expect, it } from 'vitest';
import { all, first, kid, textOf, textRuns, val } from '../helpers/docx-xml';
import { exportDocx, mainAreas, plan } from './support';

const FONT = 'Times New Roman';
const SLOTS = ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'];
const allSlots = Object.fromEntries(SLOTS.map((slot) => [slot, FONT]));
const slotsOf = (attrs: Record<string, string> | undefined) => Object.fromEntries(SLOTS.map((slot) => [slot, attrs?.[slot]]));

describe('DOCX fonts', () => {
  it('every w:rFonts in document.xml and styles.xml names Times New Roman in all four slots', async () => {
    const { document, docx } = await exportDocx(plan());
    const fonts = [...all(document, 'w:rFonts'), ...all(docx.xml('word/styles.xml'), 'w:rFonts')];
    expect(fonts.length).toBeGreaterThan(0);
    for (const rFonts of fonts) {
      // A theme font attribute (w:asciiTheme…) would override the name: none may be present.
      expect(Object.keys(rFonts.attrs).filter((name) => name.endsWith('Theme'))).toEqual([]);
      expect(slotsOf(rFonts.attrs)).toEqual(allSlots);
    }
  });

  it('styles.xml defaults to Times New Roman in all four slots, 14 pt, black, Vietnamese', async () => {
    const { docx } = await exportDocx(plan());
    const defaults = first(docx.xml('word/styles.xml'), 'w:docDefaults');
    const rPrDefault = defaults && first(defaults, 'w:rPrDefault');
    expect(rPrDefault, 'w:rPrDefault').toBeDefined();
    const rPr = kid(rPrDefault!, 'w:rPr')!;
    expect(slotsOf(kid(rPr, 'w:rFonts')?.attrs)).toEqual(allSlots);
    expect(val(rPr, 'w:sz')).toBe('28');
    expect(val(rPr, 'w:color')).toBe('000000');
    expect(val(rPr, 'w:lang')).toBe('vi-VN');
  });

  it('every run with text is Times New Roman in all slots, Vietnamese (vi-VN) and black (000000)', async () => {
    const { document, fmt } = await exportDocx(plan());
    const runs = textRuns(document);
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) {
      const props = fmt.run(run);
      expect(props.val('w:lang'), textOf(run)).toBe('vi-VN');
      expect(props.val('w:color'), textOf(run)).toBe('000000');
      expect(slotsOf(props.attrs('w:rFonts')), textOf(run)).toEqual(allSlots);
    }
  });

  it('every run with text sets w:lang vi-VN itself, so pasted text keeps its language', async () => {
    const { document } = await exportDocx(plan());
    for (const run of textRuns(document)) expect(val(kid(run, 'w:rPr'), 'w:lang'), textOf(run)).toBe('vi-VN');
  });

  it('body text runs are 14 pt (w:sz 28)', async () => {
    const { body, fmt } = await exportDocx(plan());
    const paragraphs = mainAreas(body).body.filter((element) => element.name === 'w:p');
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      for (const run of textRuns(paragraph)) expect(fmt.sizePt(run), textOf(run)).toBe(14);
    }
  });
});
