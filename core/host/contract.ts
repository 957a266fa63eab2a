/**
 * The host contract: every call the renderer makes to the Node side, with its argument and
 * result schemas. One module for both transports — Electron IPC (preload → main) and browser
 * mode (HTTP on 127.0.0.1) — so no feature exists in one and not the other.
 *
 * The main process and the HTTP server validate every argument against `HOST_METHODS[name].args`
 * before calling the service; the renderer may validate results in tests.
 */
import { z } from 'zod';
import { agencyProfileSchema, documentSchema, reviewActorSchema } from '../model/schema';
import type { VanBanDocument } from '../model/types';
import { describeIssue } from '../model/issues';
import { validateDocument } from '../file/document-file';
import { DocumentFileError } from '../file/errors';
import { hostVersionStore } from '../file/version-store';

const path = z.string().min(1).max(4096);
/** A file's content stamp (see openDocument): what a later save checks the file against. */
const stamp = z.string().min(1).max(100);
const language = z.enum(['vi', 'en']);

export const templateSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  kind: z.string(),
});

/** One word the user added to the spelling dictionary: letters (and - ' .), no spaces, NFC. */
const spellingWord = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{M}\p{N}'.-]+$/u)
  .refine((word) => word === word.normalize('NFC'), 'not NFC');

/** Spell check: on or off, and the words the user added to the dictionary ("Thêm vào từ điển"). */
export const spellingSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  words: z.array(spellingWord).max(10_000),
});

/** Page view zoom bounds, in percent (Word's range is wider; below 25 % text is unreadable). */
export const ZOOM_MIN_PERCENT = 25;
export const ZOOM_MAX_PERCENT = 400;

/**
 * How the page view is zoomed: 'auto' shows 100 % unless the page would not fit beside the open
 * panels (then it fits the width), 'width' and 'page' fit the desk, 'percent' is `percent`.
 */
export const zoomSettingSchema = z.strictObject({
  mode: z.enum(['auto', 'width', 'page', 'percent']),
  percent: z.number().int().min(ZOOM_MIN_PERCENT).max(ZOOM_MAX_PERCENT),
});

export const settingsSchema = z.strictObject({
  language,
  profile: agencyProfileSchema.nullable(),
  /** Who is using the app (name, initials, role): shown on every comment and step. Null until set at first start. */
  user: reviewActorSchema.nullable(),
  /** Absent until the user first changes it: spell check on, no added words. */
  spelling: spellingSettingsSchema.optional(),
  /** The page view's zoom (absent until first changed: 'auto'). */
  zoom: zoomSettingSchema.optional(),
});

/** Which DOCX copy to write: clean (no comments), with Word comments, or with changes since a version as tracked changes. */
export const docxCopySchema = z.enum(['clean', 'comments', 'changes']);

/** What importing a leader's Word comments did. */
export const commentImportReportSchema = z.strictObject({
  /** Comments found in the Word file (replies included). */
  found: z.number().int().nonnegative(),
  /** New comments added to the document (replies included). */
  added: z.number().int().nonnegative(),
  /** Of those added, the ones whose passage was not found: kept and flagged. */
  orphaned: z.number().int().nonnegative(),
  /** Already in the document (same author, date and text): not added again. */
  duplicates: z.number().int().nonnegative(),
});

export const fileEntrySchema = z.strictObject({
  path,
  name: z.string(),
  modified: z.string(),
});

export const recoveryEntrySchema = z.strictObject({
  id: z.string(),
  originalPath: path.nullable(),
  title: z.string(),
  savedAt: z.string(),
});

export const hostInfoSchema = z.strictObject({
  mode: z.enum(['electron', 'browser']),
  version: z.string(),
  documentsDir: z.string(),
  /** Whether choosePath opens a native dialog (Electron) or the renderer must ask itself (browser). */
  nativeDialogs: z.boolean(),
});

/** The office server's address: http(s) only, as the administrator gave it (vanban server prints it). */
const serverUrl = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s/?#]+(:\d+)?\/?$/, 'an address such as http://192.168.1.10:8420');

