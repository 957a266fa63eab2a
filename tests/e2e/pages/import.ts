/** Nhập từ Word: the start screen button, the toolbar button and browser mode's import list. */
import type { Locator, Page } from '@playwright/test';

export class ImportFlow {
  readonly startButton: Locator;
  readonly toolbarButton: Locator;
  readonly dialog: Locator;
  readonly items: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.startButton = page.getByTestId('import-button');
    this.toolbarButton = page.getByTestId('toolbar-import');
    this.dialog = page.getByTestId('import-dialog');
    this.items = page.getByTestId('import-item');
    this.empty = page.getByTestId('import-empty');
  }

  item(path: string): Locator {
    return this.dialog.locator(`[data-testid="import-item"][data-path="${path}"]`);
  }

  /** Opens the import list from the start screen or the toolbar, whichever is shown. */
  async openList(): Promise<void> {
    await this.startButton.or(this.toolbarButton).first().click();
    await this.dialog.waitFor();
  }

  async choose(path: string): Promise<void> {
    await this.openList();
    await this.item(path).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
