// Find and replace (Ctrl+F, Ctrl+H): matches in the header fields, the body, a body table, an
// appendix (title and table) and the comments, counted "n/N" and shown one by one (Enter,
// Shift+Enter); diacritics-insensitive search and whole words; replace all is one undo step
// wherever it replaced, and the comment on a replaced passage stays on the new text; comments are
// found but not replaced; a locked (approved) document can be searched, not changed.
// At 1366×768 and 1920×1080, in Vietnamese and English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { findInDocument } from '../../core/find/replace';
import { DEFAULT_FIND_OPTIONS } from '../../core/find/match';
import { flattenBody } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';
import { appendix, comment, makePlan, para, section, table } from '../fixtures/documents';
import { expect, test } from './fixtures';
import { nodeSide } from './node-bundle';
import type { VanBanApp } from './pages/app';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGUAGES = ['vi', 'en'] as const;

const TEXT = {
  vi: { none: 'Không tìm thấy', replaced: 'Đã thay 6 chỗ.', skipped: '1 chỗ trong góp ý không thay', locked: 'chỉ tìm được, không thay thế được' },
  en: { none: 'No matches', replaced: 'Replaced 6 matches.', skipped: '1 match in comments not replaced', locked: 'it can be searched, not changed' },
};

const BODY_SENTENCE = 'Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ của đơn vị.';