/** The signed-in office account, as the server gives it. */
export const officeAccountSchema = z.strictObject({
  id: z.string().max(100),
  login: z.string().max(200),
  name: z.string().max(200),
  initials: z.string().max(20),
  role: z.enum(['drafter', 'reviewer', 'clerk', 'admin']),
  unit: z.string().max(300),
});

/**
 * Whether the app is signed in to an office server. `tokenKept`: the sign-in survives a restart
 * (kept in the OS keychain through Electron's safeStorage); false where there is no keychain
 * (browser mode, a Linux desktop without a secret service): then it lasts until the app closes
 * and is never written in plain text.
 */
export const officeStatusSchema = z.strictObject({
  serverUrl: z.string().nullable(),
  account: officeAccountSchema.nullable(),
  expires: z.string().nullable(),
  tokenKept: z.boolean(),
});

/** One document waiting in "Văn bản chờ tôi xử lý". */
export const inboxItemSchema = z.strictObject({
  documentId: z.string(),
  title: z.string(),
  reason: z.enum(['submitted-to-me', 'returned-to-me', 'awaiting-number']),
  status: z.string(),
  from: z.strictObject({ accountId: z.string(), name: z.string() }).nullable(),
  when: z.string().nullable(),
});

const documentValue = documentSchema as z.ZodType<VanBanDocument>;

/**
 * A document the UI sends: cleaned (NFC, XML-legal) and validated here, once per call — what the
 * service saves is not checked again. Version snapshots the process already knows (same id and
 * hash: a snapshot never changes) are taken as known instead of being checked again, so a call
 * costs about the document, not its history (core/file/version-store.ts).
 */
const documentArg = z.unknown().transform((value, ctx) => {
  try {
    return validateDocument(value, hostVersionStore);
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    const detail = typeof error.params.detail === 'string' ? error.params.detail.replace(/^document\.?/, '') : error.message;
    ctx.addIssue({ code: 'custom', message: detail });
    return z.NEVER;
  }
}) as unknown as z.ZodType<VanBanDocument>;
const none = z.strictObject({});

/** What an import recognised in a Word or text file (shown to the clerk after File → Import). */
export const importReportSchema = z.strictObject({
  /** The file's name without its folder. */
  name: z.string(),
  source: z.enum(['docx', 'text']),
  /** Parts recognised: "header.number", "kind", "summary", "body.section", "signature", "legacy.tcvn3", … */
  recognised: z.array(z.string()),
  /** Source paragraphs kept as plain paragraphs (no structure recognised). */
  keptAsParagraphs: z.number().int().nonnegative(),
  /** Notes for the clerk (English, from the importer). */
  warnings: z.array(z.string()),
  /** Runs converted from legacy Vietnamese encodings (DOCX only). */
  legacyRuns: z.strictObject({ tcvn3: z.number().int().nonnegative(), vni: z.number().int().nonnegative() }),
  /** Each guess the import was unsure of, with its place (core/import/notes.ts), for the import panel. */
  notes: z.array(
    z.strictObject({
      code: z.string().min(1).max(60),
      place: z.strictObject({ part: z.enum(['page', 'header', 'body', 'closing', 'signature', 'recipients', 'appendix']), text: z.string().max(200), page: z.number().int().nonnegative().optional() }),
      params: z.record(z.string(), z.union([z.string().max(200), z.number()])),
    }),
  ).max(5000),
});

