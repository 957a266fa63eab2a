// Comments (góp ý) in the app: a passage selected and commented shows in the pane and highlighted
// on the page; replies, resolve / reopen with the filters, edit and delete your own only; the
// highlight follows its passage through Vietnamese typing; a deleted passage leaves an orphaned
// comment; comments are saved in the file; clicking goes both ways; a locked (approved)
// document can still be commented but not edited.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ReviewActor } from '../../core/model/types';
import { readSavedDocument } from './disk';
import { expect, test as base } from './fixtures';
import type { VanBanApp } from './pages/app';
import { CommentsPane } from './pages/comments';
import type { BodyEditor } from './pages/body-editor';
import { COMPOSED, UNIKEY, composeWords, unikeyType } from './vietnamese-input';

const DRAFTER: ReviewActor = { name: 'Nguyễn Văn An', initials: 'NVA', role: 'drafter' };
const REVIEWER: ReviewActor = { name: 'Trần Thị Bình', initials: 'TTB', role: 'reviewer' };

function seedUser(userDataDir: string, user: ReviewActor | null): void {
  writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language: 'vi', profile: null, user }, null, 2));
}

// Every test starts as the drafter (the shared fixture may seed a profile too: this one wins).
const test = base.extend<{ comments: CommentsPane }>({
  folders: async ({ folders }, use) => {
    seedUser(folders.userDataDir, DRAFTER);
    await use(folders);
  },
  comments: async ({ page }, use) => {
    await use(new CommentsPane(page));
  },
});

// In template ke-hoach-so: "Triển khai kịp thời, đầy đủ các nhiệm vụ được Ủy ban nhân dân tỉnh giao cho ngành trong năm 2026."
const SENTENCE_START = 'Triển khai kịp thời';
const PASSAGE = 'đầy đủ các nhiệm vụ';

/** The plan with the passage selected; resolves with the body and the block's index. */
async function selectPassage(app: VanBanApp, passage = PASSAGE): Promise<{ body: BodyEditor; index: number }> {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  const index = await body.indexOf(SENTENCE_START);
  const text = await body.text(index);
  const at = text.indexOf(passage);
  await body.select(index, at, passage.length);
  return { body, index };
}

/** The text selected in the page (the DOM selection). */
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('a selected passage commented: the thread shows in the pane with its author, and the passage is highlighted', async ({ app, comments }) => {
  await selectPassage(app);
  await comments.startComment();
  await expect(comments.draftQuote).toHaveText(PASSAGE);
  // An empty comment is refused.
  await comments.draft.getByTestId('comment-draft-save').click();
  await expect(comments.error).toHaveText('Góp ý không được để trống.');
  const thread = await comments.writeComment('Nêu rõ nhiệm vụ nào, thời hạn hoàn thành.');

  const root = comments.comments(thread).first();
  await expect(root.getByTestId('comment-author')).toHaveText(DRAFTER.name);
  await expect(root.getByTestId('comment-initials')).toHaveText('NVA');
  await expect(root.getByTestId('comment-time')).toHaveText('vừa xong');
  await expect(thread.getByTestId('comment-quote')).toHaveText(PASSAGE);
  await expect(thread).toHaveAttribute('data-active', 'true');
  const id = await comments.idOf(thread);
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);
  await expect(comments.passage(id)).toHaveAttribute('data-comment-active', 'true');
  await expect(comments.filter('open').getByTestId('comments-count')).toHaveText('1');
  await expect(comments.filter('mine').getByTestId('comments-count')).toHaveText('1');
  await expect(comments.toggle.getByTestId('comments-toggle-count')).toHaveText('1');
});

