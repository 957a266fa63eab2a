/**
 * The host service: every method of the host contract (core/host/contract.ts) implemented on
 * Node, for both transports — the Electron main process (IPC) and the browser-mode server
 * (HTTP). Each method validates its arguments and throws only HostCallError, whose `code` the
 * renderer translates.
 */
import { mkdirSync, realpathSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { HOST_METHODS, HostCallError, parseHostArgs, type HostArgs, type HostMethod, type HostResult } from '../../core/host/contract';
import { createDocumentFromTemplate } from '../../core/template/template';
import { writeDocx, type DocxWriteOptions } from '../../core/docx/write-docx';
import type { VanBanDocument } from '../../core/model/types';
import { documentIdentity } from '../../core/review/register';
import { verifyLock } from '../../core/review/workflow';
import { stageFile, writeFileAtomic, type StagedFile } from './atomic-write';
import { readDocumentWithStamp, saveDocumentFile } from './document-store';
import { createHostFileScope, type FileScope } from './file-scope';
import { toHostCallError } from './host-errors';
import { importCommentsFile, importExtension, importFile } from './import-file';
import { findDocuments } from './list-documents';
import { findImportable } from './list-importable';
import { browserPathPolicy, electronPathPolicy, type PathPolicy } from './paths';
import { createRecentFiles, documentDisplayName } from './recent-files';
import { createRecoveryStore, type RecoveryRecord } from './recovery-store';
import { createRegisterStore, type RecordOutcome } from './register-store';
import { pathQueue } from './path-queue';
import { createSettingsStore } from './settings-store';
import { sweepAtStart, sweepTempFiles } from './temp-sweep';
import { defaultTemplatesDir, listTemplates } from './templates';
import { createOfficeClient } from './office/office-client';
import type { FetchLike } from './office/office-http';
import { memoryTokenVault, type TokenVault } from './office/token-vault';

export type ChoosePurpose = HostArgs<'choosePath'>['purpose'];
type DocxCopy = NonNullable<HostArgs<'exportDocx'>['copy']>;

export interface HostServiceOptions {
  mode: 'electron' | 'browser';
  /** Browser mode: the only folder documents may be read from or written to. */
  documentsDir: string;
  /** settings.json, recent.json, register.json and recovery/ live here. */
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
  /** Electron: the files the renderer may name (made here when not given; main adds files opened from outside). */
  fileScope?: FileScope;
  /** Where the office sign-in token is kept (Electron: the OS keychain); in memory when not given. */
  officeTokens?: TokenVault;
  /** The office server's HTTP client (tests); global fetch when not given. */
  officeFetch?: FetchLike;
}


export type HostService = { [M in HostMethod]: (args: HostArgs<M>) => Promise<HostResult<M>> };

type Handlers = { [M in HostMethod]: (args: z.output<(typeof HOST_METHODS)[M]['args']>) => Promise<HostResult<M>> };

const EXTENSIONS = { document: '.vanban', docx: '.docx', pdf: '.pdf' } as const;

/** What was at a path before issuing saved over it: its bytes, or nothing. */
type PreviousFile = { bytes: Buffer } | { bytes: null };

async function readPreviousFile(path: string): Promise<PreviousFile> {
  try {
    return { bytes: await readFile(path) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    // A folder in the way fails the save itself, before anything needs restoring.
    if (code === 'ENOENT' || code === 'EISDIR') return { bytes: null };
    throw error;
  }
}

/** Puts back what issuing saved over; true when the path holds its previous content again. */
async function restorePreviousFile(path: string, previous: PreviousFile): Promise<boolean> {
  try {
    if (previous.bytes === null) await rm(path, { force: true });
    else await writeFileAtomic(path, previous.bytes);
    return true;
  } catch {
    return false;
  }
}

/** The issued DOCX could not be written (the cause's code and message kept). */
function docxWriteFailed(error: unknown, displayPath: string): HostCallError {
  const cause = toHostCallError(error, displayPath);
  return new HostCallError('docx-write-failed', `The issued DOCX could not be written, so nothing was issued: ${cause.message}`, {
    path: displayPath,
    reason: cause.code,
  });
}

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
  const settings = createSettingsStore(userDataDir);
  const recent = createRecentFiles(userDataDir);
  const recovery = createRecoveryStore(userDataDir);
  const register = createRegisterStore(userDataDir);
  const recoveryDir = join(userDataDir, 'recovery');
  const scope = options.fileScope ?? createHostFileScope(documentsDir, userDataDir);
  const policy: PathPolicy = mode === 'browser' ? browserPathPolicy(documentsDir) : electronPathPolicy(scope);
  // One write at a time per file (two first saves of a new file racing, a second window).
  const writes = pathQueue();

  // Temporary files a killed save left behind: swept at start (documents, user data and
  // recovery folders, the folders of recent files) and in a file's folder after each save.
  void recent
    .list()
    .catch(() => [])
    .then((files) => sweepAtStart({ documentsDir, userDataDir, recentFolders: files.map((file) => dirname(file.path)) }))
    .catch(() => undefined);
  const sweepAfterSave = (absolute: string) => void sweepTempFiles(dirname(absolute)).catch(() => undefined);

  /** A save refused because the file changed: the message names the path as the renderer knows it. */
  function changedElsewhere(error: unknown, absolute: string): unknown {
    if (error instanceof HostCallError && error.code === 'file-changed') {
      return new HostCallError('file-changed', `"${shown(absolute)}" was changed by another window or program since it was opened or last saved`, { path: shown(absolute) });
    }
    return error;
  }

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

  /** Refuses ('locked') an approved or issued document whose content no longer matches the hash recorded then. */
  async function checkLock(document: VanBanDocument): Promise<void> {
    if (!(await verifyLock(document))) {
      throw new HostCallError('locked', `The document is ${document.review.status} and its content no longer matches the approved version`, {
        status: document.review.status,
      });
    }
  }

  /** The writer options for a DOCX copy (see HOST_METHODS.exportDocx). */
  async function docxOptions(document: VanBanDocument, copy: DocxCopy, sinceVersionId: string | undefined): Promise<DocxWriteOptions> {
    if (copy === 'clean') return { comments: false };
    if (copy === 'comments') return { comments: true };
    if (sinceVersionId === undefined) throw new HostCallError('unknown-version', 'A copy with changes needs the version to compare with');
    const version = document.review.versions.find((candidate) => candidate.id === sinceVersionId);
    if (!version) throw new HostCallError('unknown-version', `The document has no version "${sinceVersionId}"`, { versionId: sinceVersionId });
    const author = (await settings.read()).user?.name || version.author.name;
    return { comments: false, changesSince: { document: version.document, author, date: now().toISOString() } };
  }

  function recoveryOut(record: RecoveryRecord) {
    return { ...record, originalPath: record.originalPath === null ? null : policy.display(record.originalPath) };
  }

  const office = createOfficeClient({ userDataDir: options.userDataDir, vault: options.officeTokens ?? memoryTokenVault(), fetch: options.officeFetch, now });

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
      const chosen = await options.dialogs.choosePath(purpose, suggestedName);
      if (chosen !== null) scope.allow(chosen);
      return chosen;
    },

    openDocument: ({ path }) =>
      onFile(path, EXTENSIONS.document, async (absolute) => {
        const { document, stamp } = await readDocumentWithStamp(absolute);
        await recent.add(absolute);
        return { path: shown(absolute), document, stamp };
      }),

    importDocument: ({ path }) => onFile(path, importExtension(path), importFile),

    saveDocument: async ({ path, document, stamp }) => {
      await checkLock(document);
      return onFile(path, EXTENSIONS.document, (absolute) =>
        writes(absolute, async () => {
          let saved;
          try {
            saved = await saveDocumentFile(absolute, document, { expectedStamp: stamp });
          } catch (error) {
            throw changedElsewhere(error, absolute);
          }
          const savedAt = now().toISOString();
          await recent.add(absolute);
          sweepAfterSave(absolute);
          return { path: shown(absolute), savedAt, stamp: saved.stamp };
        }),
      );
    },

    exportDocx: async ({ path, document, copy, sinceVersionId }) => {
      const writeOptions = await docxOptions(document, copy ?? 'clean', sinceVersionId);
      return onFile(path, EXTENSIONS.docx, async (absolute) => {
        const docx = await writeDocx(document, writeOptions);
        await writes(absolute, () => writeFileAtomic(absolute, docx));
        sweepAfterSave(absolute);
        return { path: shown(absolute) };
      });
    },

    importComments: ({ path, document }) => onFile(path, EXTENSIONS.docx, (absolute) => importCommentsFile(absolute, document, now().toISOString())),

    async registerNext({ agencyCode, year }) {
      return { number: await register.next(agencyCode, year) };
    },

    async registerCheck({ agencyCode, year, number, documentId }) {
      return { used: await register.taken(agencyCode, year, number, documentId) };
    },

    async issueDocument({ path, docxPath, document, stamp }) {
      const { review, header } = document;
      if (review.status !== 'issued' || review.log.at(-1)?.to !== 'issued') {
        throw new HostCallError('not-issued', `Only an issued document is recorded in the register (this one is ${review.status})`, { status: review.status });
      }
      await checkLock(document);
      const { number } = header;
      const { year } = header.date;
      if (number === null || year === null) {
        throw new HostCallError('issue-needs-number', 'An issued document needs its register number and the year of its date');
      }
      const absolute = await policy.resolve(path, EXTENSIONS.document);
      const docxAbsolute = await policy.resolve(docxPath, EXTENSIONS.docx);
      return writes(absolute, async () => {
        // All or nothing: the DOCX is made and written next to its target before anything is
        // recorded (a folder that cannot be written or a file Word holds open is refused here),
        // then the number is recorded, the .vanban saved, and the DOCX renamed into place last.
        // A failure at any step undoes the ones before it.
        const docx = await writeDocx(document, { comments: false });
        let staged: StagedFile;
        try {
          staged = await stageFile(docxAbsolute, docx, { checkTarget: true });
        } catch (error) {
          throw docxWriteFailed(error, shown(docxAbsolute));
        }
        let outcome: RecordOutcome | null = null;
        let previous: { file: PreviousFile; backup: PreviousFile } | null = null;
        let saved = false;
        let newStamp = '';
        try {
          previous = { file: await readPreviousFile(absolute), backup: await readPreviousFile(`${absolute}.bak`) };
          const documentId = documentIdentity(review);
          outcome = await register.record(header.agencyCode, {
            year,
            number,
            kind: document.kind,
            path: absolute,
            issuedAt: now().toISOString(),
            ...(documentId === null ? {} : { documentId }),
          });
          try {
            newStamp = (await saveDocumentFile(absolute, document, { expectedStamp: stamp })).stamp;
          } catch (error) {
            throw toHostCallError(changedElsewhere(error, absolute), shown(absolute));
          }
          saved = true;
          try {
            await staged.commit();
          } catch (error) {
            throw docxWriteFailed(error, shown(docxAbsolute));
          }
        } catch (error) {
          await staged.discard();
          // The number is taken out again only once no saved file carries it.
          let restored = true;
          if (saved && previous) {
            restored = await restorePreviousFile(absolute, previous.file);
            await restorePreviousFile(`${absolute}.bak`, previous.backup);
          }
          if (outcome === 'recorded' && restored) await register.remove(header.agencyCode, year, number).catch(() => undefined);
          throw toHostCallError(error, shown(absolute));
        }
        const savedAt = now().toISOString();
        await recent.add(absolute);
        sweepAfterSave(absolute);
        return { path: shown(absolute), docxPath: shown(docxAbsolute), savedAt, stamp: newStamp };
      });
    },

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

    async autosave({ sessionId, originalPath, document, stamp }) {
      await checkLock(document);
      const original = originalPath === null ? null : await policy.resolve(originalPath, EXTENSIONS.document);
      const savedAt = await writes(join(recoveryDir, sessionId), () =>
        recovery.write(sessionId, { originalPath: original, title: recoveryTitle(document, original), document, stamp: stamp ?? null }),
      );
      return { savedAt };
    },

    async listRecovery() {
      return (await recovery.list()).map((record) => {
        const { id, originalPath, title, savedAt } = recoveryOut(record);
        return { id, originalPath, title, savedAt };
      });
    },

    async readRecovery({ id }) {
      const { originalPath, document, stamp } = recoveryOut(await recovery.read(id));
      return { originalPath, document, stamp };
    },

    async discardRecovery({ id }) {
      await recovery.discard(id);
      return {};
    },

    async setDirty({ dirty, title }) {
      options.onDirty?.(dirty, title);
      return {};
    },

    officeStatus: () => office.status(),
    officeSignIn: (args) => office.signIn(args),
    officeSignOut: () => office.signOut(),
    officeInbox: () => office.inbox(),
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