function planWithMatches(status: 'draft' | 'approved' = 'draft'): VanBanDocument {
  const base = makePlan({
    header: { parentAgency: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH', place: 'Quảng Trị' },
    summary: 'Cải cách hành chính năm 2026',
    body: [
      section('MỤC ĐÍCH, YÊU CẦU', [para(BODY_SENTENCE, { id: 'p-body' }), para('Bảo đảm an toàn, an ninh; Ban chỉ đạo theo dõi.', { id: 'p-an' })], { id: 's1' }),
      table(['Nội dung', 'Đơn vị'], [['Rà soát thủ tục cải cách', 'Văn phòng']], { id: 't-body' }),
    ],
    appendices: [appendix('DANH MỤC NHIỆM VỤ CẢI CÁCH', [table(['Nhiệm vụ', 'Thời gian'], [['Tổng kết cải cách thủ tục', 'Quý IV']], { id: 't-app' })], { id: 'a1' })],
  });
  const start = BODY_SENTENCE.indexOf('cải cách');
  const note = comment('p-body', 'Nêu rõ kết quả cải cách năm trước.', { id: 'c1', author: 'Trần Thị Bình', initials: 'TTB', anchor: { blockId: 'p-body', start, end: start + 'cải cách'.length } });
  return { ...base, comments: [note], review: { ...base.review, status } };
}

async function openPlan(app: VanBanApp, folder: string, doc: VanBanDocument, language: 'vi' | 'en') {
  writeFileSync(join(folder, 'tim-kiem.vanban'), nodeSide().serializeDocument(doc));
  await app.reload();
  if (language === 'en') await app.setLanguage('en');
  const editor = await app.openFromList('tim-kiem.vanban');
  await editor.body.blocks.first().waitFor();
  return editor;
}

/** Where the current match is shown and its text: a body mark, a highlighted field or comment, or an outlined cell. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const mark = document.querySelector('[data-testid="body-editor"] mark[data-find-current="true"]');
    if (mark) return { where: 'body', text: mark.textContent ?? '' };
    const cell = document.querySelector<HTMLElement>('[data-find-current="element"]');
    if (cell) {
      const area = cell.querySelector('textarea') as HTMLTextAreaElement | null;
      const host = cell.closest('[data-table-id]') ? 'appendix-cell' : 'body-cell';
      return { where: host, text: area ? area.value.slice(area.selectionStart, area.selectionEnd) : '' };
    }
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vb-find-current');
    const range = highlight ? [...highlight][0] : undefined;
    if (!range) return { where: 'none', text: '' };
    const element = range.startContainer.parentElement;
    const field = element?.closest('[data-field]')?.getAttribute('data-field');
    const where = field ? `field:${field}` : element?.closest('[data-testid="comment-text"]') ? 'comment' : 'other';
    return { where, text: range.toString() };
  });
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test.describe(`${size.width}×${size.height} ${language}`, () => {
      test.use({ viewport: size });

      test('Ctrl+F finds across the header, body, tables, appendix and comments, one by one', async ({ app, page, server }) => {
        const doc = planWithMatches();
        const editor = await openPlan(app, server.documentsDir, doc, language);
        await editor.body.caretAt(0, 'start');
        await page.keyboard.press('Control+f');
        const query = page.getByTestId('find-query');
        await expect(query).toBeFocused();
        await query.fill('cải cách');
        const total = findInDocument(doc, flattenBody(doc.body), 'cải cách', DEFAULT_FIND_OPTIONS).length;
        expect(total).toBe(7);
        await expect(page.getByTestId('find-count')).toHaveText(`1/${total}`);
        const seen: Array<{ where: string; text: string }> = [];
        for (let i = 0; i < total; i++) {
          if (i > 0) await query.press('Enter');
          await expect(page.getByTestId('find-count')).toHaveText(`${i + 1}/${total}`);
          await expect.poll(() => currentMatch(page).then((m) => m.where)).not.toBe('none');
          seen.push(await currentMatch(page));
        }
        expect(seen).toEqual([
          { where: 'field:header.parentAgency', text: 'CẢI CÁCH' },
          { where: 'field:summary', text: 'Cải cách' },
          { where: 'body', text: 'cải cách' },
          { where: 'body-cell', text: 'cải cách' },
          { where: 'field:appendices.0.title', text: 'CẢI CÁCH' },
          { where: 'appendix-cell', text: 'cải cách' },
          { where: 'comment', text: 'cải cách' },
        ]);
        // Enter after the last goes round to the first; Shift+Enter goes back.
        await query.press('Enter');
        await expect(page.getByTestId('find-count')).toHaveText(`1/${total}`);
        await query.press('Shift+Enter');
        await expect(page.getByTestId('find-count')).toHaveText(`${total}/${total}`);
        await expect.poll(() => currentMatch(page)).toEqual({ where: 'comment', text: 'cải cách' });
        // Esc closes the panel and puts the caret back in the document.
        await query.press('Escape');
        await expect(page.getByTestId('find-panel')).toHaveCount(0);
        await expect(page.locator('mark.vb-find-match')).toHaveCount(0);
      });

      test('Ctrl+H: replace all is one step, the comment stays on the new text, one Ctrl+Z restores everything', async ({ app, page, server }) => {
        const doc = planWithMatches();
        const editor = await openPlan(app, server.documentsDir, doc, language);
        const { body } = editor;
        const index = await body.indexOf('Đẩy mạnh');
        await body.caretAt(index, 'end');
        await page.keyboard.press('Control+h');
        await page.getByTestId('find-query').fill('cải cách');
        await page.getByTestId('find-replacement').fill('đổi mới');
        await expect(page.getByTestId('find-count')).toHaveText('1/7');
        await page.getByTestId('find-replace-all').click();
        await expect(page.getByTestId('find-report')).toContainText(TEXT[language].replaced);
        await expect(page.getByTestId('find-report')).toContainText(TEXT[language].skipped);
        // Only the comment still reads "cải cách".
        await expect(page.getByTestId('find-count')).toHaveText('1/1');

        const bodyCell = body.host.locator('[data-block-id="t-body"] [data-row="1"][data-cell="0"] textarea');
        const appendixCell = page.locator('[data-table-id="t-app"] [data-row="1"][data-cell="0"] textarea');
        const replaced = async () => ({
          parentAgency: await editor.parentAgency.textContent(),
          summary: await editor.summary.textContent(),
          body: await body.text(index),
          bodyCell: await bodyCell.inputValue(),
          appendixTitle: await page.getByTestId('appendix-title').textContent(),
          appendixCell: await appendixCell.inputValue(),
        });
        await expect.poll(replaced).toEqual({
          parentAgency: 'BAN CHỈ ĐẠO đổi mới HÀNH CHÍNH',
          summary: 'đổi mới hành chính năm 2026',
          body: 'Đẩy mạnh đổi mới hành chính, nâng cao chất lượng phục vụ của đơn vị.',
          bodyCell: 'Rà soát thủ tục đổi mới',
          appendixTitle: 'DANH MỤC NHIỆM VỤ đổi mới',
          appendixCell: 'Tổng kết đổi mới thủ tục',
        });
        // The comment on the replaced words is on the new ones; its own text is the reviewer's, unchanged.
        await expect(body.host.locator('.vb-comment[data-comment-ids~="c1"]')).toHaveText('đổi mới');
        await page.getByTestId('comments-toggle').click();
        await expect(page.locator('[data-comment-id="c1"] [data-testid="comment-text"]')).toHaveText('Nêu rõ kết quả cải cách năm trước.');

        await page.getByTestId('find-query').press('Escape');
        await expect(page.getByTestId('find-panel')).toHaveCount(0);
        await page.keyboard.press('Control+z');
        await expect.poll(replaced).toEqual({
          parentAgency: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH',
          summary: 'Cải cách hành chính năm 2026',
          body: BODY_SENTENCE,
          bodyCell: 'Rà soát thủ tục cải cách',
          appendixTitle: 'DANH MỤC NHIỆM VỤ CẢI CÁCH',
          appendixCell: 'Tổng kết cải cách thủ tục',
        });
        await expect(body.host.locator('.vb-comment[data-comment-ids~="c1"]')).toHaveText('cải cách');
        // And Ctrl+Y does it all again.
        await page.keyboard.press('Control+y');
        await expect.poll(() => replaced().then((r) => [r.parentAgency, r.body, r.appendixCell])).toEqual([
          'BAN CHỈ ĐẠO đổi mới HÀNH CHÍNH',
          'Đẩy mạnh đổi mới hành chính, nâng cao chất lượng phục vụ của đơn vị.',
          'Tổng kết đổi mới thủ tục',
        ]);
      });
    });
  }
}

for (const [size, language] of [[SIZES[0], 'vi'], [SIZES[1], 'en']] as const) {
  test.describe(`${size.width}×${size.height} ${language} options`, () => {
    test.use({ viewport: size });

    test('diacritics-insensitive find: "cai cach" finds "cải cách", "don vi" finds "đơn vị"', async ({ app, page, server }) => {
      const doc = planWithMatches();
      await openPlan(app, server.documentsDir, doc, language);
      await page.keyboard.press('Control+f');
      const query = page.getByTestId('find-query');
      await query.fill('cai cach');
      await expect(page.getByTestId('find-count')).toHaveText(TEXT[language].none);
      await page.getByTestId('find-ignoreDiacritics').check();
      await expect(page.getByTestId('find-count')).toHaveText('1/7');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'field:header.parentAgency', text: 'CẢI CÁCH' });
      await query.fill('don vi');
      const total = findInDocument(doc, flattenBody(doc.body), 'don vi', { ...DEFAULT_FIND_OPTIONS, ignoreDiacritics: true }).length;
      expect(total).toBeGreaterThanOrEqual(2);
      await expect(page.getByTestId('find-count')).toHaveText(`1/${total}`);
      for (let i = 1; i < total && (await currentMatch(page)).where !== 'body'; i++) await query.press('Enter');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'body', text: 'đơn vị' });
    });

    test('whole word: "an" no longer finds the "an" inside "Ban"', async ({ app, page, server }) => {
      const doc = planWithMatches();
      await openPlan(app, server.documentsDir, doc, language);
      await page.keyboard.press('Control+f');
      await page.getByTestId('find-query').fill('an');
      const count = (wholeWord: boolean) => findInDocument(doc, flattenBody(doc.body), 'an', { ...DEFAULT_FIND_OPTIONS, wholeWord }).length;
      await expect(page.getByTestId('find-count')).toHaveText(`1/${count(false)}`);
      await page.getByTestId('find-wholeWord').check();
      // "an toàn, an ninh" in the body: the only whole words "an" in the plan.
      expect(count(true)).toBe(2);
      await expect(page.getByTestId('find-count')).toHaveText('1/2');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'body', text: 'an' });
      await page.getByTestId('find-matchCase').check();
      await page.getByTestId('find-query').fill('AN');
      await expect(page.getByTestId('find-count')).toHaveText(TEXT[language].none);
    });

    test('Thay thế replaces the current match and goes on; Esc leaves the next match selected; Ctrl+Z undoes it', async ({ app, page, server }) => {
      const doc = planWithMatches();
      const editor = await openPlan(app, server.documentsDir, doc, language);
      const index = await editor.body.indexOf('Đẩy mạnh');
      await editor.body.caretAt(index, 'start');
      await page.keyboard.press('Control+h');
      const query = page.getByTestId('find-query');
      await query.fill('cải cách');
      await page.getByTestId('find-replacement').fill('đổi mới');
      await query.press('Enter');
      await query.press('Enter');
      await expect(page.getByTestId('find-count')).toHaveText('3/7');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'body', text: 'cải cách' });
      await page.getByTestId('find-replace-one').click();
      await expect.poll(() => editor.body.text(index)).toBe('Đẩy mạnh đổi mới hành chính, nâng cao chất lượng phục vụ của đơn vị.');
      await expect(page.getByTestId('find-count')).toHaveText('3/6');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'body-cell', text: 'cải cách' });
      // The other matches are untouched.
      await expect(editor.summary).toHaveText('Cải cách hành chính năm 2026');

      await query.press('Escape');
      await expect(page.getByTestId('find-panel')).toHaveCount(0);
      const focused = () => page.evaluate(() => {
        const active = document.activeElement as HTMLTextAreaElement | null;
        return active instanceof HTMLTextAreaElement ? active.value.slice(active.selectionStart, active.selectionEnd) : null;
      });
      await expect.poll(focused).toBe('cải cách');
      await page.keyboard.press('Control+z');
      await expect.poll(() => editor.body.text(index)).toBe(BODY_SENTENCE);
    });

    test('a locked (approved) document: find works, replace is disabled', async ({ app, page, server }) => {
      const doc = planWithMatches('approved');
      const editor = await openPlan(app, server.documentsDir, doc, language);
      await page.keyboard.press('Control+h');
      await page.getByTestId('find-query').fill('cải cách');
      await expect(page.getByTestId('find-count')).toHaveText('1/7');
      await page.getByTestId('find-query').press('Enter');
      await expect.poll(() => currentMatch(page)).toEqual({ where: 'field:summary', text: 'Cải cách' });
      await expect(page.getByTestId('find-replacement')).toBeDisabled();
      await expect(page.getByTestId('find-replace-one')).toBeDisabled();
      await expect(page.getByTestId('find-replace-all')).toBeDisabled();
      await expect(page.getByTestId('find-locked')).toContainText(TEXT[language].locked);
      await expect(editor.summary).toHaveText('Cải cách hành chính năm 2026');
    });
  });
}