test('Ctrl+Alt+M comments on the selection; without a selection the pane says to select a passage; over two paragraphs the first one is taken', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  await page.keyboard.press('Control+Alt+m');
  await expect(comments.root).toBeVisible();
  await expect(comments.draftQuote).toHaveText(PASSAGE);
  await comments.draft.getByTestId('comment-draft-cancel').click();
  await expect(comments.draft).toBeHidden();

  await body.caretAt(index, 3);
  await page.keyboard.press('Control+Alt+m');
  await expect(comments.notice).toHaveText('Hãy chọn (bôi đen) đoạn văn cần góp ý trước.');
  await expect(comments.draft).toBeHidden();

  // From "đầy đủ …" in this paragraph into the next one.
  const text = await body.text(index);
  await body.editable.focus();
  await page.evaluate(
    ({ index, from }) => {
      const blocks = document.querySelectorAll('[data-testid="body-editor"] [data-testid="block"]');
      const strings = (block: Element) => [...block.querySelectorAll('[data-slate-string]')].map((node) => node.firstChild as Text);
      const first = strings(blocks[index])[0];
      const next = strings(blocks[index + 1])[0];
      window.getSelection()!.setBaseAndExtent(first, from, next, 5);
    },
    { index, from: text.indexOf(PASSAGE) },
  );
  await body.settle();
  await page.keyboard.press('Control+Alt+m');
  await expect(comments.draftQuote).toHaveText(text.slice(text.indexOf(PASSAGE)));
  await expect(comments.root.getByTestId('comment-draft-clamped')).toBeVisible();
  const thread = await comments.writeComment('Tách thành hai ý.');
  await expect.poll(async () => comments.highlighted(await comments.idOf(thread))).toBe(text.slice(text.indexOf(PASSAGE)));
});

test('reply, resolve (hidden under Đang mở, shown under Đã giải quyết, no longer highlighted), reopen', async ({ app, comments }) => {
  await selectPassage(app);
  const thread = await comments.addComment('Cần bổ sung thời hạn.');
  const id = await comments.idOf(thread);
  await comments.reply(thread, 'Đã bổ sung ở mục 2.');
  await expect(comments.comments(thread)).toHaveCount(2);
  await expect(comments.comments(thread).nth(1).getByTestId('comment-text')).toHaveText('Đã bổ sung ở mục 2.');

  await comments.resolve(thread);
  await expect(comments.threads).toHaveCount(0);
  await expect(comments.filter('open').getByTestId('comments-count')).toHaveText('0');
  await expect(comments.filter('resolved').getByTestId('comments-count')).toHaveText('1');
  await expect.poll(() => comments.highlighted(id)).toBe('');

  await comments.showFilter('resolved');
  const resolved = comments.threads.first();
  await expect(resolved).toHaveAttribute('data-state', 'resolved');
  await expect(comments.comments(resolved)).toHaveCount(2);
  // A resolved comment is highlighted while it is selected.
  await resolved.getByTestId('comment-quote').click();
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);

  await comments.reopen(resolved);
  await comments.showFilter('open');
  await expect(comments.threads).toHaveCount(1);
  await expect(comments.threads.first()).toHaveAttribute('data-state', 'open');
});

test('edit and delete your own comment (delete asks first); another user’s comment offers neither', async ({ app, comments, server, page }) => {
  await selectPassage(app);
  const thread = await comments.addComment('Ý kiến ban đầu.');
  await comments.edit(thread, 0, 'Ý kiến đã sửa: làm rõ đối tượng.');
  const edited = comments.thread('Ý kiến đã sửa: làm rõ đối tượng.');
  await expect(edited).toBeVisible();

  // Delete asks; cancelling keeps the comment.
  const root = comments.comments(edited).first();
  await root.getByTestId('comment-delete').click();
  await expect(root.getByTestId('comment-confirm')).toContainText('Xóa góp ý này cùng các trả lời?');
  await root.getByTestId('comment-delete-cancel').click();
  await expect(edited).toBeVisible();

  // A second comment stays for the other user.
  const { body } = app.editor;
  const index = await body.indexOf(SENTENCE_START);
  await body.select(index, 0, 'Triển khai'.length);
  await comments.addComment('Góp ý của chuyên viên.');
  await comments.delete(edited, 0);
  await expect(edited).toHaveCount(0);
  await expect(comments.threads).toHaveCount(1);
  await app.saveAs('gop-y-cua-toi');

  // The reviewer opens the same file: the drafter's comment has no edit or delete.
  seedUser(server.userDataDir, REVIEWER);
  await app.goto(await server.restart());
  await app.openFromList('gop-y-cua-toi.vanban');
  await comments.open();
  const others = comments.thread('Góp ý của chuyên viên.');
  await expect(others).toBeVisible();
  await expect(others.getByTestId('comment-edit')).toHaveCount(0);
  await expect(others.getByTestId('comment-delete')).toHaveCount(0);
  await expect(comments.filter('mine').getByTestId('comments-count')).toHaveText('0');
  // The reviewer answers; the reply is theirs to edit.
  await comments.reply(others, 'Đồng ý.');
  const reply = comments.comments(others).nth(1);
  await expect(reply.getByTestId('comment-author')).toHaveText(REVIEWER.name);
  await expect(reply.getByTestId('comment-edit')).toBeVisible();
  await expect(comments.filter('mine').getByTestId('comments-count')).toHaveText('1');
  void page;
});

