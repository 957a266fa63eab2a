// Header fields edited in place on the page: the printed lines follow ("Số: 05/KH-UBND",
// "Quảng Trị, ngày 05 tháng 01 năm 2026"); a date that does not exist keeps what was typed and
// is explained beside the fields.
import { readSavedDocument } from './disk';
import { expect, test } from './fixtures';
import { describeOnScreens } from './screens';
import { todayInVietnam } from './clock';

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

const DATE_TEXTS = {
  vi: {
    dayInMonth: (year: number, days: number) => `Tháng 2 năm ${year} không có ngày 31 (chỉ có ${days} ngày): hãy sửa ngày, tháng hoặc năm.`,
    month: 'Tháng phải từ 1 đến 12.',
    numberToast: 'Số văn bản phải là số nguyên dương.',
  },
  en: {
    dayInMonth: (year: number, days: number) => `Month 2 of ${year} has no day 31 (it has ${days} days): correct the day, month or year.`,
    month: 'The month must be from 1 to 12.',
    numberToast: 'The document number must be a positive whole number.',
  },
};

describeOnScreens('date fields and messages', (screen) => {
  const texts = DATE_TEXTS[screen.language];

  test('a date that does not exist keeps what was typed and says what is wrong beside the fields', async ({ app }) => {
    const year = todayInVietnam().year;
    const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
    await editor.typeDigits(editor.day, '31');
    await editor.typeDigits(editor.month, '2');
    // Both typed parts stay; the problem is named beside the fields (not in a toast); the document keeps day 31 alone.
    await expect(editor.day).toHaveValue('31');
    await expect(editor.month).toHaveValue('2');
    await expect(editor.dateProblem).toHaveText(texts.dayInMonth(year, leapFebruary(year) ? 29 : 28));
    await expect(editor.dateProblem).toBeInViewport();
    await expect(editor.day).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.month).toHaveAttribute('aria-invalid', 'true');
    await expect(app.errorToast).toHaveCount(0);
    await expect(editor.placeDateLine).toHaveText(new RegExp(`^Quảng Trị, ngày 31 tháng\\s+năm ${year}$`));
    // Correcting the day makes a date: the document takes it, the message goes.
    await editor.typeDigits(editor.day, '28');
    await expect(editor.dateProblem).toHaveCount(0);
    await expect(editor.placeDateLine).toHaveText(`Quảng Trị, ngày 28 tháng 02 năm ${year}`);
    await expect(editor.month).toHaveValue('02');
  });

  test('a month out of range is named beside the field', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
    await editor.typeDigits(editor.month, '13');
    await expect(editor.month).toHaveValue('13');
    await expect(editor.dateProblem).toHaveText(texts.month);
  });

  test('an error message times out instead of staying over the page', async ({ app }) => {
    const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
    await app.page.clock.install();
    // A number of 0 is refused with a message when the field is left.
    await editor.typeDigits(editor.number, '0');
    await expect(app.errorToast).toContainText(texts.numberToast);
    await app.page.clock.runFor(11_000);
    await expect(app.errorToast).toBeVisible();
    await app.page.clock.runFor(1_500);
    await expect(app.errorToast).toHaveCount(0);
  });
});

function leapFebruary(year: number): boolean {
  return new Date(Date.UTC(year, 2, 0)).getUTCDate() === 29;
}
