// Header fields edited in place on the page: the printed lines follow ("Số: 05/KH-UBND",
// "Quảng Trị, ngày 05 tháng 01 năm 2026"), invalid dates are refused with a message.
import { readSavedDocument } from './disk';
import { expect, test } from './fixtures';

test('editing agency, number, place and date updates the printed header lines', async ({ app, server }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');

  await editor.typeInField(editor.issuingAgency, 'SỞ NỘI VỤ');
  await expect(editor.issuingAgency).toHaveText('SỞ NỘI VỤ');

  await editor.typeDigits(editor.number, '5');
  await expect(editor.numberLine).toHaveText('Số: 05/KH-SGDĐT');
  await expect(editor.number).toHaveValue('05');

  await editor.typeInField(editor.place, 'Đông Hà');
  await editor.typeDigits(editor.day, '5');
  await editor.typeDigits(editor.month, '1');
  await editor.typeDigits(editor.year, '2026');
  await expect(editor.placeDateLine).toHaveText('Đông Hà, ngày 05 tháng 01 năm 2026');
  await editor.typeInField(editor.place, 'Quảng Trị');
  await expect(editor.placeDateLine).toHaveText('Quảng Trị, ngày 05 tháng 01 năm 2026');
  await expect(editor.statusSaved).toHaveAttribute('data-state', /unsaved|autosaved/);

  // The saved file carries the same values.
  await app.saveAs('ke-hoach-header.vanban');
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-header.vanban');
  expect(saved.header).toMatchObject({ issuingAgency: 'SỞ NỘI VỤ', number: 5, place: 'Quảng Trị', date: { day: 5, month: 1, year: 2026 } });
});

test('a date that does not exist is refused with a message and the old date kept', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
  await editor.typeDigits(editor.month, '2');
  await editor.typeDigits(editor.day, '31');
  await expect(app.errorToast).toContainText('Ngày tháng không hợp lệ');
  await expect(editor.placeDateLine).toHaveText(new RegExp(`^Quảng Trị, ngày\\s+tháng 02 năm ${new Date().getFullYear()}$`));
  await expect(editor.day).toHaveValue('');
});
