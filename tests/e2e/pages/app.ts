/** The whole app in one page: the start screen, the editor and the dialogs over them. */
import type { Locator, Page } from '@playwright/test';
import { EditorPage } from './editor-page';
import { OpenDialog, RecoveryDialog, SaveNameDialog } from './dialogs';
import { StartScreen } from './start-screen';

export class VanBanApp {
  readonly start: StartScreen;
  readonly editor: EditorPage;
  readonly saveDialog: SaveNameDialog;
  readonly openDialog: OpenDialog;
  readonly recoveryDialog: RecoveryDialog;
  readonly languageSelect: Locator;
  readonly errorToast: Locator;
  readonly infoToast: Locator;

  constructor(readonly page: Page) {
    this.start = new StartScreen(page);
    this.editor = new EditorPage(page);
    this.saveDialog = new SaveNameDialog(page);
    this.openDialog = new OpenDialog(page);
    this.recoveryDialog = new RecoveryDialog(page);
    this.languageSelect = page.getByTestId('language-select');
    this.errorToast = page.getByTestId('error-toast');
    this.infoToast = page.getByTestId('info-toast');
  }

  /** Opens the app at the server's address and waits until it has talked to the host. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  /** The shell has its host info once data-mode leaves "loading". */
  async waitReady(): Promise<void> {
    await this.page.locator('.app[data-mode="browser"]').waitFor({ timeout: 20_000 });
  }

  async setLanguage(language: 'vi' | 'en'): Promise<void> {
    await this.languageSelect.selectOption(language);
  }

  /** New document from a template; resolves once its page view and body editor are shown. */
  async createFromTemplate(templateId: string): Promise<EditorPage> {
    await this.start.template(templateId).click();
    await this.editor.waitShown();
    return this.editor;
  }

  /** Save through the in-app name dialog (browser mode has no native dialogs). */
  async saveAs(fileName: string): Promise<void> {
    await this.editor.toolbarButton('save').click();
    await this.saveDialog.answer(fileName);
    await this.editor.waitSaved();
  }

  /** Open a document of the documents folder through the open list. */
  async openFromList(fileName: string): Promise<EditorPage> {
    await this.start.openButton.or(this.editor.toolbarButton('open')).first().click();
    await this.openDialog.choose(fileName);
    await this.editor.waitShown();
    return this.editor;
  }
}