test('the highlight follows its passage through Vietnamese typing before and inside it (IME and Unikey)', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const thread = await comments.addComment('Làm rõ.');
  const id = await comments.idOf(thread);

  // Before the passage, with an input method composing.
  await body.caretAfter(index, 'Triển khai ');
  const cdp = await page.context().newCDPSession(page);
  await composeWords(page, cdp, COMPOSED['Nghị quyết']);
  await page.keyboard.type(' ');
  await expect.poll(() => body.text(index)).toContain('Triển khai Nghị quyết kịp thời');
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);

  // Inside the passage, with Unikey's backspace-and-retype.
  await body.caretAfter(index, 'đầy đủ ');
  await unikeyType(page, [...UNIKEY['đường'], ' ']);
  await expect.poll(() => body.text(index)).toContain('đầy đủ đường các nhiệm vụ');
  await expect.poll(() => comments.highlighted(id)).toBe('đầy đủ đường các nhiệm vụ');
  // The pane quotes the passage as it reads now.
  await expect(thread.getByTestId('comment-quote')).toHaveText('đầy đủ đường các nhiệm vụ');
});

test('the commented words selected and the correction typed over them (plain keys and Telex): the comment stays on the new text', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const thread = await comments.addComment('Ghi rõ nhiệm vụ nào.');
  const id = await comments.idOf(thread);
  const text = await body.text(index);
  await body.select(index, text.indexOf(PASSAGE), PASSAGE.length);
  await page.keyboard.type('toàn bộ');
  await expect.poll(() => body.text(index)).toContain('kịp thời, toàn bộ được Ủy ban');
  await expect(thread).toHaveAttribute('data-orphaned', 'false');
  await expect(thread.getByTestId('comment-orphaned')).toHaveCount(0);
  // Letters typed against the first word join it; the comment keeps at least that word, highlighted.
  await expect.poll(() => comments.highlighted(id)).toMatch(/^toàn/u);

  // Again over the new word, with an input method composing (Telex: "Nghị quyết" built letter by letter).
  const now = await body.text(index);
  await body.select(index, now.indexOf('toàn'), 'toàn'.length);
  const cdp = await page.context().newCDPSession(page);
  await composeWords(page, cdp, COMPOSED['Nghị quyết']);
  await expect.poll(() => body.text(index)).toContain('kịp thời, Nghị quyết');
  await expect(thread).toHaveAttribute('data-orphaned', 'false');
  await expect(thread.getByTestId('comment-quote')).toHaveText('Nghị');
  await expect.poll(() => comments.highlighted(id)).toMatch(/^Nghị/u);
});

test('deleting the whole passage keeps the comment, flagged with its quote', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const thread = await comments.addComment('Đoạn này cần viết lại.');
  const text = await body.text(index);
  await body.select(index, text.indexOf(PASSAGE), PASSAGE.length);
  await page.keyboard.press('Backspace');
  await expect.poll(() => body.text(index)).not.toContain(PASSAGE);
  await expect(thread).toHaveAttribute('data-orphaned', 'true');
  await expect(thread.getByTestId('comment-orphaned')).toHaveText('Đoạn văn đã bị xóa');
  await expect(thread.getByTestId('comment-quote')).toHaveText(PASSAGE);
  await expect(comments.highlights).toHaveCount(0);
  await expect(comments.threads).toHaveCount(1);

  // A comment on a heading that is then deleted altogether (text, kind, then the line) is kept the same way.
  expect(await body.text(index + 1)).toBe('Yêu cầu');
  const count = await body.blocks.count();
  await body.selectRange(index + 1, 'start', 'end');
  const next = await comments.addComment('Cả mục này?');
  await body.selectRange(index + 1, 'start', 'end');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(body.blocks).toHaveCount(count - 1);
  await expect(next).toHaveAttribute('data-orphaned', 'true');
  await expect(next.getByTestId('comment-quote')).toHaveText('Yêu cầu');
  await expect(comments.threads).toHaveCount(2);
});

