/** Installs the application menu and rebuilds it when the language or the recent files change. */
import { Menu } from 'electron';
import { buildMenuTemplate, type MenuContext, type RecentEntry } from './menu';

export interface AppMenuOptions extends Omit<MenuContext, 'recent'> {
  recentFiles(): Promise<RecentEntry[]>;
}

export class AppMenu {
  private generation = 0;

  constructor(private options: AppMenuOptions) {}

  /** Rebuilds the menu; a slower, older rebuild never overwrites a newer one. */
  async refresh(changes: Partial<Pick<MenuContext, 'language'>> = {}): Promise<void> {
    this.options = { ...this.options, ...changes };
    const generation = ++this.generation;
    const recent = await this.options.recentFiles().catch(() => []);
    if (generation !== this.generation) return;
    const { recentFiles: _unused, ...context } = this.options;
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...context, recent })));
  }
}
