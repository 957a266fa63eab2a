// DOCX exchange with Word from the export menu beside Xuất DOCX: a copy showing the changes since
// a chosen version as Word tracked changes, a copy with the comments as Word comments, and the
// comments a leader added in Word imported back onto the same passages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DRAFTER, expect, test } from './fixtures';
import { CommentsPane } from './pages/comments';
import { ReviewPage } from './pages/review';

function docxPart(file: string, part: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))[part]);
}

/** Texts inside an element of a DOCX part (<w:ins>…</w:ins>), runs joined per element. */
function texts(xml: string, element: 'w:ins' | 'w:del'): string[] {
  const inner = element === 'w:del' ? 'w:delText' : 'w:t';
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, 'g'))].map((match) =>
    [...match[1].matchAll(new RegExp(`<${inner}(?:\\s[^>]*)?>([^<]*)</${inner}>`, 'g'))].map((text) => text[1]).join(''),
  );
}

test('export DOCX showing changes since a chosen version: Word tracked changes with whole words', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-thay-doi');

  // No version yet: the chooser says so.
  await review.exportMenu('export-changes');
  const chooser = app.page.getByTestId('choose-version-dialog');
  await expect(chooser.getByTestId('choose-version-empty')).toBeVisible();
  await chooser.getByTestId('choose-version-cancel').click();

  const versions = await review.openVersions();
  await versions.saveVersion('Bản gửi phòng');
  const { body } = editor;
  const lead = await body.indexOf('Giao Văn phòng Sở chủ trì');
  const at = (await body.text(lead)).indexOf('chủ trì');
  await body.selectRange(lead, at, at + 'chủ trì'.length);
  await app.page.keyboard.type('phối hợp');
  await expect.poll(() => body.text(lead)).toContain('Sở phối hợp');

  await review.exportMenu('export-changes');
  await expect(chooser.getByTestId('choose-version-item')).toHaveCount(1);
  await chooser.getByTestId('choose-version-item').filter({ hasText: 'Bản gửi phòng' }).click();
  await expect(app.saveDialog.input).toHaveValue('ke-hoach-thay-doi-thay-doi.docx');
  await app.saveDialog.answer('ke-hoach-thay-doi.docx');
  await expect(app.infoToast.filter({ hasText: 'Đã xuất DOCX hiện thay đổi' })).toBeVisible();

  const file = join(server.documentsDir, 'ke-hoach-thay-doi.docx');
  await expect.poll(() => existsSync(file)).toBe(true);
  const xml = docxPart(file, 'word/document.xml');
  expect(texts(xml, 'w:del').map((text) => text.trim())).toContain('chủ trì');
  expect(texts(xml, 'w:ins').map((text) => text.trim())).toContain('phối hợp');
});

test('export DOCX with comments, then import the comments from that Word file back onto their passage', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const comments = new CommentsPane(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-gop-y');
  const passage = 'đầy đủ các nhiệm vụ';
  const text = 'Nêu rõ nhiệm vụ nào, thời hạn hoàn thành.';
  const index = await editor.body.indexOf('Triển khai kịp thời');
  await editor.body.select(index, (await editor.body.text(index)).indexOf(passage), passage.length);
  await app.page.getByTestId('review-add-comment').click();
  await comments.writeComment(text);

  await review.exportMenu('export-comments');
  await expect(app.saveDialog.input).toHaveValue('ke-hoach-gop-y-gop-y.docx');
  await app.saveDialog.answer('ban-gop-y.docx');
  await expect(app.infoToast.filter({ hasText: 'Đã xuất DOCX kèm góp ý' })).toBeVisible();
  const file = join(server.documentsDir, 'ban-gop-y.docx');
  await expect.poll(() => existsSync(file)).toBe(true);
  const commentsXml = docxPart(file, 'word/comments.xml');
  expect(commentsXml).toContain(text);
  expect(commentsXml).toContain(`w:author="${DRAFTER.name}"`);

  // The comment is deleted in the app, then read back from the Word file onto the same passage.
  await comments.delete(comments.thread(text), 0);
  await expect(comments.threads).toHaveCount(0);
  await review.exportMenu('import-comments');
  const list = app.page.getByTestId('import-comments-dialog');
  await expect(list.getByTestId('import-comments-item')).toHaveCount(1);
  await list.getByTestId('import-comments-item').click();
  await expect(app.infoToast.filter({ hasText: 'Đã nhập 1 góp ý từ “ban-gop-y.docx”' })).toBeVisible();
  await expect(comments.root).toBeVisible();
  const thread = comments.thread(text);
  await expect(thread).toContainText(DRAFTER.name);
  await expect.poll(async () => comments.highlighted(await comments.idOf(thread))).toBe(passage);

  // Imported twice: nothing is added again.
  await review.exportMenu('import-comments');
  await list.getByTestId('import-comments-item').click();
  await expect(app.infoToast.filter({ hasText: '1 góp ý đã có trong văn bản, không nhập lại.' })).toBeVisible();
  await expect(comments.threads).toHaveCount(1);
});
