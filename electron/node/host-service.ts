/**
 * The host service: every method of the host contract (core/host/contract.ts) implemented on
 * Node, for both transports — the Electron main process (IPC) and the browser-mode server
 * (HTTP). Each method validates its arguments and throws only HostCallError, whose `code` the
 * renderer translates.
 */
import { mkdirSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { HOST_METHODS, HostCallError, parseHostArgs, type HostArgs, type HostMethod, type HostResult } from '../../core/host/contract';
import { createDocumentFromTemplate } from '../../core/template/template';
import { writeDocx } from '../../core/docx/write-docx';
import type { VanBanDocument } from '../../core/model/types';
import { writeFileAtomic } from './atomic-write';
import { readDocumentFile, saveDocumentFile } from './document-store';
import { toHostCallError } from './host-errors';
import { importExtension, importFile } from './import-file';
import { findDocuments } from './list-documents';
import { findImportable } from './list-importable';
import { browserPathPolicy, electronPathPolicy, type PathPolicy } from './paths';
import { createRecentFiles, documentDisplayName } from './recent-files';
import { createRecoveryStore, type RecoveryRecord } from './recovery-store';
import { createSettingsStore } from './settings-store';
import { defaultTemplatesDir, listTemplates } from './templates';

export type ChoosePurpose = HostArgs<'choosePath'>['purpose'];

export interface HostServiceOptions {
  mode: 'electron' | 'browser';
  /** Browser mode: the only folder documents may be read from or written to. */
  documentsDir: string;
  /** settings.json, recent.json and recovery/ live here. */
  userDataDir: string;
  templatesDir?: string;
  /** Native dialogs (Electron). */
  dialogs?: { choosePath(purpose: ChoosePurpose, suggestedName?: string): Promise<string | null> };
  onDirty?(dirty: boolean, title: string): void;
  /** Writes the current page view as PDF (Electron's printToPDF). */
  exportPdf?(path: string): Promise<void>;
  version: string;
  /** The clock (tests). */
  now?: () => Date;
}

export type HostService = { [M in HostMethod]: (args: HostArgs<M>) => Promise<HostResult<M>> };

type Handlers = { [M in HostMethod]: (args: z.output<(typeof HOST_METHODS)[M]['args']>) => Promise<HostResult<M>> };

const EXTENSIONS = { document: '.vanban', docx: '.docx', pdf: '.pdf' } as const;

export function createHostService(options: HostServiceOptions): HostService {
  const { mode, userDataDir } = options;
  const now = options.now ?? (() => new Date());
  const templatesDir = options.templatesDir ?? defaultTemplatesDir();
  try {
    mkdirSync(options.documentsDir, { recursive: true });
  } catch (error) {
    // Browser mode cannot work without its folder; Electron still opens files elsewhere.
    if (mode === 'browser') throw error;
  }
  const documentsDir = mode === 'browser' ? realpathSync(options.documentsDir) : options.documentsDir;
  const policy: PathPolicy = mode === 'browser' ? browserPathPolicy(documentsDir) : electronPathPolicy();
  const settings = createSettingsStore(userDataDir);
  const recent = createRecentFiles(userDataDir);
  const recovery = createRecoveryStore(userDataDir);

  /** Runs a file operation; disk errors name the path as the renderer gave it. */
  async function onFile<T>(input: string, extension: string, action: (absolute: string) => Promise<T>): Promise<T> {
    const absolute = await policy.resolve(input, extension);
    try {
      return await action(absolute);
    } catch (error) {
      throw toHostCallError(error, policy.display(absolute) ?? input);
    }
  }

  function shown(absolute: string): string {
    return policy.display(absolute) ?? absolute;
  }

  function recoveryOut(record: RecoveryRecord) {
    return { ...record, originalPath: record.originalPath === null ? null : policy.display(record.originalPath) };
  }

  const handlers: Handlers = {
    async info() {
      return { mode, version: options.version, documentsDir, nativeDialogs: mode === 'electron' && options.dialogs !== undefined };
    },

    async listTemplates() {
      const templates = await listTemplates(templatesDir);
      return templates.map(({ id, title, titleEn, description, descriptionEn, document }) => ({
        id,
        title,
        titleEn,
        description,
        descriptionEn,
        kind: typeof document.kind === 'string' ? document.kind : '',
      }));
    },

    async createDocument({ templateId, useProfile }) {
      const template = (await listTemplates(templatesDir)).find((candidate) => candidate.id === templateId);
      if (!template) throw new HostCallError('not-found', `No template with id "${templateId}"`, { templateId });
      const profile = useProfile ? ((await settings.read()).profile ?? undefined) : undefined;
      return createDocumentFromTemplate(template, { profile, today: { year: now().getFullYear() } });
    },

    getSettings: () => settings.read(),

    async updateSettings(patch) {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      return settings.update(defined);
    },

    async recentFiles() {
      const files = await recent.list();
      return files.flatMap(({ path, modified }) => {
        const display = policy.display(path);
        return display === null ? [] : [{ path: display, name: documentDisplayName(display), modified }];
      });
    },

    async listDocuments() {
      const found = await findDocuments(documentsDir);
      return found.map(({ path, modified }) => ({ path: shown(path), name: documentDisplayName(path), modified }));
    },

    async listImportable() {
      const found = await findImportable(documentsDir);
      return found.map(({ path, modified }) => ({ path: shown(path), name: basename(path), modified }));
    },

    async choosePath({ purpose, suggestedName }) {
      if (mode !== 'electron' || !options.dialogs) return null;
      return options.dialogs.choosePath(purpose, suggestedName);
    },

    openDocument: ({ path }) =>
      onFile(path, EXTENSIONS.document, async (absolute) => {
        const document = await readDocumentFile(absolute);
        await recent.add(absolute);
        return { path: shown(absolute), document };
      }),

    importDocument: ({ path }) => onFile(path, importExtension(path), importFile),

    saveDocument: ({ path, document }) =>
      onFile(path, EXTENSIONS.document, async (absolute) => {
        await saveDocumentFile(absolute, document);
        const savedAt = now().toISOString();
        await recent.add(absolute);
        return { path: shown(absolute), savedAt };
      }),

    exportDocx: ({ path, document }) =>
      onFile(path, EXTENSIONS.docx, async (absolute) => {
        await writeFileAtomic(absolute, await writeDocx(document));
        return { path: shown(absolute) };
      }),

    async exportPdf({ path }) {
      if (mode === 'browser' || !options.exportPdf) {
        throw new HostCallError('unsupported', 'PDF export is not available here: use Print and choose "Save as PDF"');
      }
      const writePdf = options.exportPdf;
      return onFile(path, EXTENSIONS.pdf, async (absolute) => {
        await writePdf(absolute);
        return { path: shown(absolute) };
      });
    },

    async autosave({ sessionId, originalPath, document }) {
      const original = originalPath === null ? null : await policy.resolve(originalPath, EXTENSIONS.document);
      const savedAt = await recovery.write(sessionId, { originalPath: original, title: recoveryTitle(document, original), document });
      return { savedAt };
    },

    async listRecovery() {
      return (await recovery.list()).map((record) => {
        const { id, originalPath, title, savedAt } = recoveryOut(record);
        return { id, originalPath, title, savedAt };
      });
    },

    async readRecovery({ id }) {
      const { originalPath, document } = recoveryOut(await recovery.read(id));
      return { originalPath, document };
    },

    async discardRecovery({ id }) {
      await recovery.discard(id);
      return {};
    },

    async setDirty({ dirty, title }) {
      options.onDirty?.(dirty, title);
      return {};
    },
  };

  const service = {} as Record<HostMethod, (args: unknown) => Promise<unknown>>;
  for (const method of Object.keys(HOST_METHODS) as HostMethod[]) {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    service[method] = async (args: unknown) => {
      try {
        return await handler(parseHostArgs(method, args));
      } catch (error) {
        throw toHostCallError(error);
      }
    };
  }
  return service as unknown as HostService;
}

/** What the recovery prompt shows: the summary, else the file's name. */
function recoveryTitle(document: VanBanDocument, originalPath: string | null): string {
  const summary = document.summary.trim();
  if (summary) return summary;
  return originalPath ? documentDisplayName(originalPath) : '';
}
