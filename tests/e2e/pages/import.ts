/** Nhập từ Word: the start screen button, the toolbar button and browser mode's import list. */
import type { Locator, Page } from '@playwright/test';

export class ImportFlow {
  readonly startButton: Locator;
  readonly toolbarButton: Locator;
  readonly dialog: Locator;
  readonly items: Locator;
  readonly empty: Locator;
  /** The import panel beside the page: what the import was unsure of, with its place. */
  readonly panel: Locator;
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.startButton = page.getByTestId('import-button');
    this.toolbarButton = page.getByTestId('toolbar-import');
    this.dialog = page.getByTestId('import-dialog');
    this.items = page.getByTestId('import-item');
    this.empty = page.getByTestId('import-empty');
    this.panel = page.getByTestId('import-panel');
    this.notes = this.panel.getByTestId('import-note');
  }

  note(code: string): Locator {
    return this.panel.locator(`[data-testid="import-note"][data-code="${code}"]`);
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