test('Enter before a commented passage and Backspace to join the lines again: the highlight stays on the passage, the thread is not flagged', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const thread = await comments.addComment('Tách dòng thử.');
  const id = await comments.idOf(thread);
  const text = await body.text(index);
  const count = await body.blocks.count();

  // Enter right before the passage: it now starts the new line (a fresh block).
  await body.caretAt(index, text.indexOf(PASSAGE));
  await page.keyboard.press('Enter');
  await expect(body.blocks).toHaveCount(count + 1);
  await expect.poll(() => body.text(index + 1)).toBe(text.slice(text.indexOf(PASSAGE)));
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);
  await expect(thread).toHaveAttribute('data-orphaned', 'false');

  // Backspace at the start of the new line joins it back (an item is made a paragraph first).
  await body.caretAt(index + 1, 'start');
  if ((await body.view())[index + 1].kind !== 'paragraph') await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(body.blocks).toHaveCount(count);
  await expect.poll(() => body.text(index)).toBe(text);
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);
  await expect(thread).toHaveAttribute('data-orphaned', 'false');
  await expect(thread.getByTestId('comment-quote')).toHaveText(PASSAGE);
});

test('a deleted passage brought back by undo: the comment is attached to it again', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const thread = await comments.addComment('Đừng xóa đoạn này.');
  const id = await comments.idOf(thread);
  const text = await body.text(index);
  await body.select(index, text.indexOf(PASSAGE), PASSAGE.length);
  await page.keyboard.press('Backspace');
  await expect(thread).toHaveAttribute('data-orphaned', 'true');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => body.text(index)).toBe(text);
  await expect(thread).toHaveAttribute('data-orphaned', 'false');
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);
});

test('the comment being written follows text typed before its passage; its passage deleted keeps the typed text and says so', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  await comments.startComment();
  await comments.draftInput.fill('Viết dở.');
  // Typed before the passage while the comment is being written.
  await body.caretAt(index, 0);
  await page.keyboard.type('Khẩn trương ');
  await expect.poll(() => body.text(index)).toMatch(/^Khẩn trương /);
  const thread = await comments.writeComment('Viết dở, nay viết xong.');
  await expect(thread.getByTestId('comment-quote')).toHaveText(PASSAGE);
  await expect.poll(async () => comments.highlighted(await comments.idOf(thread))).toBe(PASSAGE);

  // Another one whose passage is deleted before it is saved.
  const text = await body.text(index);
  await body.select(index, text.indexOf('kịp thời'), 'kịp thời'.length);
  await comments.startComment();
  await comments.draftInput.fill('Sẽ mất đoạn văn.');
  await body.select(index, text.indexOf('kịp thời'), 'kịp thời'.length);
  await page.keyboard.press('Backspace');
  await expect(comments.notice).toHaveAttribute('data-notice', 'draftPassageGone');
  await expect(comments.draftInput).toHaveValue('Sẽ mất đoạn văn.');
  await comments.draft.getByTestId('comment-draft-save').click();
  await expect(comments.draftInput).toHaveValue('Sẽ mất đoạn văn.');
  await expect(comments.threads).toHaveCount(1);
});

test('comments are saved in the file and come back after a reload', async ({ app, comments, server }) => {
  await selectPassage(app);
  const thread = await comments.addComment('Lưu cùng văn bản.');
  await comments.reply(thread, 'Trả lời cũng được lưu.');
  const id = await comments.idOf(thread);
  await app.saveAs('ke-hoach-gop-y');

  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-gop-y.vanban');
  expect(saved.comments).toHaveLength(2);
  expect(saved.comments[0]).toMatchObject({ id, author: DRAFTER.name, initials: 'NVA', text: 'Lưu cùng văn bản.', quote: PASSAGE, resolved: false, orphaned: false, parentId: null });
  expect(saved.comments[1]).toMatchObject({ parentId: id, text: 'Trả lời cũng được lưu.' });

  await app.reload();
  await app.openFromList('ke-hoach-gop-y.vanban');
  await expect.poll(() => comments.highlighted(id)).toBe(PASSAGE);
  await comments.open();
  await expect(comments.comments(comments.thread('Lưu cùng văn bản.'))).toHaveCount(2);
});

