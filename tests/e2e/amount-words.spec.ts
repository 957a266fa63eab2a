// An amount of money in words (₫ on the toolbar): the caret in "150.000.000 đồng" writes
// "(Một trăm năm mươi triệu đồng)" after it; after the amount is changed, ₫ again rewrites the
// words; one undo step takes them back; with no amount at the caret the clerk is told what to do.
import { expect, test } from './fixtures';
import { describeOnScreens } from './screens';

const NO_AMOUNT = { vi: 'Hãy đặt con trỏ vào một số tiền', en: 'Put the caret in an amount of money' };

describeOnScreens('amounts in words', (screen) => {
  test('₫ writes the amount at the caret in words, rewrites them after a change, and undoes in one step', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-so');
    const { body, page } = editor;
    await body.newParagraphAfter(0);
    await page.keyboard.type('Tổng kinh phí thực hiện: 150.000.000 đồng, từ nguồn ngân sách tỉnh.');
    const index = await body.indexOf('Tổng kinh phí thực hiện');
    await body.caretAfter(index, '150.000');
    await editor.toolbarButton('amount-words').click();
    await expect.poll(() => body.text(index)).toBe('Tổng kinh phí thực hiện: 150.000.000 đồng (Một trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh.');

    // The amount corrected: ₫ rewrites the words instead of adding a second pair.
    await body.select(index, (await body.text(index)).indexOf('150'), 3);
    await page.keyboard.type('180');
    await editor.toolbarButton('amount-words').click();
    await expect.poll(() => body.text(index)).toBe('Tổng kinh phí thực hiện: 180.000.000 đồng (Một trăm tám mươi triệu đồng), từ nguồn ngân sách tỉnh.');
    await editor.toolbarButton('undo').click();
    await expect.poll(() => body.text(index)).toBe('Tổng kinh phí thực hiện: 180.000.000 đồng (Một trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh.');
  });

  test('₫ with no amount at the caret says how to use it', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-so');
    await editor.body.caretAt(0, 'end');
    await editor.toolbarButton('amount-words').click();
    await expect(app.errorToast).toContainText(NO_AMOUNT[screen.language]);
  });
});
