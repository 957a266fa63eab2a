// A full review round in one window, people taking turns at the computer (the user switched
// through the profile dialog): the drafter submits; the leader comments on a passage and returns
// the plan with a note; the drafter sees the comment, fixes the passage, replies, resolves and
// submits again; the leader opens "changes since I last reviewed", sees the fix and approves; the
// records clerk issues it with a number. The issued DOCX is checked as Word reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { bodyTexts, readSavedDocument, writeFilledTemplate } from './disk';
import { CLERK, DRAFTER, expect, REVIEWER, test } from './fixtures';
import { CommentsPane } from './pages/comments';
import { ReviewPage } from './pages/review';

const FILE = 'ke-hoach-vong-duyet.vanban';
const SENTENCE = 'Giao Văn phòng Sở chủ trì';
const OLD = 'chủ trì';
const NEW = 'phối hợp';
const COMMENT = 'Văn phòng Sở chỉ phối hợp; đơn vị chủ trì là phòng chuyên môn.';
const RETURN_NOTE = 'Sửa lại phần tổ chức thực hiện theo góp ý.';

test('drafter submits, leader comments and returns, drafter fixes and resubmits, leader compares and approves, clerk issues', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const comments = new CommentsPane(app.page);
  // The drafter's plan, its template text filled in (a plan with "[…]" left cannot be issued).
  writeFilledTemplate(server.documentsDir, 'ke-hoach-so', FILE);
  const editor = await app.openFromList(FILE);
  const { body } = editor;
  const saved = () => readSavedDocument(server.documentsDir, FILE);

  // 1. The drafter submits.
  await review.move('submit', 'Kính trình lãnh đạo cho ý kiến.', 'submitted');
  expect(saved().review.status).toBe('submitted');

  // 2. The leader comments on "chủ trì" and returns the plan with a note.
  await review.switchUser(REVIEWER);
  expect(await review.offeredMoves()).toEqual(['return', 'approve']);
  let index = await body.indexOf(SENTENCE);
  let at = (await body.text(index)).indexOf(OLD);
  await body.select(index, at, OLD.length);
  await app.page.getByTestId('review-add-comment').click();
  await expect(comments.draftQuote).toHaveText(OLD);
  const thread = await comments.writeComment(COMMENT);
  await expect(thread).toContainText(REVIEWER.name);
  await review.move('return', RETURN_NOTE, 'returned');
  let file = saved();
  expect(file.review.status).toBe('returned');
  expect(file.comments).toHaveLength(1);
  expect(file.comments[0]).toMatchObject({ author: REVIEWER.name, initials: REVIEWER.initials, text: COMMENT, quote: OLD, resolved: false });

  // 3. The drafter sees the note and the comment, fixes the passage, replies, resolves, resubmits.
  await review.switchUser(DRAFTER);
  await expect(review.status).toHaveText('Đã trả lại');
  await expect(review.lastNote).toContainText(RETURN_NOTE);
  await comments.open();
  await expect(comments.thread(COMMENT)).toContainText(REVIEWER.name);
  const id = await comments.idOf(comments.thread(COMMENT));
  await expect.poll(() => comments.highlighted(id)).toBe(OLD);
  index = await body.indexOf(SENTENCE);
  at = (await body.text(index)).indexOf(OLD);
  await body.select(index, at, OLD.length);
  await app.page.keyboard.type(NEW);
  await expect.poll(() => body.text(index)).toContain(`Giao Văn phòng Sở ${NEW}, tham mưu`);
  await comments.reply(comments.thread(COMMENT), 'Đã sửa theo góp ý.');
  await comments.resolve(comments.thread(COMMENT));
  await review.move('submit', 'Đã sửa, kính trình lại.', 'submitted');
  file = saved();
  expect(bodyTexts(file.body).some((text) => text.startsWith(`Giao Văn phòng Sở ${NEW}, tham mưu`))).toBe(true);
  expect(file.comments.filter((comment) => comment.resolved)).toHaveLength(2);

  // 4. The leader opens "changes since I last reviewed": the fix, word by word; then approves.
  await review.switchUser(REVIEWER);
  await review.compareButton.click();
  const { compare } = review;
  await expect(compare.root).toBeVisible();
  await compare.after.selectOption({ label: 'Văn bản hiện tại' });
  await compare.before.selectOption({ index: 0 });
  await expect(compare.sinceMine).toBeEnabled();
  await compare.sinceMine.click();
  await expect(compare.before.locator('option:checked')).toContainText('Trả lại');
  await expect(compare.after.locator('option:checked')).toHaveText('Văn bản hiện tại');
  await expect.poll(() => compare.marked('deleted')).toEqual([OLD]);
  expect((await compare.marked('inserted')).map((text) => text.trim())).toEqual([NEW]);
  await expect(compare.summary).toContainText('1 đoạn thay đổi');
  await compare.close.click();
  await review.move('approve', 'Đồng ý.', 'approved');
  await expect(review.lockedBanner).toContainText('Văn bản đã duyệt — chỉ đọc');

  // 5. The records clerk issues it with the register's first number of the year.
  await review.switchUser(CLERK);
  await review.moveButton('issue').click();
  await expect(review.issueDialog.number).toHaveValue('1');
  await expect(review.issueDialog.preview).toContainText('Số: 01/KH-SGDĐT');
  await review.issueDialog.confirm.click();
  await app.saveDialog.answer('ke-hoach-vong-duyet.docx');
  await expect(review.issueDialog.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã phát hành');
  await expect(editor.numberLine).toHaveText('Số: 01/KH-SGDĐT');

  file = saved();
  expect(file.review.status).toBe('issued');
  expect(file.review.log.map((entry) => [entry.who.name, entry.to])).toEqual([
    [DRAFTER.name, 'submitted'],
    [REVIEWER.name, 'returned'],
    [DRAFTER.name, 'submitted'],
    [REVIEWER.name, 'approved'],
    [CLERK.name, 'issued'],
  ]);
  expect(file.header.number).toBe(1);

  // Every step left a version, named from its step.
  const versions = await review.openVersions();
  await expect(versions.labels).toHaveText(['Văn bản hiện tại', 'Phát hành', 'Đã duyệt', 'Trình duyệt lần 2', 'Trả lại', 'Trình duyệt lần 1']);

  // The issued DOCX: the number line, the fixed sentence, no comments (a clean copy).
  const docx = join(server.documentsDir, 'ke-hoach-vong-duyet.docx');
  expect(existsSync(docx)).toBe(true);
  const parts = unzipSync(new Uint8Array(readFileSync(docx)));
  const paragraphs = strFromU8(parts['word/document.xml'])
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
  expect(paragraphs).toContain('Số: 01/KH-SGDĐT');
  expect(paragraphs.some((text) => text.includes(`Giao Văn phòng Sở ${NEW}, tham mưu`))).toBe(true);
  expect(paragraphs.some((text) => text.includes(`Giao Văn phòng Sở ${OLD}`))).toBe(false);
  expect(strFromU8(parts['word/document.xml'])).not.toContain('w:commentRangeStart');
  expect(parts['word/comments.xml']).toBeUndefined();
});
