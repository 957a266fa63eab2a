// Structure editing in the body: the toolbar's kind list, Tab / Shift+Tab, markers typed at the
// start of a line, moving a section; the drawn numbers follow live and undo/redo restore them.
import type { BodyEditor } from './pages/body-editor';
import { expect, test } from './fixtures';

/** Kind and marker of the block holding `text`. */
async function blockOf(body: BodyEditor, text: string) {
  const blocks = await body.view();
  const block = blocks.find((candidate) => candidate.text.includes(text));
  if (!block) throw new Error(`No block contains "${text}"`);
  return { kind: block.kind, marker: block.marker };
}

/** Waits until the block holding `text` has this kind and marker. */
async function expectBlock(body: BodyEditor, text: string, kind: string, marker: string) {
  await expect.poll(() => blockOf(body, text)).toEqual({ kind, marker });
}

test('the toolbar kind list changes a block and undo / redo restore it', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const { body } = editor;
  const dash = 'Triển khai kịp thời';
  await expectBlock(body, dash, 'dash', '-');

  await body.caretAt(await body.indexOf(dash), 3);
  await expect(editor.kindSelect).toHaveValue('dash');
  await editor.setKind('point');
  await expectBlock(body, dash, 'point', 'a)');
  await expect(editor.kindSelect).toHaveValue('point');

  await editor.setKind('section');
  await expectBlock(body, dash, 'section', 'II.');
  await expectBlock(body, 'NỘI DUNG, HÌNH THỨC THỰC HIỆN', 'section', 'III.');

  await editor.toolbarButton('undo').click();
  await expectBlock(body, dash, 'point', 'a)');
  await expectBlock(body, 'NỘI DUNG, HÌNH THỨC THỰC HIỆN', 'section', 'II.');
  await editor.toolbarButton('undo').click();
  await expectBlock(body, dash, 'dash', '-');
  await editor.toolbarButton('redo').click();
  await expectBlock(body, dash, 'point', 'a)');
  // Keyboard undo / redo too.
  await body.editable.focus();
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expectBlock(body, dash, 'dash', '-');
  await app.page.keyboard.press('ControlOrMeta+Y');
  await expectBlock(body, dash, 'point', 'a)');
});

test('Tab and Shift+Tab move an item down and up a level, renumbering what follows', async ({ app }) => {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  await expectBlock(body, 'Yêu cầu', 'clause', '2.');
  await expectBlock(body, 'Đối tượng', 'clause', '3.');

  await body.caretAt(await body.indexOf('Yêu cầu'), 'end');
  await app.page.keyboard.press('Tab');
  await expectBlock(body, 'Yêu cầu', 'point', 'a)');
  await expectBlock(body, 'Đối tượng', 'clause', '2.');

  await app.page.keyboard.press('Tab');
  await expectBlock(body, 'Yêu cầu', 'dash', '-');

  await app.page.keyboard.press('Shift+Tab');
  await app.page.keyboard.press('Shift+Tab');
  await expectBlock(body, 'Yêu cầu', 'clause', '2.');
  await expectBlock(body, 'Đối tượng', 'clause', '3.');

  // The text itself was not touched by the level changes.
  expect(await body.text(await body.indexOf('Yêu cầu'))).toBe('Yêu cầu');
});

