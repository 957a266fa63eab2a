/**
 * Native open/save dialogs for the host's choosePath: each purpose offers only its own file types
 * (.vanban to open or save, .docx and .pdf to export, .docx or .txt to import from Word, .docx to
 * import a leader's Word comments), with
 * translated filter names, and starts in the documents folder with the suggested name.
 */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { basename, extname, join } from 'node:path';
import type { HostArgs } from '../../core/host/contract';
import { translator, type Language } from './strings';

export type PathPurpose = HostArgs<'choosePath'>['purpose'];

interface Kind {
  /** The extension a saved file gets. */
  extension: string;
  filter: string;
  title: string;
  save: boolean;
  /** Further file types an open dialog offers, each with its own filter, after one filter for all (`all`). */
  more?: Array<{ extension: string; filter: string }>;
  all?: string;
}

const KINDS: Record<PathPurpose, Kind> = {
  open: { extension: 'vanban', filter: 'dialog.filterVanban', title: 'dialog.openTitle', save: false },
  save: { extension: 'vanban', filter: 'dialog.filterVanban', title: 'dialog.saveTitle', save: true },
  exportDocx: { extension: 'docx', filter: 'dialog.filterDocx', title: 'dialog.exportDocxTitle', save: true },
  exportPdf: { extension: 'pdf', filter: 'dialog.filterPdf', title: 'dialog.exportPdfTitle', save: true },
  import: { extension: 'docx', filter: 'dialog.filterDocx', title: 'dialog.importTitle', save: false, all: 'dialog.filterImport', more: [{ extension: 'txt', filter: 'dialog.filterText' }] },
  importComments: { extension: 'docx', filter: 'dialog.filterDocx', title: 'dialog.importCommentsTitle', save: false },
};

export interface DialogOptions {
  window(): BrowserWindow | null;
  language(): Language;
  documentsDir: string;
}

export interface HostDialogs {
  choosePath(purpose: PathPurpose, suggestedName?: string): Promise<string | null>;
}

export function fileFilters(purpose: PathPurpose, language: Language): FileFilter[] {
  const kind = KINDS[purpose];
  const t = translator(language);
  const filters = [{ name: t(kind.filter), extensions: [kind.extension] }, ...(kind.more ?? []).map((more) => ({ name: t(more.filter), extensions: [more.extension] }))];
  // More than one type: the first filter offers them all together.
  return kind.all ? [{ name: t(kind.all), extensions: filters.flatMap((filter) => filter.extensions) }, ...filters] : filters;
}

/** A bare file name with the purpose's extension (a name from the renderer never carries a folder). */
export function suggestedFileName(purpose: PathPurpose, language: Language, suggestedName?: string): string {
  const extension = `.${KINDS[purpose].extension}`;
  const bare = basename((suggestedName ?? '').replace(/\\/g, '/'))
    .replace(/[<>:"|?*\u0000-\u001f]/g, '')
    .trim();
  const stem = (bare ? bare.slice(0, bare.length - extname(bare).length) || bare : '') || translator(language)('dialog.defaultName');
  return `${stem}${extension}`;
}

/** The chosen path with the expected extension (GTK dialogs do not add it). */
export function withExtension(path: string, purpose: PathPurpose): string {
  const extension = `.${KINDS[purpose].extension}`;
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

export function createDialogs(options: DialogOptions): HostDialogs {
  return {
    async choosePath(purpose, suggestedName) {
      const language = options.language();
      const kind = KINDS[purpose];
      const t = translator(language);
      const parent = options.window();
      const common = {
        title: t(kind.title),
        filters: fileFilters(purpose, language),
        defaultPath: kind.save ? join(options.documentsDir, suggestedFileName(purpose, language, suggestedName)) : options.documentsDir,
      };
      if (!kind.save) {
        const properties: Array<'openFile'> = ['openFile'];
        const result = parent ? await dialog.showOpenDialog(parent, { ...common, properties }) : await dialog.showOpenDialog({ ...common, properties });
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
      }
      const properties: Array<'showOverwriteConfirmation' | 'createDirectory'> = ['showOverwriteConfirmation', 'createDirectory'];
      const result = parent ? await dialog.showSaveDialog(parent, { ...common, properties }) : await dialog.showSaveDialog({ ...common, properties });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, purpose);
    },
  };
}
