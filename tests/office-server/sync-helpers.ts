/**
 * Shared by the office sync tests (sync-*.test.ts): an office (data folder, accounts, server), the
 * HTTP API, Hocuspocus clients in Node (@hocuspocus/provider 3.4 over `ws`), waiting for what a
 * client's Y.Doc holds, review moves as stateless messages, and the office server run as a separate
 * Node process (children/office-server-child.ts, bundled by store-helpers.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { VanBanDocument } from '../../core/model/types';
import { commentToYMap, docRoots, yDocToDocument } from '../../core/sync';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import { hashPassword } from '../../electron/office-server/accounts/passwords';
import type { Account } from '../../electron/office-server/contracts';
import { createFileRegister } from '../../electron/office-server/register/file-register';
import { startOfficeServer, type OfficeServer, type OfficeServerOptions } from '../../electron/office-server/start-server';
import { makePlan } from '../fixtures/documents';
import { bundleChild, cleanUp as cleanUpStore, tempDir, trackChild } from './store-helpers';

export const PASSWORD = 'mật khẩu thử 2025';
/** Cheap scrypt for test accounts (the format and checks are the same). */
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

export const PEOPLE = {
  drafter: { login: 'soan', name: 'Nguyễn Văn Soạn', initials: 'NVS', role: 'drafter', unit: 'Văn phòng' },
  reviewer: { login: 'duyet', name: 'Trần Thị Duyệt', initials: 'TTD', role: 'reviewer', unit: 'Lãnh đạo' },
  otherReviewer: { login: 'xem', name: 'Lê Văn Xem', initials: 'LVX', role: 'reviewer', unit: 'Lãnh đạo' },
  clerk: { login: 'vanthu', name: 'Phạm Thị Thư', initials: 'PTT', role: 'clerk', unit: 'Văn thư' },
} as const;
export type Person = keyof typeof PEOPLE;
export type People = Record<Person, Account>;

export { tempDir };

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Polls until `check` is true; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

// ---- accounts and the office -----------------------------------------------------------------

export type TestAuthenticator = ReturnType<typeof createAuthenticator>;

export async function addAccount(authenticator: TestAuthenticator, person: { login: string; name: string; initials: string; role: Account['role']; unit: string }): Promise<Account> {
  const stored = await authenticator.store.add({ ...person, passwordHash: await hashPassword(PASSWORD, TEST_COST) });
  return (await authenticator.account(stored.id))!;
}

export async function addPeople(authenticator: TestAuthenticator): Promise<People> {
  const people = {} as People;
  for (const key of Object.keys(PEOPLE) as Person[]) people[key] = await addAccount(authenticator, PEOPLE[key]);
  return people;
}

export interface Office {
  dataDir: string;
  authenticator: TestAuthenticator;
  people: People;
  server: OfficeServer;
  /** Moves the authenticator's clock (token signing and expiry) by this much. */
  clockOffsetMs: number;
  /** Closes the server and starts a new one on the same data folder (same authenticator). */
  restart(): Promise<OfficeServer>;
  close(): Promise<void>;
}

/** A data folder with the four people, and a server on it (in this process). */
export async function startOffice(options: Partial<OfficeServerOptions> = {}): Promise<Office> {
  const dataDir = options.dataDir ?? tempDir();
  const office = { dataDir, clockOffsetMs: 0 } as Office;
  office.authenticator = createAuthenticator({ dataDir, now: () => new Date(Date.now() + office.clockOffsetMs) });
  office.people = await addPeople(office.authenticator);
  const start = () => startOfficeServer({ authenticator: office.authenticator, register: createFileRegister(dataDir), onError: () => undefined, ...options, dataDir });
  office.server = await start();
  office.restart = async () => {
    await office.server.close();
    office.server = await start();
    return office.server;
  };
  office.close = () => office.server.close();
  return office;
}

// ---- HTTP API ------------------------------------------------------------------------------

