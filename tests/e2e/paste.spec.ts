// Paste from Word (HTML with mso-list paragraphs), web pages and plain text: paragraphs, list
// structure and bold/italic kept, foreign styling dropped, NFC text; an oversized paste is
// refused with a message and changes nothing.
import { dispatchPaste, pasteFromClipboard } from './clipboard';
import { expect, test } from './fixtures';

// Decomposed (NFD) Vietnamese, as some web pages and macOS copies deliver it.
const NFD_LINE = 'Văn bản thường'.normalize('NFD');

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman",serif;} --></style></head>
<body lang=EN-US><!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><b><span lang=VI><span style='mso-list:Ignore'>I.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span></b><![endif]><b><span lang=VI style='color:#C00000'>KIỂM TRA, GIÁM SÁT<o:p></o:p></span></b></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Kiểm tra định kỳ việc thực hiện kế hoạch<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:54.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI style='font-family:Arial;font-size:11pt'>Báo cáo </span><b><span lang=VI>hằng quý</span></b><span lang=VI> và </span><i><span lang=VI>đột xuất</span></i><span lang=VI>.<o:p></o:p></span></p>
<p class=MsoNormal style='text-align:justify;background:yellow'><span lang=VI style='font-size:20.0pt;color:blue'>${NFD_LINE}<o:p></o:p></span></p>
<!--EndFragment--></body></html>`;

const WORD_TEXT = `I.\tKIỂM TRA, GIÁM SÁT\n1.\tKiểm tra định kỳ việc thực hiện kế hoạch\n-\tBáo cáo hằng quý và đột xuất.\n${NFD_LINE}`;

test('pasting from Word keeps list structure and bold / italic, drops styling, gives NFC text; undo removes it', async ({ app, page }) => {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  const before = await body.view();
  await body.newParagraphAfter(await body.indexOf('Kinh phí thực hiện Kế hoạch'));
  await pasteFromClipboard(page, { html: WORD_HTML, text: WORD_TEXT });

  await expect.poll(async () => (await body.view()).some((block) => block.text === 'KIỂM TRA, GIÁM SÁT')).toBe(true);
  const blocks = await body.view();
  const start = blocks.findIndex((block) => block.text === 'KIỂM TRA, GIÁM SÁT');
  expect(blocks.slice(start, start + 5)).toEqual([
    { kind: 'section', marker: 'IV.', text: 'KIỂM TRA, GIÁM SÁT' },
    { kind: 'clause', marker: '1.', text: 'Kiểm tra định kỳ việc thực hiện kế hoạch' },
    { kind: 'dash', marker: '-', text: 'Báo cáo hằng quý và đột xuất.' },
    { kind: 'paragraph', marker: '', text: 'Văn bản thường' },
    { kind: 'section', marker: 'V.', text: 'TỔ CHỨC THỰC HIỆN' },
  ]);
  // Text is NFC whatever the source sent.
  expect(blocks[start + 3].text).toBe('Văn bản thường'.normalize('NFC'));
  expect(await body.runs(start + 2)).toEqual([
    { text: 'Báo cáo ', bold: false, italic: false, underline: false },
    { text: 'hằng quý', bold: true, italic: false, underline: false },
    { text: ' và ', bold: false, italic: false, underline: false },
    { text: 'đột xuất', bold: false, italic: true, underline: false },
    { text: '.', bold: false, italic: false, underline: false },
  ]);
  // No colour, font, size or background came along.
  for (let i = start; i < start + 4; i++) {
    await expect(body.block(i).locator('[style], font, [class*="Mso"]')).toHaveCount(0);
  }

  // One undo takes the whole paste back (the empty paragraph it went into stays).
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await body.view()).filter((block) => block.text !== '')).toEqual(before);
});

test('pasting plain text makes one block per line, with typed markers read as structure', async ({ app, page }) => {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  await body.newParagraphAfter(await body.indexOf('Kinh phí thực hiện Kế hoạch'));
  await dispatchPaste(page, { text: `1. Nguồn ngân sách\r\na) Ngân sách tỉnh\r\n- ${'Chi thường xuyên'.normalize('NFD')}\r\nGhi chú cuối` });

  await expect.poll(async () => (await body.view()).some((block) => block.text === 'Ghi chú cuối')).toBe(true);
  const blocks = await body.view();
  const start = blocks.findIndex((block) => block.text === 'Nguồn ngân sách');
  expect(blocks.slice(start, start + 4)).toEqual([
    { kind: 'clause', marker: '1.', text: 'Nguồn ngân sách' },
    { kind: 'point', marker: 'a)', text: 'Ngân sách tỉnh' },
    { kind: 'dash', marker: '-', text: 'Chi thường xuyên' },
    { kind: 'paragraph', marker: '', text: 'Ghi chú cuối' },
  ]);
});

test('a paste of more than 1,000,000 characters is refused with a message and changes nothing', async ({ app, page }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const { body } = editor;
  const index = await body.indexOf('Kinh phí thực hiện Kế hoạch');
  await body.caretAt(index, 'end');
  const before = await body.view();
  const huge = 'Nội dung rất dài. '.repeat(Math.ceil(1_000_001 / 18)).slice(0, 1_000_001);
  await dispatchPaste(page, { text: huge });
  await expect(app.errorToast).toBeVisible();
  await expect(app.errorToast).toContainText('Nội dung dán quá lớn');
  expect(await body.view()).toEqual(before);
  await expect(editor.statusSaved).toHaveAttribute('data-state', 'unsaved');
  await expect(editor.toolbarButton('undo')).toBeDisabled();
});
