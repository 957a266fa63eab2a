/**
 * The review workflow as the user sees it: the user profile dialog and chip, the review strip
 * (status, the moves offered, the latest note, the lock banner), the step and issue dialogs, the
 * processing history, the versions panel and the compare view; the export menu's review items.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ReviewActor } from '../../../core/model/types';

export type Move = 'submit' | 'return' | 'approve' | 'issue';

export class UserProfileDialog {
  readonly root: Locator;
  readonly name: Locator;
  readonly initials: Locator;
  readonly role: Locator;
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('user-profile-dialog');
    this.name = page.getByTestId('user-profile-name');
    this.initials = page.getByTestId('user-profile-initials');
    this.role = page.getByTestId('user-profile-role');
    this.save = page.getByTestId('user-profile-save');
    this.cancel = page.getByTestId('user-profile-cancel');
  }

  /** Types the name as a person does (the initials follow it), picks the role, saves. */
  async fill(user: Pick<ReviewActor, 'name' | 'role'> & { initials?: string }): Promise<void> {
    await this.root.waitFor();
    await this.name.fill(user.name);
    if (user.initials !== undefined) await this.initials.fill(user.initials);
    await this.role.selectOption(user.role);
    await this.save.click();
    await this.root.waitFor({ state: 'detached' });
  }
}

export class MoveDialog {
  readonly root: Locator;
  readonly note: Locator;
  readonly confirm: Locator;
  readonly cancel: Locator;
  readonly noteMissing: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('move-dialog');
    this.note = page.getByTestId('move-note');
    this.confirm = page.getByTestId('move-confirm');
    this.cancel = page.getByTestId('move-cancel');
    this.noteMissing = page.getByTestId('move-note-missing');
    this.error = page.getByTestId('move-error');
  }
}

/** The check before Duyệt and Phát hành…: the open format errors, go on or back (issuing refused while template text remains). */
export class CheckGate {
  readonly root: Locator;
  readonly intro: Locator;
  readonly errors: Locator;
  readonly continue: Locator;
  readonly back: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('check-gate');
    this.intro = page.getByTestId('check-gate-intro');
    this.errors = page.getByTestId('check-gate-error');
    this.continue = page.getByTestId('check-gate-continue');
    this.back = page.getByTestId('check-gate-back');
  }

  /** The rule ids of the errors listed, in order. */
  async rules(): Promise<string[]> {
    return this.errors.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
  }
}

export class IssueDialog {
  readonly root: Locator;
  readonly number: Locator;
  readonly date: Locator;
  readonly next: Locator;
  /** The register could not suggest a number (a damaged register, say). */
  readonly nextError: Locator;
  readonly preview: Locator;
  readonly confirm: Locator;
  readonly cancel: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('issue-dialog');
    this.number = page.getByTestId('issue-number');
    this.date = page.getByTestId('issue-date');
    this.next = page.getByTestId('issue-next');
    this.nextError = page.getByTestId('issue-next-error');
    this.preview = page.getByTestId('issue-preview');
    this.confirm = page.getByTestId('issue-confirm');
    this.cancel = page.getByTestId('issue-cancel');
    this.error = page.getByTestId('issue-error');
  }
}

export class VersionsPanel {
  readonly root: Locator;
  readonly items: Locator;
  readonly labels: Locator;
  readonly save: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('versions-panel');
    this.items = this.root.getByTestId('version-item');
    this.labels = this.root.getByTestId('version-label');
    this.save = page.getByTestId('versions-save');
    this.compare = page.getByTestId('versions-compare');
  }

  /** The row of a version by its shown name ("Trình duyệt lần 1", "Văn bản hiện tại", a typed label). */
  item(label: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('version-label').getByText(label, { exact: true }) });
  }

  async choose(label: string): Promise<void> {
    await this.item(label).getByTestId('version-select').check();
  }

  /** "Lưu phiên bản…" with a typed name. */
  async saveVersion(label: string): Promise<void> {
    await this.save.click();
    await this.page.getByTestId('version-label-input').fill(label);
    await this.page.getByTestId('version-label-ok').click();
    await this.page.getByTestId('version-label-dialog').waitFor({ state: 'detached' });
  }
}

