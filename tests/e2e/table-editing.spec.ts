// Table editing as in Word: "+ Hàng" inserts a row below the row of the caret and moves the caret
// into it, so what is typed next lands in the new row; the table's own menu inserts rows above or
// below, deletes a row, merges a cell with its neighbour and splits a merged cell.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { describeOnScreens } from './screens';

/** Each row's cell texts (STT cells as shown), header rows first. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table.locator('tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td, th')).map((cell) => (cell.querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? cell.textContent ?? '')),
  );
}

describeOnScreens('table editing', () => {
  test('"+ Hàng" inserts below the caret\'s row and the next typing lands in the new row', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-so');
    const { body, page } = editor;
    await body.caretAt(0, 'end');
    await editor.toolbarButton('insert-table').click();
    const table = body.host.getByTestId('table-editor').first();
    const cell = (row: number, index: number) => table.locator(`[data-testid="table-cell"][data-row="${row}"][data-cell="${index}"]`).getByTestId('table-cell-input');
    await cell(0, 0).fill('Nội dung');
    await cell(1, 0).fill('Hàng một');
    await cell(2, 0).fill('Hàng hai');
    await cell(1, 0).click();
    await table.getByTestId('table-add-row').click();
    await page.keyboard.type('Hàng mới');
    const rows = await rowsOf(table);
    expect(rows.map((row) => row[0])).toEqual(['Nội dung', 'Hàng một', 'Hàng mới', 'Hàng hai']);
    await expect(cell(2, 0)).toBeFocused();
  });

  test('the table menu inserts above and below, deletes a row, merges and splits cells', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-so');
    const { body, page } = editor;
    await body.caretAt(0, 'end');
    await editor.toolbarButton('insert-table').click();
    const table = body.host.getByTestId('table-editor').first();
    const cell = (row: number, index: number) => table.locator(`[data-testid="table-cell"][data-row="${row}"][data-cell="${index}"]`).getByTestId('table-cell-input');
    const menu = async (item: string) => {
      await table.getByTestId('table-menu').click();
      await table.getByTestId(`table-menu-${item}`).click();
    };
    await cell(1, 0).fill('A');
    await cell(1, 1).fill('B');
    await cell(2, 0).fill('C');

    await cell(2, 0).click();
    await menu('row-above');
    await page.keyboard.type('Trên C');
    expect((await rowsOf(table)).slice(1).map((row) => row[0])).toEqual(['A', 'Trên C', 'C']);

    await cell(1, 0).click();
    await menu('row-below');
    await page.keyboard.type('Dưới A');
    expect((await rowsOf(table)).slice(1).map((row) => row[0])).toEqual(['A', 'Dưới A', 'Trên C', 'C']);

    await cell(3, 0).click();
    await menu('row-delete');
    expect((await rowsOf(table)).slice(1).map((row) => row[0])).toEqual(['A', 'Dưới A', 'C']);

    // A and B merged: one cell spanning two columns, holding both texts.
    await cell(1, 0).click();
    await menu('merge-right');
    const merged = table.locator('[data-testid="table-cell"][data-row="1"][data-cell="0"]');
    await expect(merged).toHaveAttribute('colspan', '2');
    await expect(cell(1, 0)).toHaveValue('A\nB');
    // Split again: the first cell keeps the text, the other is empty.
    await cell(1, 0).click();
    await menu('split');
    await expect(merged).not.toHaveAttribute('colspan', /.+/);
    expect((await rowsOf(table))[1].slice(0, 2)).toEqual(['A\nB', '']);

    // Merged down with the row below.
    await cell(1, 1).click();
    await menu('merge-down');
    await expect(table.locator('[data-testid="table-cell"][data-row="1"][data-cell="1"]')).toHaveAttribute('rowspan', '2');
    // Undo takes back the merge as one step.
    await editor.toolbarButton('undo').click();
    await expect(table.locator('[data-testid="table-cell"][data-row="1"][data-cell="1"]')).not.toHaveAttribute('rowspan', /.+/);
  });
});
