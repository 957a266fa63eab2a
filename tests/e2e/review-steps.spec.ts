// The approval steps in the review strip: only the moves the user's role may make now are
// offered; returning needs a note; every step is saved with the file and listed in the
// processing history; an approved document is locked (read-only, with a banner).
import { expect, test, REVIEWER, CLERK, DRAFTER } from './fixtures';
import { readSavedDocument } from './disk';
import { ReviewPage } from './pages/review';

test('moves offered per role and state; a step asks for a file name when the document has none', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await expect(review.status).toHaveText('Dự thảo');
  expect(await review.offeredMoves()).toEqual(['submit']);

  await review.switchUser(REVIEWER);
  expect(await review.offeredMoves()).toEqual([]);
  await review.switchUser(CLERK);
  expect(await review.offeredMoves()).toEqual([]);

  // The drafter submits a document never saved: the step is recorded by saving, so a name is asked.
  await review.switchUser(DRAFTER);
  await review.moveButton('submit').click();
  await review.moveDialog.note.fill('Kính trình lãnh đạo xem xét.');
  await review.moveDialog.confirm.click();
  await app.saveDialog.answer('ke-hoach-trinh');
  await expect(review.moveDialog.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã trình duyệt');
  await editor.waitSaved();
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-trinh.vanban');
  expect(saved.review.status).toBe('submitted');
  expect(saved.review.log).toHaveLength(1);
  expect(saved.review.log[0]).toMatchObject({ who: DRAFTER, from: 'draft', to: 'submitted', note: 'Kính trình lãnh đạo xem xét.' });
  expect(saved.review.versions).toHaveLength(1);

  expect(await review.offeredMoves()).toEqual([]);
  await review.switchUser(REVIEWER);
  expect(await review.offeredMoves()).toEqual(['return', 'approve']);
  await review.switchUser(CLERK);
  expect(await review.offeredMoves()).toEqual([]);
});

test('returning needs a note; the drafter sees it, and the history lists every step', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-tra-lai');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);

  await review.moveButton('return').click();
  await expect(review.moveDialog.root).toContainText('Ghi chú (bắt buộc)');
  await review.moveDialog.confirm.click();
  await expect(review.moveDialog.noteMissing).toHaveText('Hãy ghi nội dung cần chỉnh sửa trước khi trả lại.');
  await review.moveDialog.note.fill('   ');
  await review.moveDialog.confirm.click();
  await expect(review.moveDialog.root).toBeVisible();
  await expect(review.status).toHaveText('Đã trình duyệt');
  expect(readSavedDocument(server.documentsDir, 'ke-hoach-tra-lai.vanban').review.status).toBe('submitted');

  const note = 'Bổ sung nhiệm vụ cụ thể ở mục II, sửa lại kinh phí.';
  await review.moveDialog.note.fill(note);
  await review.moveDialog.confirm.click();
  await expect(review.status).toHaveText('Đã trả lại');
  await expect(review.lastNote).toContainText(REVIEWER.name);
  await expect(review.lastNote).toContainText(note);
  expect(readSavedDocument(server.documentsDir, 'ke-hoach-tra-lai.vanban').review.log[1]).toMatchObject({ from: 'submitted', to: 'returned', note, who: REVIEWER });

  await review.switchUser(DRAFTER);
  expect(await review.offeredMoves()).toEqual(['submit']);
  await expect(review.lastNote).toContainText(note);
  await review.historyButton.click();
  await expect(review.historyEntries).toHaveCount(2);
  await expect(review.historyEntries.nth(0)).toContainText(DRAFTER.name);
  await expect(review.historyEntries.nth(0)).toContainText('Dự thảo → Đã trình duyệt');
  await expect(review.historyEntries.nth(1)).toContainText(REVIEWER.name);
  await expect(review.historyEntries.nth(1)).toContainText('Lãnh đạo');
  await expect(review.historyEntries.nth(1)).toContainText('Đã trình duyệt → Đã trả lại');
  await expect(review.historyEntries.nth(1)).toContainText(note);
});

test('an approved document is locked: a banner says so and typing changes nothing', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-duyet');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await expect(review.lockedBanner).toHaveCount(0);
  await review.move('approve', 'Đồng ý ban hành.', 'approved');
  await expect(review.lockedBanner).toContainText('Văn bản đã duyệt — chỉ đọc');
  await editor.waitSaved();
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-duyet.vanban');
  expect(saved.review.status).toBe('approved');
  expect(saved.review.lockedHash).toMatch(/^[0-9a-f]{64}$/);

  const index = await editor.body.indexOf('Kinh phí thực hiện Kế hoạch');
  const before = await editor.body.view();
  await editor.body.caretAt(index, 'end');
  await app.page.keyboard.type(' Thêm chữ.');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Backspace');
  await expect.poll(() => editor.body.view()).toEqual(before);
  await expect(editor.statusSaved).toHaveAttribute('data-state', 'saved');
  expect(await review.offeredMoves()).toEqual([]);
});