export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export async function http<T = Record<string, unknown>>(baseUrl: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<HttpAnswer<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function signIn(baseUrl: string, login: string, password = PASSWORD): Promise<string> {
  const answer = await http<{ token: string }>(baseUrl, 'POST', '/api/sign-in', { body: { login, password } });
  if (answer.status !== 200) throw new Error(`sign-in of ${login}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.token;
}

/** A token for each of PEOPLE, signed in at the same server. */
export async function signInEveryone(baseUrl: string): Promise<Record<Person, string>> {
  const tokens = {} as Record<Person, string>;
  for (const [person, { login }] of Object.entries(PEOPLE) as Array<[Person, (typeof PEOPLE)[Person]]>) tokens[person] = await signIn(baseUrl, login);
  return tokens;
}

/** A plan to share (its review record a fresh draft). */
export function planToShare(): VanBanDocument {
  return makePlan();
}

/** POST /api/documents as the drafter; returns the new document's id. */
export async function shareDocument(baseUrl: string, token: string, options: { reviewerIds?: string[]; title?: string; document?: VanBanDocument } = {}): Promise<string> {
  const answer = await http<{ document: { id: string } }>(baseUrl, 'POST', '/api/documents', {
    token,
    body: { document: options.document ?? planToShare(), title: options.title ?? 'Kế hoạch chuyển đổi số', reviewerIds: options.reviewerIds },
  });
  if (answer.status !== 201) throw new Error(`create document: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.document.id;
}

// ---- clients ---------------------------------------------------------------------------------

export interface Refusal {
  type: 'refused';
  reason: string;
  detail: string;
}

export interface MoveReply {
  type: 'review-move-result';
  requestId: string | null;
  ok: boolean;
  status?: string;
  error?: { code: string; params: Record<string, string> };
}

export type MoveRequest =
  | { move: 'submit'; reviewer?: { accountId: string }; note?: string }
  | { move: 'return'; note?: string }
  | { move: 'approve'; note?: string }
  | { move: 'issue'; issue?: { date?: { day: number; month: number; year: number } }; note?: string };

export interface SyncClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Every stateless message received, parsed. */
  stateless: Array<Record<string, unknown>>;
  refusals: Refusal[];
  authFailures: string[];
  closeCodes: number[];
  /** Resolves on the first sync, rejects with the reason when authentication fails. */
  ready: Promise<void>;
  /** A review move; resolves with the server's answer. */
  move(request: MoveRequest): Promise<MoveReply>;
  /** Resolves when the server has acknowledged every change sent (unsynced count 0). */
  acknowledged(timeoutMs?: number): Promise<void>;
  /** Detaches and destroys the provider and its socket (no reconnection afterwards). */
  close(): void;
}

let requestCounter = 0;
const openClients = new Set<SyncClient>();

/**
 * A client of `syncUrl` on document `name` with `token`. `doc` may be given (e.g. one holding
 * changes made while no provider was attached: they go in the client's first SyncStep2).
 */
export function connectClient(syncUrl: string, name: string, token: string | null, doc: Y.Doc = new Y.Doc()): SyncClient {
  docRoots(doc);
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl, WebSocketPolyfill: WebSocket as never, delay: 500, minDelay: 500 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  const client = { doc, provider, socket, stateless: [], refusals: [], authFailures: [], closeCodes: [] } as unknown as SyncClient;
  client.ready = new Promise<void>((resolveReady, rejectReady) => {
    provider.on('synced', () => resolveReady());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      client.authFailures.push(reason);
      rejectReady(new Error(`authentication failed: ${reason}`));
    });
  });
  client.ready.catch(() => undefined);
  provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as Record<string, unknown>;
    client.stateless.push(message);
    if (message.type === 'refused') client.refusals.push(message as unknown as Refusal);
  });
  provider.on('close', ({ event }: { event: { code: number } }) => client.closeCodes.push(event.code));
  client.move = async (request) => {
    const requestId = `move-${++requestCounter}`;
    provider.sendStateless(JSON.stringify({ type: 'review-move', requestId, request }));
    let reply: MoveReply | undefined;
    await waitFor(() => {
      reply = client.stateless.find((message) => message.type === 'review-move-result' && message.requestId === requestId) as MoveReply | undefined;
      return reply !== undefined;
    }, `the answer to ${request.move}`);
    return reply!;
  };
  client.acknowledged = (timeoutMs = 5000) => waitFor(() => provider.unsyncedChanges === 0, 'the server to acknowledge every change', timeoutMs);
  client.close = () => {
    if (!openClients.delete(client)) return;
    // A reconnection timer started by a close from the server must not open a new socket later.
    socket.connect = async () => undefined;
    provider.destroy();
    socket.destroy();
  };
  openClients.add(client);
  provider.attach();
  return client;
}

