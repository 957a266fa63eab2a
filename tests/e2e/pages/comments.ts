/**
 * Comments (góp ý): the pane beside the page (its toggle, filters, threads, the comment box) and
 * the commented passages as the page highlights them.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type CommentFilterName = 'open' | 'resolved' | 'mine';

export class CommentsPane {
  /** The side-area tab that shows or hides the pane. */
  readonly toggle: Locator;
  readonly root: Locator;
  readonly addButton: Locator;
  readonly closeButton: Locator;
  readonly threads: Locator;
  readonly draft: Locator;
  readonly draftQuote: Locator;
  readonly draftInput: Locator;
  readonly notice: Locator;
  readonly empty: Locator;
  readonly error: Locator;
  /** Every highlighted piece of commented text in the body. */
  readonly highlights: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByTestId('comments-toggle');
    this.root = page.getByTestId('comments-pane');
    this.addButton = this.root.getByTestId('comments-add');
    this.closeButton = this.root.getByTestId('comments-close');
    this.threads = this.root.getByTestId('comment-thread');
    this.draft = this.root.getByTestId('comment-draft');
    this.draftQuote = this.root.getByTestId('comment-draft-quote');
    this.draftInput = this.root.getByTestId('comment-draft-input');
    this.notice = this.root.getByTestId('comments-notice');
    this.empty = this.root.getByTestId('comments-empty');
    this.error = this.root.getByTestId('comment-error');
    this.highlights = page.getByTestId('body-editor').locator('.vb-comment');
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
  }

  async close(): Promise<void> {
    if (await this.root.isVisible()) await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }

  filter(name: CommentFilterName): Locator {
    return this.root.getByTestId(`comments-filter-${name}`);
  }

  async showFilter(name: CommentFilterName): Promise<void> {
    await this.filter(name).click();
    await expect(this.filter(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** The number a filter shows beside its name. */
  async count(name: CommentFilterName): Promise<number> {
    return Number(await this.filter(name).getByTestId('comments-count').textContent());
  }

  /** The thread whose first comment says `text`. */
  thread(text: string): Locator {
    const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.threads.filter({ has: this.page.locator('.comment.root > [data-testid="comment-text"]').filter({ hasText: exact }) });
  }

  /** The comments of a thread, first the root then the replies. */
  comments(thread: Locator): Locator {
    return thread.getByTestId('comment');
  }

  /** The thread of this root comment id (stays found while its text is being edited). */
  byId(id: string): Locator {
    return this.root.locator(`[data-testid="comment-thread"][data-comment-id="${id}"]`);
  }

  /** The id of a thread (its root comment). */
  async idOf(thread: Locator): Promise<string> {
    const id = await thread.getAttribute('data-comment-id');
    if (!id) throw new Error('Thread without an id');
    return id;
  }

  /** Clicks "Thêm góp ý" in the pane header (the selection in the body stays). */
  async startComment(): Promise<void> {
    await this.open();
    await this.addButton.click();
  }

  /** Writes and saves the comment box; resolves with the new thread. */
  async writeComment(text: string): Promise<Locator> {
    await this.draftInput.fill(text);
    await this.draft.getByTestId('comment-draft-save').click();
    await expect(this.draft).toBeHidden();
    const thread = this.thread(text.trim());
    await expect(thread).toBeVisible();
    return thread;
  }

  /** A comment on the passage selected in the body, through the pane's button. */
  async addComment(text: string): Promise<Locator> {
    await this.startComment();
    return this.writeComment(text);
  }

  async reply(found: Locator, text: string): Promise<void> {
    const thread = this.byId(await this.idOf(found));
    await thread.getByTestId('comment-reply').click();
    await thread.getByTestId('comment-reply-input').fill(text);
    await thread.getByTestId('comment-reply-save').click();
    await expect(thread.getByTestId('comment-reply-input')).toBeHidden();
  }

  async resolve(thread: Locator): Promise<void> {
    await thread.getByTestId('comment-resolve').click();
  }

  async reopen(thread: Locator): Promise<void> {
    await thread.getByTestId('comment-reopen').click();
  }

  /** Edits comment `index` of the thread (0 = the root). */
  async edit(found: Locator, index: number, text: string): Promise<void> {
    const thread = this.byId(await this.idOf(found));
    const comment = this.comments(thread).nth(index);
    await comment.getByTestId('comment-edit').click();
    await comment.getByTestId('comment-edit-input').fill(text);
    await comment.getByTestId('comment-edit-save').click();
    await expect(comment.getByTestId('comment-edit-input')).toBeHidden();
  }

  /** Deletes comment `index` of the thread, confirming. */
  async delete(found: Locator, index: number): Promise<void> {
    const thread = this.byId(await this.idOf(found));
    const comment = this.comments(thread).nth(index);
    await comment.getByTestId('comment-delete').click();
    await comment.getByTestId('comment-delete-confirm').click();
  }

  /** The highlighted text of one comment in the body (its pieces joined). */
  async highlighted(id: string): Promise<string> {
    const pieces = await this.page
      .getByTestId('body-editor')
      .locator(`.vb-comment[data-comment-ids~="${id}"]`)
      .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\uFEFF/g, '')));
    return pieces.join('');
  }

  /** The highlighted piece of a comment's passage, to click. */
  passage(id: string): Locator {
    return this.page.getByTestId('body-editor').locator(`.vb-comment[data-comment-ids~="${id}"]`).first();
  }
}