export class CompareView {
  readonly root: Locator;
  readonly before: Locator;
  readonly after: Locator;
  readonly inline: Locator;
  readonly side: Locator;
  readonly sinceMine: Locator;
  readonly sinceMineHint: Locator;
  readonly inserted: Locator;
  readonly deleted: Locator;
  readonly left: Locator;
  readonly right: Locator;
  readonly blocks: Locator;
  readonly fields: Locator;
  readonly summary: Locator;
  readonly close: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('compare-view');
    this.before = page.getByTestId('compare-before');
    this.after = page.getByTestId('compare-after');
    this.inline = page.getByTestId('compare-mode-inline');
    this.side = page.getByTestId('compare-mode-side');
    this.sinceMine = page.getByTestId('compare-since-mine');
    this.sinceMineHint = page.getByTestId('compare-since-mine-hint');
    this.inserted = this.root.getByTestId('compare-blocks').getByTestId('redline-ins');
    this.deleted = this.root.getByTestId('compare-blocks').getByTestId('redline-del');
    this.left = this.root.getByTestId('compare-left');
    this.right = this.root.getByTestId('compare-right');
    this.blocks = this.root.getByTestId('compare-block');
    this.fields = this.root.getByTestId('compare-field');
    this.summary = page.getByTestId('compare-summary');
    this.close = page.getByTestId('compare-close');
  }

  /** The texts of the marked words, in order. */
  async marked(which: 'inserted' | 'deleted'): Promise<string[]> {
    return (which === 'inserted' ? this.inserted : this.deleted).allTextContents();
  }
}

export class ReviewPage {
  readonly profile: UserProfileDialog;
  readonly userChip: Locator;
  readonly bar: Locator;
  readonly status: Locator;
  readonly lastNote: Locator;
  readonly lockedBanner: Locator;
  readonly moveButtons: Locator;
  readonly moveDialog: MoveDialog;
  readonly issueDialog: IssueDialog;
  readonly gate: CheckGate;
  readonly historyButton: Locator;
  readonly history: Locator;
  readonly historyEntries: Locator;
  readonly versionsButton: Locator;
  readonly versions: VersionsPanel;
  readonly compareButton: Locator;
  readonly compare: CompareView;

  constructor(readonly page: Page) {
    this.profile = new UserProfileDialog(page);
    this.userChip = page.getByTestId('user-chip');
    this.bar = page.getByTestId('review-bar');
    this.status = page.getByTestId('review-status');
    this.lastNote = page.getByTestId('review-last-note');
    this.lockedBanner = page.getByTestId('review-locked-banner');
    this.moveButtons = this.bar.locator('[data-testid^="review-move-"]');
    this.moveDialog = new MoveDialog(page);
    this.issueDialog = new IssueDialog(page);
    this.gate = new CheckGate(page);
    this.historyButton = page.getByTestId('review-history-button');
    this.history = page.getByTestId('history-dialog');
    this.historyEntries = page.getByTestId('history-entry');
    this.versionsButton = page.getByTestId('review-versions-button');
    this.versions = new VersionsPanel(page);
    this.compareButton = page.getByTestId('review-compare-button');
    this.compare = new CompareView(page);
  }

  moveButton(move: Move): Locator {
    return this.page.getByTestId(`review-move-${move}`);
  }

  /** The moves offered as buttons, in order. */
  async offeredMoves(): Promise<string[]> {
    const ids = await this.moveButtons.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('review-move-', ''));
  }

  /**
   * A step with its note, confirmed; waits until the strip shows the new status. When approving
   * shows the open format errors first, the user goes on anyway.
   */
  async move(move: Exclude<Move, 'issue'>, note = '', expectStatus?: string): Promise<void> {
    await this.moveButton(move).click();
    await this.moveDialog.root.or(this.gate.root).first().waitFor();
    if (await this.gate.root.isVisible()) {
      await this.gate.continue.click();
      await this.moveDialog.root.waitFor();
    }
    if (note) await this.moveDialog.note.fill(note);
    await this.moveDialog.confirm.click();
    await this.moveDialog.root.waitFor({ state: 'detached' });
    if (expectStatus) await expect(this.status).toHaveAttribute('data-status', expectStatus);
  }

  /** Another person at the same computer: the profile dialog from the user chip. */
  async switchUser(user: Pick<ReviewActor, 'name' | 'role'> & { initials?: string }): Promise<void> {
    await this.userChip.click();
    await this.profile.fill(user);
    await expect(this.page.getByTestId('user-chip-name')).toHaveText(user.name);
  }

  async openVersions(): Promise<VersionsPanel> {
    if (!(await this.versions.root.isVisible())) await this.versionsButton.click();
    await this.versions.root.waitFor();
    return this.versions;
  }

  /** One of the export menu's items beside Xuất DOCX. */
  async exportMenu(item: 'export-clean' | 'export-comments' | 'export-changes' | 'import-comments'): Promise<void> {
    await this.page.getByTestId('toolbar-export-menu').click();
    await this.page.getByTestId(`toolbar-${item}`).click();
  }
}