/** A client that has synced (throws with the refusal reason otherwise). */
export async function openClient(syncUrl: string, name: string, token: string | null, doc?: Y.Doc): Promise<SyncClient> {
  const client = connectClient(syncUrl, name, token, doc);
  try {
    await withTimeout(client.ready, 5000, `${name} to sync`);
    await client.acknowledged();
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

/** Connects and waits for the authentication to fail; returns the client (to look at) and the reason. */
export async function refusedClient(syncUrl: string, name: string, token: string | null): Promise<{ client: SyncClient; reason: string }> {
  const client = connectClient(syncUrl, name, token);
  await waitFor(() => client.authFailures.length > 0 || client.provider.synced, `${name}: the authentication answer`);
  if (client.provider.synced) throw new Error(`${name}: the client was let in`);
  return { client, reason: client.authFailures[0]! };
}

export function closeAllClients(): void {
  for (const client of [...openClients]) client.close();
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- reading and editing the Y.Doc ------------------------------------------------------------

/** The embedded Y.XmlText of the n-th top-level body element. */
export function bodyElement(doc: Y.Doc, index: number): Y.XmlText {
  const delta = docRoots(doc).body.toDelta() as Array<{ insert: unknown }>;
  const insert = delta[index]?.insert;
  if (!(insert instanceof Y.XmlText)) throw new Error(`body element ${index} is missing`);
  return insert;
}

/** An element's plain text (its runs, without marks). */
export function plainText(element: Y.XmlText): string {
  return (element.toDelta() as Array<{ insert: unknown }>).map((run) => (typeof run.insert === 'string' ? run.insert : '')).join('');
}

/** The n-th body element's text. */
export function bodyText(doc: Y.Doc, index: number): string {
  return plainText(bodyElement(doc, index));
}

/** Every body element's plain text, one string per element. */
export function bodyTexts(doc: Y.Doc): string[] {
  return (docRoots(doc).body.toDelta() as Array<{ insert: unknown }>).filter((op) => op.insert instanceof Y.XmlText).map((op) => plainText(op.insert as Y.XmlText));
}

/** Types `text` at the end of body element `index` (as the editor's binding would). */
export function typeAtEnd(doc: Y.Doc, index: number, text: string): void {
  const element = bodyElement(doc, index);
  element.insert(element.length, text);
}

export function statusOf(doc: Y.Doc): string {
  return (docRoots(doc).review.get('status') as string | undefined) ?? 'draft';
}

/** Records every status the doc's review record goes through (its current one first, when set). */
export function watchStatuses(doc: Y.Doc): string[] {
  const seen: string[] = [];
  const note = () => {
    const status = docRoots(doc).review.get('status') as string | undefined;
    if (status !== undefined && seen[seen.length - 1] !== status) seen.push(status);
  };
  docRoots(doc).review.observe(note);
  note();
  return seen;
}

export const documentOf = (doc: Y.Doc): VanBanDocument => yDocToDocument(doc);

/** Writes a comment on body element `index` (its first 4 characters) with `authorId` as its writer. */
export function writeComment(doc: Y.Doc, id: string, author: { name: string; initials: string }, authorId: string, text: string, index = 1): void {
  const element = bodyElement(doc, index);
  const blockId = element.getAttribute('id') as string;
  const quote = plainText(element).slice(0, 4);
  const roots = docRoots(doc);
  const comment = {
    id,
    author: author.name,
    initials: author.initials,
    date: '2025-03-10T09:00:00+07:00',
    text,
    anchor: { blockId, start: 0, end: quote.length },
    resolved: false,
    parentId: null,
    orphaned: false,
    quote,
  };
  roots.comments.set(id, commentToYMap(comment, authorId, roots.comments.size));
}

// ---- the office server in a child process -----------------------------------------------------

/** Bundles the server child script (children/office-server-child.ts); returns the path of the .mjs file. */
export const bundleServerChild = (): Promise<string> => bundleChild('office-server-child');

export interface ServerChild {
  process: ChildProcess;
  url: string;
  syncUrl: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the bundled server as a child process; resolves once it listens. */
export function spawnServer(script: string, dataDir: string, options: { instance?: string; redisPort?: number } = {}): Promise<ServerChild> {
  const child = spawn(process.execPath, [script, dataDir, options.instance ?? '', options.redisPort ? String(options.redisPort) : ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return withTimeout(
    new Promise<ServerChild>((resolveChild, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.once('line', (line) => {
        const { url, syncUrl } = JSON.parse(line) as { url: string; syncUrl: string };
        resolveChild({ process: child, url, syncUrl, stderr: () => stderr, exited });
      });
      void exited.then(({ code, signal }) => reject(new Error(`the server child ended (${code ?? signal}) before listening: ${stderr}`)));
    }),
    15_000,
    'the server child to listen',
  );
}

/** Ends a child with SIGTERM (the server closes cleanly) and waits for it. */
export async function stopServer(child: ServerChild): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const { code } = await withTimeout(child.exited, 15_000, 'the server child to stop');
  if (code !== 0) throw new Error(`the server child stopped with ${code}: ${child.stderr()}`);
}

/** For afterAll/afterEach: clients, children still running, temporary folders (and bundles with `bundles`). */
export function cleanUp(options: { bundles?: boolean } = {}): void {
  closeAllClients();
  cleanUpStore(options);
}
