/**
 * Native menus in the UI language. Menu items do not act on the document themselves: they send
 * a HOST_EVENTS 'command' (or 'openFile' for a recent file) to the renderer, which runs the
 * same code as its toolbar. Editing keys (undo, redo, find, replace, bold, italic, underline, add comment) are
 * shown but not registered with the system, so the editor keeps handling those keystrokes itself.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HostEventPayload } from '../../core/host/contract';
import { translator, type Language } from './strings';

export type MenuCommand = HostEventPayload<'command'>['command'];

export interface RecentEntry {
  path: string;
  name: string;
}

export interface MenuContext {
  language: Language;
  recent: RecentEntry[];
  platform: NodeJS.Platform;
  command(name: MenuCommand): void;
  openRecent(path: string): void;
  setLanguage(language: Language): void;
  quit(): void;
  about(): void;
}

function recentItems(context: MenuContext, emptyLabel: string): MenuItemConstructorOptions[] {
  if (context.recent.length === 0) return [{ label: emptyLabel, enabled: false }];
  const names = context.recent.map((entry) => entry.name);
  return context.recent.map((entry) => ({
    // Two files with the same name are told apart by their full path.
    label: names.filter((name) => name === entry.name).length > 1 ? entry.path : entry.name,
    click: () => context.openRecent(entry.path),
  }));
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = translator(context.language);
  const mac = context.platform === 'darwin';
  const command = (name: MenuCommand) => () => context.command(name);
  const editorKey = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: command(name),
  });

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.new'), accelerator: 'CmdOrCtrl+N', click: command('new') },
      { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: command('open') },
      { label: t('menu.recent'), submenu: recentItems(context, t('menu.recentEmpty')) },
      { label: t('menu.import'), click: command('import') },
      { type: 'separator' },
      { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: command('save') },
      { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: command('saveAs') },
      { type: 'separator' },
      { label: t('menu.exportDocx'), accelerator: 'CmdOrCtrl+E', click: command('exportDocx') },
      { label: t('menu.exportDocxComments'), click: command('exportDocxComments') },
      { label: t('menu.exportDocxChanges'), click: command('exportDocxChanges') },
      { label: t('menu.exportPdf'), click: command('exportPdf') },
      { label: t('menu.printPreview'), click: command('printPreview') },
      { label: t('menu.print'), accelerator: 'CmdOrCtrl+P', click: command('print') },
      { type: 'separator' },
      { label: t('menu.quit'), accelerator: context.platform === 'win32' ? undefined : 'CmdOrCtrl+Q', click: () => context.quit() },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      editorKey(t('menu.undo'), 'CmdOrCtrl+Z', 'undo'),
      editorKey(t('menu.redo'), mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', 'redo'),
      { type: 'separator' },
      { label: t('menu.cut'), role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: t('menu.copy'), role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: t('menu.paste'), role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: t('menu.selectAll'), role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      editorKey(t('menu.find'), 'CmdOrCtrl+F', 'find'),
      editorKey(t('menu.replace'), 'CmdOrCtrl+H', 'replace'),
      { type: 'separator' },
      editorKey(t('menu.bold'), 'CmdOrCtrl+B', 'bold'),
      editorKey(t('menu.italic'), 'CmdOrCtrl+I', 'italic'),
      editorKey(t('menu.underline'), 'CmdOrCtrl+U', 'underline'),
    ],
  };

  // Góp ý: comments, versions and who is using the app. Ctrl+Alt+M is Word's key for a new comment;
  // the editor handles it (it needs the selection), so the menu only shows it.
  const review: MenuItemConstructorOptions = {
    label: t('menu.review'),
    submenu: [
      editorKey(t('menu.addComment'), 'CmdOrCtrl+Alt+M', 'addComment'),
      { label: t('menu.importComments'), click: command('importComments') },
      { type: 'separator' },
      { label: t('menu.saveVersion'), click: command('saveVersion') },
      { label: t('menu.compareVersions'), click: command('compareVersions') },
      { type: 'separator' },
      { label: t('menu.userProfile'), click: command('userProfile') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      {
        label: t('menu.language'),
        submenu: [
          { label: t('menu.languageVi'), type: 'radio', checked: context.language === 'vi', click: () => context.setLanguage('vi') },
          { label: t('menu.languageEn'), type: 'radio', checked: context.language === 'en', click: () => context.setLanguage('en') },
        ],
      },
      { type: 'separator' },
      // The page view zooms itself (the pages scale, the toolbar and panels stay): no zoom roles,
      // which would zoom the whole window on top of it. The renderer handles these keys.
      editorKey(t('menu.zoomIn'), 'CmdOrCtrl+=', 'zoomIn'),
      editorKey(t('menu.zoomOut'), 'CmdOrCtrl+-', 'zoomOut'),
      editorKey(t('menu.resetZoom'), 'CmdOrCtrl+0', 'zoomReset'),
      { label: t('menu.zoomFitWidth'), click: command('zoomFitWidth') },
      { label: t('menu.zoomFitPage'), click: command('zoomFitPage') },
      { type: 'separator' },
      { label: t('menu.fullScreen'), role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: [{ label: t('menu.about'), click: () => context.about() }],
  };

  const template = [file, edit, review, view, help];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
