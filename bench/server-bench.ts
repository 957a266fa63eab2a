/**
 * The office server on loopback (issue 12), every figure through the real stack (HTTP sign-in,
 * Hocuspocus over WebSocket, the update guard, the LevelDB log written before each acknowledgement):
 *
 *   latency    a keystroke in the body on one desktop until the other desktop's Y.Doc has it,
 *              p50 / p95 over EDITS keystrokes, for a 50-page plan (target: p95 < 50 ms)
 *   memory     the server's heap per open document: DOCS plans of 50 pages opened one after another
 *   fan-out    CLIENTS desktops on one document: one keystroke until the last of them has it
 *
 * Server and clients share this process (loopback, bounded). Run: npm run bench:server
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docRoots } from '../core/sync';
import { createAuthenticator } from '../electron/office-server/accounts/authenticator';
import { hashPassword } from '../electron/office-server/accounts/passwords';
import { createFileRegister } from '../electron/office-server/register/file-register';
import { startOfficeServer, type OfficeServer } from '../electron/office-server/start-server';
import { generatePlan } from './generate-plan';
import { ms, percentile } from './stats';

const EDITS = 200;
const DOCS = 10;
const CLIENTS = 50;
const FANOUT_EDITS = 30;
const PASSWORD = 'mat-khau-bench';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

async function post<T>(server: OfficeServer, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Desktop {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

async function connect(server: OfficeServer, documentId: string, token: string): Promise<Desktop> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.syncUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentId, document: doc, token });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(`refused: ${reason}`)));
  });
  // A provider given a shared WebSocket connects when attached.
  provider.attach();
  await synced;
  return { doc, provider, socket };
}

function disconnect(desktop: Desktop): void {
  desktop.provider.destroy();
  desktop.socket.destroy();
  desktop.doc.destroy();
}

/** The body's n-th block (a Y.XmlText of the Slate binding's layout). */
function block(doc: Y.Doc, index: number): Y.XmlText {
  const delta = docRoots(doc).body.toDelta() as Array<{ insert: Y.XmlText }>;
  return delta[index % delta.length]!.insert;
}

/** Resolves when `doc` has a block starting with `marker` (polled on each of its updates). */
function arrival(doc: Y.Doc, index: number, marker: string): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (block(doc, index).toString().includes(marker)) {
        doc.off('update', check);
        resolve(performance.now());
      }
    };
    doc.on('update', check);
    check();
  });
}

async function latency(server: OfficeServer, documentId: string, token: string): Promise<number[]> {
  const [writer, reader] = [await connect(server, documentId, token), await connect(server, documentId, token)];
  const times: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const marker = `k${edit}x`;
    const index = 5 + (edit % 40);
    const arrived = arrival(reader.doc, index, marker);
    const start = performance.now();
    block(writer.doc, index).insert(0, marker);
    times.push((await arrived) - start);
  }
  disconnect(writer);
  disconnect(reader);
  return times;
}

async function fanOut(server: OfficeServer, documentId: string, token: string): Promise<{ times: number[]; connectMs: number }> {
  const start = performance.now();
  const desktops: Desktop[] = [];
  for (let i = 0; i < CLIENTS; i++) desktops.push(await connect(server, documentId, token));
  const connectMs = performance.now() - start;
  const times: number[] = [];
  for (let edit = 0; edit < FANOUT_EDITS; edit++) {
    const marker = `f${edit}y`;
    const index = 50 + edit;
    const arrived = Promise.all(desktops.slice(1).map((desktop) => arrival(desktop.doc, index, marker)));
    const begin = performance.now();
    block(desktops[0]!.doc, index).insert(0, marker);
    times.push(Math.max(...(await arrived)) - begin);
  }
  for (const desktop of desktops) disconnect(desktop);
  return { times, connectMs };
}

async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'vanban-server-bench-'));
  const dataDir = join(work, 'server');
  const authenticator = createAuthenticator({ dataDir });
  await authenticator.store.add({ login: 'soan', name: 'Nguyễn Văn Soạn', initials: 'NVS', role: 'drafter', unit: 'Văn phòng', passwordHash: await hashPassword(PASSWORD) });
  const server = await startOfficeServer({ dataDir, authenticator, register: createFileRegister(dataDir), onError: (message) => console.error(message) });
  try {
    const { token } = await post<{ token: string }>(server, '/api/sign-in', { login: 'soan', password: PASSWORD });
    const create = async () => (await post<{ document: { id: string } }>(server, '/api/documents', { document: generatePlan(50) }, token)).document.id;

    console.log('Office server on loopback (server and clients in one process; syncWrites on)');
    const documentId = await create();
    const times = await latency(server, documentId, token);
    console.log(`  keystroke to the other desktop, 50 pages: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (${EDITS} keystrokes; target p95 < 50 ms)`);

    const ids: string[] = [];
    for (let i = 0; i < DOCS; i++) ids.push(await create());
    const before = await heapAfterGc();
    const open: Desktop[] = [];
    for (const id of ids) open.push(await connect(server, id, token));
    const after = await heapAfterGc();
    const withGc = (globalThis as { gc?: () => void }).gc ? '' : ' (run node with --expose-gc for steadier figures)';
    console.log(`  heap per open 50-page document (server and its one client): ${mb((after - before) / DOCS)} over ${DOCS} documents${withGc}`);
    for (const desktop of open) disconnect(desktop);

    const fan = await fanOut(server, documentId, token);
    console.log(`  ${CLIENTS} desktops on one document: all connected in ${ms(fan.connectMs)}; a keystroke reaches the last one p50 ${ms(percentile(fan.times, 50))}, p95 ${ms(percentile(fan.times, 95))} (${FANOUT_EDITS} keystrokes)`);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
