/**
 * Asks before closing a window with unsaved changes: Lưu / Không lưu / Hủy (Save / Don't save /
 * Cancel). The dirty state comes from the renderer's setDirty calls. "Save" sends a 'save'
 * command and closes once the renderer reports the document clean; a cancelled or failed save
 * keeps the window open. "Don't save" drops this window's recovery files and closes.
 */
import { dialog, type BrowserWindow } from 'electron';
import { translator, type Language } from './strings';

export const PROMPT_SAVE = 0;
export const PROMPT_DONT_SAVE = 1;
export const PROMPT_CANCEL = 2;

export interface CloseGuardOptions {
  language(): Language;
  /** Sends the 'save' command to the renderer. */
  requestSave(): void;
  /** Removes what autosave wrote for this window (the user chose not to keep it). */
  discardUnsaved(): Promise<void>;
}

export class CloseGuard {
  private dirty = false;
  private title = '';
  private closeAfterSave = false;
  private allowClose = false;
  private prompting = false;

  constructor(
    private readonly window: BrowserWindow,
    private readonly options: CloseGuardOptions,
  ) {
    window.on('close', (event) => {
      if (this.allowClose || !this.dirty) return;
      event.preventDefault();
      if (!this.prompting) void this.prompt();
    });
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** From the renderer's setDirty call. */
  setDirty(dirty: boolean, title: string): void {
    this.dirty = dirty;
    this.title = title;
    if (!dirty && this.closeAfterSave) {
      this.closeAfterSave = false;
      this.close();
    }
  }

  /** The save that was to precede closing did not happen (dialog cancelled, error). */
  cancelPendingClose(): void {
    this.closeAfterSave = false;
  }

  private close(): void {
    if (this.window.isDestroyed()) return;
    this.allowClose = true;
    this.window.close();
  }

  private async prompt(): Promise<void> {
    this.prompting = true;
    try {
      const t = translator(this.options.language());
      const { response } = await dialog.showMessageBox(this.window, {
        type: 'warning',
        title: t('closePrompt.title'),
        message: t('closePrompt.message', { title: this.title.trim() || t('closePrompt.untitled') }),
        detail: t('closePrompt.detail'),
        buttons: [t('closePrompt.save'), t('closePrompt.dontSave'), t('closePrompt.cancel')],
        defaultId: PROMPT_SAVE,
        cancelId: PROMPT_CANCEL,
        noLink: true,
      });
      if (response === PROMPT_SAVE) {
        this.closeAfterSave = true;
        this.options.requestSave();
      } else if (response === PROMPT_DONT_SAVE) {
        await this.options.discardUnsaved().catch(() => undefined);
        this.close();
      }
    } finally {
      this.prompting = false;
    }
  }
}
