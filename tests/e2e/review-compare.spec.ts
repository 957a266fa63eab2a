// Versions and the compare view (so sánh phiên bản): a version saved on demand, then edits;
// the inline redline marks deleted and inserted Vietnamese words whole, side by side shows the
// removed words on the left and the added ones on the right.
import { expect, test } from './fixtures';
import { readSavedDocument } from './disk';
import { ReviewPage } from './pages/review';

test('compare a saved version with the current document: whole Vietnamese words inserted and deleted', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-so-sanh');
  const versions = await review.openVersions();
  await expect(versions.labels).toHaveText(['Văn bản hiện tại']);
  await versions.saveVersion('Bản đầu tiên');
  await expect(versions.labels).toHaveText(['Văn bản hiện tại', 'Bản đầu tiên']);
  await expect(versions.item('Bản đầu tiên')).toContainText('Nguyễn Văn An');

  // "chủ trì" becomes "phối hợp"; a sentence is added to another paragraph.
  const { body } = editor;
  const lead = await body.indexOf('Giao Văn phòng Sở chủ trì');
  const text = await body.text(lead);
  const at = text.indexOf('chủ trì');
  await body.selectRange(lead, at, at + 'chủ trì'.length);
  await app.page.keyboard.type('phối hợp');
  const budget = await body.indexOf('Kinh phí thực hiện Kế hoạch');
  await body.caretAt(budget, 'end');
  await app.page.keyboard.type(' Ưu tiên nguồn xã hội hóa.');
  await expect.poll(() => body.text(lead)).toContain('Giao Văn phòng Sở phối hợp');

  await versions.choose('Bản đầu tiên');
  await versions.choose('Văn bản hiện tại');
  await versions.compare.click();
  const { compare } = review;
  await expect(compare.root).toBeVisible();
  await expect(compare.summary).toContainText('2 đoạn thay đổi');
  await expect.poll(() => compare.marked('deleted')).toEqual(['chủ trì']);
  expect((await compare.marked('inserted')).map((words) => words.trim())).toEqual(['Ưu tiên nguồn xã hội hóa.', 'phối hợp']);
  const changed = compare.blocks.filter({ has: app.page.getByTestId('redline-del') });
  await expect(changed).toContainText('Giao Văn phòng Sở chủ trìphối hợp, tham mưu');

  // Side by side: the old words struck on the left, the new ones underlined on the right.
  await compare.side.click();
  const row = compare.blocks.filter({ hasText: 'Giao Văn phòng Sở' });
  await expect(row.getByTestId('compare-left')).toContainText('Giao Văn phòng Sở chủ trì, tham mưu');
  await expect(row.getByTestId('compare-left').getByTestId('redline-del')).toHaveText('chủ trì');
  await expect(row.getByTestId('compare-left').getByTestId('redline-ins')).toHaveCount(0);
  await expect(row.getByTestId('compare-right')).toContainText('Giao Văn phòng Sở phối hợp, tham mưu');
  await expect(row.getByTestId('compare-right').getByTestId('redline-ins')).toHaveText('phối hợp');
  await expect(row.getByTestId('compare-right').getByTestId('redline-del')).toHaveCount(0);
  const style = await row.getByTestId('compare-right').getByTestId('redline-ins').evaluate((element) => getComputedStyle(element).textDecorationLine);
  expect(style).toContain('underline');

  // The drafter never reviewed: the "since I last reviewed" button is off, and says why.
  await expect(compare.sinceMine).toBeDisabled();
  await expect(compare.sinceMineHint).toHaveText('Bạn chưa duyệt hoặc trả lại văn bản này lần nào.');
  await compare.close.click();
  await expect(compare.root).toHaveCount(0);

  // The on-demand version is kept in the file once saved.
  await app.page.keyboard.press('ControlOrMeta+S');
  await editor.waitSaved();
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-so-sanh.vanban');
  expect(saved.review.versions.map((version) => version.label)).toEqual(['Bản đầu tiên']);
});
