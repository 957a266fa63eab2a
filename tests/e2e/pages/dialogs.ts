/** The app's own dialogs: file name (browser mode's save), open list, recovery. */
import type { Locator, Page } from '@playwright/test';

export class SaveNameDialog {
  readonly root: Locator;
  readonly input: Locator;
  readonly ok: Locator;
  readonly cancel: Locator;
  /** The warning that the name is already in the folder. */
  readonly exists: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('save-name-dialog');
    this.input = page.getByTestId('save-name-input');
    this.ok = page.getByTestId('save-name-ok');
    this.exists = page.getByTestId('save-name-exists');
    this.cancel = page.getByTestId('save-name-cancel');
  }

  /** Types the name and confirms; `replace` confirms again when the dialog says the file is already there. */
  async answer(fileName: string, { replace = false }: { replace?: boolean } = {}): Promise<void> {
    await this.root.waitFor();
    await this.input.fill(fileName);
    await this.ok.click();
    if (replace) {
      await this.exists.waitFor();
      await this.ok.click();
    }
    await this.root.waitFor({ state: 'detached' });
  }
}

export class OpenDialog {
  readonly root: Locator;
  readonly items: Locator;
  readonly empty: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('open-dialog');
    this.items = page.getByTestId('open-item');
    this.empty = page.getByTestId('open-empty');
  }

  item(fileName: string): Locator {
    return this.root.locator(`[data-testid="open-item"][data-path="${fileName}"]`);
  }

  async choose(fileName: string): Promise<void> {
    await this.root.waitFor();
    await this.item(fileName).click();
    await this.root.waitFor({ state: 'detached' });
  }
}

export class RecoveryDialog {
  readonly root: Locator;
  readonly entries: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('recovery-dialog');
    this.entries = page.getByTestId('recovery-entry');
  }

  async recoverFirst(): Promise<void> {
    await this.entries.first().getByTestId('recovery-recover').click();
    await this.root.waitFor({ state: 'detached' });
  }
}