/** Every host method: name → argument schema and result schema. */
export const HOST_METHODS = {
  info: { args: none, result: hostInfoSchema },
  listTemplates: { args: none, result: z.array(templateSummarySchema) },
  /** A new document from a template, with the saved agency profile applied when `useProfile`. */
  createDocument: { args: z.strictObject({ templateId: z.string().min(1), useProfile: z.boolean() }), result: documentValue },
  getSettings: { args: none, result: settingsSchema },
  updateSettings: { args: settingsSchema.partial().strict(), result: settingsSchema },
  recentFiles: { args: none, result: z.array(fileEntrySchema) },
  /** .vanban files in the documents folder (browser mode's open list; also shown in Electron). */
  listDocuments: { args: none, result: z.array(fileEntrySchema) },
  /** .docx and .txt files in the documents folder that File → Import can read (browser mode's import list). */
  listImportable: { args: none, result: z.array(fileEntrySchema) },
  /** A native open/save dialog; null when cancelled or when the host has none (browser mode). */
  choosePath: {
    args: z.strictObject({ purpose: z.enum(['open', 'save', 'exportDocx', 'exportPdf', 'import', 'importComments']), suggestedName: z.string().max(255).optional() }),
    result: path.nullable(),
  },
  /** `stamp` identifies the content read; saveDocument given it refuses when the file changed since. */
  openDocument: { args: z.strictObject({ path }), result: z.strictObject({ path, document: documentValue, stamp }) },
  /**
   * Import from Word: a .docx (or a plain .txt) read into a new, unsaved document. Hostile or
   * unreadable files fail with the DocxReadError code ('not-zip', 'zip-bomb', 'too-large',
   * 'bad-entry-name', 'not-docx', 'xml-doctype', 'bad-xml') or 'not-text'.
   */
  importDocument: { args: z.strictObject({ path }), result: z.strictObject({ document: documentValue, report: importReportSchema }) },
  /**
   * Error 'locked' when an approved or issued document's content no longer matches review.lockedHash;
   * 'document-too-large' ({sizeMb, limitMb}) above the document size limit, nothing written;
   * 'file-changed' when `stamp` (from the last open or save of this path) no longer matches the file
   * on disk: another window, tab or program changed it, and nothing was written.
   */
  saveDocument: {
    args: z.strictObject({ path, document: documentArg, stamp: stamp.optional() }),
    result: z.strictObject({ path, savedAt: z.string(), stamp }),
  },
  /**
   * A DOCX copy: 'clean' (default; what is issued), 'comments' (Word comments with threads and
   * resolved state) or 'changes' (changes since `sinceVersionId`, one of document.review.versions,
   * as Word tracked changes). Unknown version: error 'unknown-version'.
   */
  exportDocx: {
    args: z.strictObject({ path, document: documentArg, copy: docxCopySchema.optional(), sinceVersionId: z.string().min(1).max(100).optional() }),
    result: z.strictObject({ path }),
  },
  /**
   * Reads the comments a leader added in Word to an exported copy and puts them on the same
   * passages of `document`; comments whose passage is gone are kept, flagged orphaned. Returns the
   * document with the comments merged (nothing else changes). Errors as importDocument.
   */
  importComments: {
    args: z.strictObject({ path, document: documentArg }),
    result: z.strictObject({ document: documentValue, report: commentImportReportSchema }),
  },
  /** The next free number of the agency's outgoing register for that year (1 for a new year). */
  registerNext: {
    args: z.strictObject({ agencyCode: z.string().max(100), year: z.number().int().min(1945).max(9999) }),
    result: z.strictObject({ number: z.number().int().min(1) }),
  },
  /**
   * Whether another document already took this number of the agency's register that year (asked
   * before the clerk chooses where to save, so a used number is refused at once). `documentId` is
   * the issuing document's identity (core documentIdentity): its own earlier issue does not count.
   */
  registerCheck: {
    args: z.strictObject({ agencyCode: z.string().max(100), year: z.number().int().min(1945).max(9999), number: z.number().int().min(1).max(999_999), documentId: z.string().max(100).nullable() }),
    result: z.strictObject({ used: z.boolean() }),
  },
  /**
   * Issues a document the renderer has moved to "issued" (core moveDocument 'issue' with its
   * number and date): records the number in the agency's register (error 'number-used' with
   * {number, year} when taken — nothing is written then), saves the .vanban at `path` and writes
   * the final clean DOCX at `docxPath`. Error 'not-issued' when the document is not issued, 'locked'
   * when its content no longer matches the hash recorded at approval.
   */
  issueDocument: {
    args: z.strictObject({ path, docxPath: path, document: documentArg, stamp: stamp.optional() }),
    result: z.strictObject({ path, docxPath: path, savedAt: z.string(), stamp }),
  },
  /** PDF through the host (Electron printToPDF); browser mode answers with an error telling to use Print. */
  exportPdf: { args: z.strictObject({ path }), result: z.strictObject({ path }) },
  /** Writes the unsaved state to the recovery folder, never over the user's file; `stamp` is the original's, kept for the save after recovery. */
  autosave: {
    args: z.strictObject({ sessionId: z.string().min(1).max(100), originalPath: path.nullable(), document: documentArg, stamp: stamp.nullable().optional() }),
    result: z.strictObject({ savedAt: z.string() }),
  },
  listRecovery: { args: none, result: z.array(recoveryEntrySchema) },
  readRecovery: {
    args: z.strictObject({ id: z.string().min(1) }),
    result: z.strictObject({ originalPath: path.nullable(), document: documentValue, stamp: stamp.nullable() }),
  },
  discardRecovery: { args: z.strictObject({ id: z.string().min(1) }), result: none },
  /** The office server this app signs in to, and who is signed in (no network call). */
  officeStatus: { args: none, result: officeStatusSchema },
  /**
   * Signs in to the office server at `serverUrl` (remembered). Errors: 'wrong-password',
   * 'account-disabled', 'server-offline' (no answer), 'server-refused' (an answer that is not the
   * office server's). The password is never stored.
   */
  officeSignIn: {
    args: z.strictObject({ serverUrl, login: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
    result: officeStatusSchema,
  },
  /** Forgets the sign-in (the server address stays). */
  officeSignOut: { args: none, result: officeStatusSchema },
  /** The documents waiting for the signed-in account, newest first. Errors: 'token-missing', 'token-expired', 'token-invalid', 'account-disabled', 'server-offline'. */
  officeInbox: { args: none, result: z.strictObject({ items: z.array(inboxItemSchema) }) },
  /** Tells the host whether there are unsaved changes (Electron asks before closing). */
  setDirty: { args: z.strictObject({ dirty: z.boolean(), title: z.string().max(500) }), result: none },
} as const;

export type HostMethod = keyof typeof HOST_METHODS;
export type HostArgs<M extends HostMethod> = z.input<(typeof HOST_METHODS)[M]['args']>;
export type HostResult<M extends HostMethod> = z.output<(typeof HOST_METHODS)[M]['result']>;

/** What the renderer calls; implemented over IPC (Electron) and HTTP (browser mode). */
export type HostApi = {
  [M in HostMethod]: (args: HostArgs<M>) => Promise<HostResult<M>>;
};

/** Events the host sends to the renderer (menu commands, files opened from outside). */
export const HOST_EVENTS = {
  /** A menu item or accelerator handled by the main process. */
  command: z.strictObject({
    command: z.enum([
      'new', 'open', 'import', 'save', 'saveAs', 'exportDocx', 'exportPdf', 'print', 'undo', 'redo', 'bold', 'italic', 'underline', 'language-vi', 'language-en',
      // Find and replace
      'find', 'replace',
      // Review (góp ý, phiên bản)
      'addComment', 'importComments', 'exportDocxComments', 'exportDocxChanges', 'saveVersion', 'compareVersions', 'userProfile',
      // Page view zoom and print preview (Xem)
      'zoomIn', 'zoomOut', 'zoomReset', 'zoomFitWidth', 'zoomFitPage', 'printPreview',
    ]),
  }),
  /** A file to open: from the command line, a second launch or the file association. */
  openFile: z.strictObject({ path }),
} as const;

export type HostEvent = keyof typeof HOST_EVENTS;
export type HostEventPayload<E extends HostEvent> = z.output<(typeof HOST_EVENTS)[E]>;

/** Error answer of a host call: a code the renderer translates, and an English message. */
export const hostErrorSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type HostError = z.infer<typeof hostErrorSchema>;

export class HostCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** Validates a call's arguments; throws HostCallError('bad-request') naming the field. */
export function parseHostArgs<M extends HostMethod>(method: M, args: unknown): HostArgs<M> {
  const schema = HOST_METHODS[method]?.args;
  if (!schema) throw new HostCallError('bad-request', `Unknown host method: ${String(method)}`);
  const result = schema.safeParse(args ?? {});
  if (!result.success) {
    throw new HostCallError('bad-request', `Invalid arguments for ${method}: ${describeIssue(result.error.issues[0])}`);
  }
  return result.data as HostArgs<M>;
}

export function isHostMethod(name: string): name is HostMethod {
  return Object.prototype.hasOwnProperty.call(HOST_METHODS, name);
}
