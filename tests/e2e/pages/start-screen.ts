/** The start screen: templates, the agency profile switch, open, recent files. */
import type { Locator, Page } from '@playwright/test';

export class StartScreen {
  readonly root: Locator;
  readonly heading: Locator;
  readonly openButton: Locator;
  readonly recentFiles: Locator;
  readonly useProfile: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('start-screen');
    this.heading = this.root.locator('h1');
    this.openButton = page.getByTestId('open-button');
    this.recentFiles = page.getByTestId('recent-file');
    this.useProfile = page.getByTestId('use-profile');
  }

  template(id: string): Locator {
    return this.page.getByTestId(`template-${id}`);
  }

  recentFile(fileName: string): Locator {
    return this.recentFiles.filter({ hasText: fileName.replace(/\.vanban$/, '') });
  }
}