test('clicking goes both ways: a thread selects its passage; commented text opens the pane at its thread', async ({ app, page, comments }) => {
  const { body, index } = await selectPassage(app);
  const first = await comments.addComment('Thứ nhất.');
  const firstId = await comments.idOf(first);
  await body.select(index, 0, 'Triển khai'.length);
  const second = await comments.addComment('Thứ hai.');
  const secondId = await comments.idOf(second);
  // Threads in reading order.
  await expect(comments.threads.nth(0)).toHaveAttribute('data-comment-id', secondId);
  await expect(comments.threads.nth(1)).toHaveAttribute('data-comment-id', firstId);

  await first.getByTestId('comment-text').click();
  await expect(first).toHaveAttribute('data-active', 'true');
  await expect.poll(() => selectedText(page)).toBe(PASSAGE);
  await expect(comments.passage(firstId)).toHaveAttribute('data-comment-active', 'true');

  await comments.close();
  await comments.passage(secondId).click();
  await expect(comments.root).toBeVisible();
  await expect(comments.thread('Thứ hai.')).toHaveAttribute('data-active', 'true');
  await expect(comments.thread('Thứ nhất.')).toHaveAttribute('data-active', 'false');
  await expect(comments.passage(secondId)).toHaveAttribute('data-comment-active', 'true');
});

test('overlapping passages: the shared words carry both comments', async ({ app, comments }) => {
  const { body, index } = await selectPassage(app, 'kịp thời, đầy đủ');
  const first = await comments.addComment('Một.');
  const text = await body.text(index);
  await body.select(index, text.indexOf('đầy đủ các'), 'đầy đủ các'.length);
  const second = await comments.addComment('Hai.');
  const [a, b] = [await comments.idOf(first), await comments.idOf(second)];
  await expect.poll(() => comments.highlighted(a)).toBe('kịp thời, đầy đủ');
  await expect.poll(() => comments.highlighted(b)).toBe('đầy đủ các');
  const shared = app.page.getByTestId('body-editor').locator(`.vb-comment[data-comment-ids~="${a}"][data-comment-ids~="${b}"]`);
  await expect(shared).toHaveText('đầy đủ');
});

test('an approved document is read-only, and can still be commented', async ({ app, page, comments, server }) => {
  await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('da-duyet');
  // Approved on disk (the workflow records the same status).
  const file = join(server.documentsDir, 'da-duyet.vanban');
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  const doc = stored.document ?? stored;
  doc.review.status = 'approved';
  writeFileSync(file, JSON.stringify(stored));
  await app.reload();
  const editor = await app.openFromList('da-duyet.vanban');

  await expect(editor.body.editable).toHaveAttribute('contenteditable', 'false');
  await expect(editor.summary).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByTestId('panel-agency-code')).toHaveJSProperty('readOnly', true);
  await expect(page.getByTestId('panel-secrecy')).toBeDisabled();
  const index = await editor.body.indexOf(SENTENCE_START);
  const before = await editor.body.text(index);
  await editor.body.caretAt(index, 3);
  await page.keyboard.type('xyz');
  await expect.poll(() => editor.body.text(index)).toBe(before);

  const at = before.indexOf(PASSAGE);
  await editor.body.select(index, at, PASSAGE.length);
  await expect.poll(() => selectedText(page)).toBe(PASSAGE);
  const thread = await comments.addComment('Góp ý trên bản đã duyệt.');
  await expect.poll(async () => comments.highlighted(await comments.idOf(thread))).toBe(PASSAGE);
});

test('a passage in a table cell: commented from the cell, the cell marked, a click on it opens the thread', async ({ app, page, comments }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const { body } = editor;
  await body.caretAt(await body.indexOf(SENTENCE_START), 'end');
  await editor.toolbarButton('insert-table').click();
  const table = body.host.getByTestId('table-editor').first();
  const cell = table.locator('[data-testid="table-cell"][data-row="1"][data-cell="1"]');
  const input = cell.getByTestId('table-cell-input');
  await input.fill('Rà soát thủ tục hành chính');
  // "thủ tục" selected in the cell, then Ctrl+Alt+M as in the text.
  await input.evaluate((area: HTMLTextAreaElement) => {
    area.focus();
    area.setSelectionRange(8, 15);
  });
  await page.keyboard.press('Control+Alt+m');
  await expect(comments.draftQuote).toHaveText('thủ tục');
  const thread = await comments.writeComment('Thủ tục nào?');
  const id = await comments.idOf(thread);
  await expect(cell).toHaveAttribute('data-comment-ids', id);
  await expect(table.locator('[data-comment-ids]')).toHaveCount(1);

  await comments.close();
  await input.click();
  await expect(comments.root).toBeVisible();
  await expect(comments.thread('Thủ tục nào?')).toHaveAttribute('data-active', 'true');
  await expect(cell).toHaveAttribute('data-comment-active', 'true');
});
