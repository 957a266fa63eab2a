// Kiểm tra thể thức in the editor: the panel lists format errors (lỗi thể thức) with the rule and
// severity, the passage is marked in place, a click goes to it, "Sửa nhanh" fixes it as one
// undoable step, and undo brings the fault back. A fault in several places is one finding that
// expands into them. An approved (locked) document lists its findings without quick fixes.
import { expect, test, REVIEWER } from './fixtures';
import { CheckPanel } from './pages/check-panel';
import { CommentsPane } from './pages/comments';
import { ReviewPage } from './pages/review';

test('a summary starting "V/v": listed, marked on the page, fixed in one click, undone and redone', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  await editor.typeInField(editor.summary, 'V/v tuyên truyền cải cách hành chính năm 2025');
  const check = new CheckPanel(app.page);
  await check.open();
  await expect(check.toggle).toHaveAttribute('aria-pressed', 'true');

  const finding = check.finding('summary.vv-prefix');
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(finding).toContainText('Trích yếu không được bắt đầu bằng “V/v”');
  await expect(editor.summary).toHaveAttribute('data-finding', 'error');
  // Errors are listed before warnings and notes.
  const severities = await check.findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
  expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));

  await check.quickFix('summary.vv-prefix');
  await expect(editor.summary).toHaveText('tuyên truyền cải cách hành chính năm 2025');
  await expect(check.finding('summary.vv-prefix')).toHaveCount(0);
  await expect(editor.summary).not.toHaveAttribute('data-finding', 'error');

  await editor.toolbarButton('undo').click();
  await expect(editor.summary).toHaveText('V/v tuyên truyền cải cách hành chính năm 2025');
  await expect(check.finding('summary.vv-prefix')).toHaveCount(1);
  await expect(editor.summary).toHaveAttribute('data-finding', 'error');

  await editor.toolbarButton('redo').click();
  await expect(editor.summary).toHaveText('tuyên truyền cải cách hành chính năm 2025');
  await expect(check.finding('summary.vv-prefix')).toHaveCount(0);

  // Ctrl+Z undoes the fix too, wherever the focus is.
  await app.page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.summary).toHaveText('V/v tuyên truyền cải cách hành chính năm 2025');
});

test('one fault in several consecutive paragraphs is one finding: it shows the count, expands into its places, and each place goes to its block', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const check = new CheckPanel(app.page);
  await check.open();
  const group = await check.grouped('text.placeholder');
  const count = Number(await group.getAttribute('data-count'));
  expect(count).toBeGreaterThan(1);
  await expect(group.getByTestId('check-expand')).toHaveText(`${count} chỗ ▾`);
  await expect(check.places(group)).toHaveCount(0);

  await group.getByTestId('check-expand').click();
  await expect(group.getByTestId('check-expand')).toHaveAttribute('aria-expanded', 'true');
  const places = check.places(group);
  await expect(places).toHaveCount(count);
  await expect(places.first()).toContainText('nội dung');
  const ids = await places.evaluateAll((items) => items.map((item) => item.getAttribute('data-block-id')));
  expect(new Set(ids).size).toBe(count);
  // Every place is marked on the page.
  for (const id of ids) await expect(editor.body.host.locator(`[data-testid="block"][data-block-id="${id}"]`)).toHaveAttribute('data-finding', 'error');

  // A click on the second place selects its block.
  await places.nth(1).click();
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('[data-block-id]')?.getAttribute('data-block-id'))).toBe(ids[1]);

  await group.getByTestId('check-expand').click();
  await expect(check.places(group)).toHaveCount(0);
  await app.setLanguage('en');
  await expect((await check.grouped('text.placeholder')).getByTestId('check-expand')).toHaveText(`${count} places ▾`);
});

test('messages follow the UI language; closing the panel removes the marks', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  await editor.typeInField(editor.summary, 'V/v chuyển đổi số.');
  const check = new CheckPanel(app.page);
  await check.open();
  await expect(check.finding('summary.trailing-period')).toContainText('Trích yếu không kết thúc bằng dấu chấm');
  await app.setLanguage('en');
  await expect(check.root).toContainText('Format check');
  await expect(check.finding('summary.trailing-period')).toContainText('The summary does not end with a full stop');
  await expect(check.finding('summary.vv-prefix').getByTestId('check-fix')).toHaveText('Quick fix');

  await check.toggle.click();
  await expect(check.root).toHaveCount(0);
  await expect(editor.summary).not.toHaveAttribute('data-finding', /.+/);
});

test('the findings follow typing: fixing the fault by hand removes it', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const check = new CheckPanel(app.page);
  await check.open();
  const before = await check.rules();
  expect(before).not.toContain('summary.vv-prefix');
  await editor.typeInField(editor.summary, 'Về việc tuyên truyền');
  await expect(check.finding('summary.vv-prefix')).toHaveCount(1);
  await editor.typeInField(editor.summary, 'Tuyên truyền');
  await expect(check.finding('summary.vv-prefix')).toHaveCount(0);
});

test('an approved document: findings listed without quick fixes, editing tools disabled, Ctrl+Alt+M on a selection still starts a comment', async ({ app, page }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  await editor.typeInField(editor.summary, 'V/v tuyên truyền cải cách hành chính năm 2025');
  await app.saveAs('kiem-tra-da-duyet');
  const review = new ReviewPage(page);
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await review.move('approve', 'Đồng ý ban hành.', 'approved');
  await expect(review.lockedBanner).toContainText('Văn bản đã duyệt — chỉ đọc');

  const check = new CheckPanel(page);
  await check.open();
  await expect(check.finding('summary.vv-prefix')).toHaveCount(1);
  await expect(check.root.getByTestId('check-fix')).toHaveCount(0);
  await expect(check.root.getByTestId('check-locked')).toContainText('không sửa nhanh được');

  await expect(editor.kindSelect).toBeDisabled();
  for (const id of ['bold', 'italic', 'underline', 'indent', 'outdent', 'section-up', 'section-down', 'insert-table', 'insert-appendix', 'undo', 'redo'] as const) {
    await expect(editor.toolbarButton(id)).toBeDisabled();
  }
  await expect(editor.toolbarButton('bold')).toHaveAttribute('title', /nội dung không sửa được/);
  for (const id of ['save', 'save-as', 'export-docx', 'export-pdf', 'print'] as const) await expect(editor.toolbarButton(id)).toBeEnabled();
  await expect(check.toggle).toBeEnabled();

  // A passage selected with the mouse (the read-only body never takes the focus), then Ctrl+Alt+M.
  const index = await editor.body.indexOf('Triển khai kịp thời');
  const box = await editor.body.block(index).evaluate((block) => {
    const text = [...block.querySelectorAll('[data-slate-string]')].map((node) => node.firstChild as Text)[0];
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Triển khai'.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left, y: rect.top + rect.height / 2, right: rect.right };
  });
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Triển khai');
  await page.keyboard.press('Control+Alt+m');
  const comments = new CommentsPane(page);
  await expect(comments.draft).toBeVisible();
  await expect(comments.draftQuote).toHaveText('Triển khai');
});