test('typing "1. ", "a) ", "- " and "I. " at the start of a line makes numbered items', async ({ app }) => {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  const keyboard = app.page.keyboard;
  await expectBlock(body, 'TỔ CHỨC THỰC HIỆN', 'section', 'IV.');

  // A new paragraph after the funding paragraph of section III.
  await body.newParagraphAfter(await body.indexOf('Kinh phí thực hiện Kế hoạch'));
  await keyboard.type('1. Nguồn kinh phí');
  await expectBlock(body, 'Nguồn kinh phí', 'clause', '1.');
  expect(await body.text(await body.indexOf('Nguồn kinh phí'))).toBe('Nguồn kinh phí');

  await keyboard.press('Enter');
  await keyboard.type('a) Ngân sách tỉnh');
  await expectBlock(body, 'Ngân sách tỉnh', 'point', 'a)');
  await keyboard.press('Enter');
  await keyboard.type('Nguồn xã hội hóa');
  await expectBlock(body, 'Nguồn xã hội hóa', 'point', 'b)');

  await keyboard.press('Enter');
  await keyboard.press('Enter'); // an empty point becomes a paragraph
  await keyboard.type('- Lồng ghép các chương trình');
  await expectBlock(body, 'Lồng ghép các chương trình', 'dash', '-');

  // After Enter in a dash item, a typed marker sets the new item's kind: no "- a)" on the page.
  await keyboard.press('Enter');
  await keyboard.type('+ Vốn đối ứng');
  await expectBlock(body, 'Vốn đối ứng', 'plus', '+');
  expect(await body.text(await body.indexOf('Vốn đối ứng'))).toBe('Vốn đối ứng');
  await keyboard.press('Enter');
  await keyboard.type('- Nguồn hợp pháp khác');
  await expectBlock(body, 'Nguồn hợp pháp khác', 'dash', '-');
  expect(await body.text(await body.indexOf('Nguồn hợp pháp khác'))).toBe('Nguồn hợp pháp khác');

  await keyboard.press('Enter');
  await keyboard.press('Enter'); // an empty dash item becomes a paragraph
  await keyboard.type('I. QUẢN LÝ KINH PHÍ');
  await expectBlock(body, 'QUẢN LÝ KINH PHÍ', 'section', 'IV.');
  await expectBlock(body, 'TỔ CHỨC THỰC HIỆN', 'section', 'V.');
  expect(await body.text(await body.indexOf('QUẢN LÝ KINH PHÍ'))).toBe('QUẢN LÝ KINH PHÍ');

  // Undo takes back the typed words, then the marker conversion: "I. " is text again.
  const typedMarkerBack = async () => (await body.view()).some((block) => block.kind === 'paragraph' && block.text === 'I. ');
  for (let i = 0; i < 20 && !(await typedMarkerBack()); i++) await keyboard.press('ControlOrMeta+Z');
  expect(await typedMarkerBack()).toBe(true);
  await expectBlock(body, 'TỔ CHỨC THỰC HIỆN', 'section', 'IV.');
  await expect.poll(async () => (await body.view()).some((block) => block.text.includes('QUẢN LÝ'))).toBe(false);
  // Redo brings the section back.
  await keyboard.press('ControlOrMeta+Y');
  await expectBlock(body, 'TỔ CHỨC THỰC HIỆN', 'section', 'V.');
});

test('moving a section up and down renumbers the sections, and undo restores the order', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const { body } = editor;
  const first = 'MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG';
  const second = 'NỘI DUNG, HÌNH THỨC THỰC HIỆN';
  const order = async () => (await body.view()).filter((block) => block.kind === 'section').map((block) => `${block.marker} ${block.text}`);

  await body.caretAt(await body.indexOf(second), 2);
  await editor.toolbarButton('section-up').click();
  await expect.poll(order).toEqual([`I. ${second}`, `II. ${first}`, 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
  // The section's clauses moved with it.
  const view = await body.view();
  expect(view.findIndex((block) => block.text === 'Mục tiêu')).toBeGreaterThan(view.findIndex((block) => block.text === first));
  expect(view.findIndex((block) => block.text === 'Mục tiêu')).toBeGreaterThan(view.findIndex((block) => block.text.startsWith('[Nhóm nội dung thứ hai')));

  await editor.toolbarButton('section-down').click();
  await expect.poll(order).toEqual([`I. ${first}`, `II. ${second}`, 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);

  // Alt+Shift+↓ moves it by keyboard; undo puts it back.
  await body.caretAt(await body.indexOf(first), 0);
  await app.page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(order).toEqual([`I. ${second}`, `II. ${first}`, 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
  await editor.toolbarButton('undo').click();
  await expect.poll(order).toEqual([`I. ${first}`, `II. ${second}`, 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
  await editor.toolbarButton('redo').click();
  await expect.poll(order).toEqual([`I. ${second}`, `II. ${first}`, 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
});

test('bold and italic from the toolbar mark the selected words', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const { body } = editor;
  const index = await body.indexOf('Triển khai kịp thời');
  await body.select(index, 0, 'Triển khai'.length);
  await editor.toolbarButton('bold').click();
  await body.select(index, 'Triển khai '.length, 'kịp thời'.length);
  await app.page.keyboard.press('ControlOrMeta+I');
  await expect.poll(async () => (await body.runs(index)).slice(0, 4)).toEqual([
    { text: 'Triển khai', bold: true, italic: false, underline: false },
    { text: ' ', bold: false, italic: false, underline: false },
    { text: 'kịp thời', bold: false, italic: true, underline: false },
    expect.objectContaining({ bold: false, italic: false }),
  ]);
});
