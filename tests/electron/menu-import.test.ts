/** File → Nhập từ Word…: the menu item sends the 'import' command; its dialog offers .docx and .txt. */
import { describe, expect, it, vi } from 'vitest';
import { HOST_EVENTS } from '../../core/host/contract';
import { fileFilters } from '../../electron/main/dialogs';
import { buildMenuTemplate, type MenuCommand, type MenuContext } from '../../electron/main/menu';

vi.mock('electron', () => import('./fake-electron'));

function fileMenu(language: 'vi' | 'en', command: (name: MenuCommand) => void) {
  const context: MenuContext = {
    language,
    recent: [],
    platform: 'linux',
    command,
    openRecent: () => undefined,
    setLanguage: () => undefined,
    quit: () => undefined,
    about: () => undefined,
  };
  return buildMenuTemplate(context)[0].submenu as Array<{ label?: string; click?: () => void }>;
}

describe('File → Import from Word', () => {
  it('is named from the glossary in both languages and sends the import command', () => {
    const sent: MenuCommand[] = [];
    const item = fileMenu('vi', (name) => sent.push(name)).find((entry) => entry.label === 'Nhập từ Word…');
    expect(item).toBeDefined();
    item!.click!();
    expect(sent).toEqual(['import']);
    expect(HOST_EVENTS.command.safeParse({ command: 'import' }).success).toBe(true);
    expect(fileMenu('en', () => undefined).map((entry) => entry.label)).toContain('Import from Word…');
  });

  it('the import dialog offers Word and plain-text files, together first', () => {
    expect(fileFilters('import', 'vi')).toEqual([
      { name: 'Tài liệu Word hoặc văn bản thuần', extensions: ['docx', 'txt'] },
      { name: 'Tài liệu Word', extensions: ['docx'] },
      { name: 'Văn bản thuần (.txt)', extensions: ['txt'] },
    ]);
    expect(fileFilters('open', 'en')).toEqual([{ name: 'VanBan document', extensions: ['vanban'] }]);
  });
});
