// An acknowledged edit is on disk: the office server runs as a child process, a desktop types a
// stream of edits and waits for each acknowledgement (the provider's unsynced count back to 0, which
// the server sends only after the update log has written and flushed the update), the child is
// killed with SIGKILL at a random moment, then started again on the same data folder: every
// acknowledged edit is there, and nothing that was never sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import {
  addPeople,
  bodyTexts,
  bundleServerChild,
  cleanUp,
  documentOf,
  http,
  openClient,
  shareDocument,
  signIn,
  sleep,
  spawnServer,
  stopServer,
  tempDir,
  typeAtEnd,
  type MoveRequest,
  type ServerChild,
} from './sync-helpers';

const ROUNDS = 5;
/** Far more than a round can send before its kill: the kill always lands inside the stream. */
const MAX_EDITS = 5000;
const KILL_AFTER_MS = { min: 30, max: 600 };

let script: string;

beforeAll(async () => {
  script = await bundleServerChild();
});
afterAll(() => cleanUp({ bundles: true }));

it(`every acknowledged edit survives a SIGKILL of the server at a random moment (${ROUNDS} rounds)`, async () => {
  const dataDir = tempDir();
  await addPeople(createAuthenticator({ dataDir }));
  let child: ServerChild = await spawnServer(script, dataDir);
  const token = await signIn(child.url, 'soan');
  const documentId = await shareDocument(child.url, token);

  const acknowledged: string[] = [];
  /** Sent but not acknowledged when the server died: may or may not be there. */
  const unacknowledged = new Set<string>();
  const rounds: string[] = [];
  const present = (texts: string[], marker: string) => texts.some((text) => text.includes(marker));
  const markersIn = (texts: string[]) => texts.join('\n').match(/‹\d+\.\d+›/g) ?? [];

  for (let round = 0; round < ROUNDS; round++) {
    const client = await openClient(child.syncUrl, documentId, token);
    // What earlier rounds had acknowledged is there after the restart.
    const texts = bodyTexts(client.doc);
    for (const marker of acknowledged) expect(present(texts, marker), `${marker} after the restart before round ${round} (${rounds.join('; ')})`).toBe(true);
    for (const marker of markersIn(texts)) expect(acknowledged.includes(marker) || unacknowledged.has(marker), `${marker} was never sent`).toBe(true);

    const killAfter = KILL_AFTER_MS.min + Math.floor(Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.process.kill('SIGKILL');
    }, killAfter);
    let sent = 0;
    let acked = 0;
    for (let edit = 0; edit < MAX_EDITS && !killed; edit++) {
      const marker = `‹${round}.${edit}›`;
      typeAtEnd(client.doc, 1 + (edit % 4), marker);
      sent += 1;
      while (client.provider.unsyncedChanges > 0 && !killed) await sleep(1);
      if (client.provider.unsyncedChanges === 0) {
        acknowledged.push(marker);
        acked += 1;
      } else {
        unacknowledged.add(marker);
      }
    }
    const { signal } = await child.exited;
    clearTimeout(timer);
    client.close();
    expect(signal, 'the child was killed, not ended otherwise').toBe('SIGKILL');
    expect(sent, 'the kill came while edits were still being sent').toBeLessThan(MAX_EDITS);
    rounds.push(`round ${round}: killed after ${killAfter} ms, ${acked} acknowledged of ${sent} sent`);
    child = await spawnServer(script, dataDir);
  }

  const last = await openClient(child.syncUrl, documentId, token);
  const texts = bodyTexts(last.doc);
  const missing = acknowledged.filter((marker) => !present(texts, marker));
  expect(missing, rounds.join('; ')).toEqual([]);
  for (const marker of markersIn(texts)) expect(acknowledged.includes(marker) || unacknowledged.has(marker), `${marker} was never sent`).toBe(true);
  // Each block holds its markers in the order they were typed (one desktop, one edit at a time).
  for (const text of texts) {
    const order = (text.match(/‹\d+\.\d+›/g) ?? []).map((marker) => acknowledged.indexOf(marker)).filter((index) => index >= 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
  // Still a valid document, and edits go on.
  expect(documentOf(last.doc).body.length).toBeGreaterThan(0);
  expect(acknowledged.length, rounds.join('; ')).toBeGreaterThanOrEqual(ROUNDS);
  typeAtEnd(last.doc, 1, ' xong');
  await last.acknowledged();
  last.close();
  await stopServer(child);
  console.info(`sync-durability: ${rounds.join('; ')}`);
}, 60_000);

it('a review move answered ok survives a SIGKILL right after the answer: status, steps, record, inbox and the register number', async () => {
  const dataDir = tempDir();
  const people = await addPeople(createAuthenticator({ dataDir }));
  let child: ServerChild = await spawnServer(script, dataDir);
  const tokens = { drafter: await signIn(child.url, 'soan'), reviewer: await signIn(child.url, 'duyet'), clerk: await signIn(child.url, 'vanthu') };
  const documentId = await shareDocument(child.url, tokens.drafter);
  const steps: Array<{ who: keyof typeof tokens; request: MoveRequest; status: string; inbox: [keyof typeof tokens, string] | null }> = [
    { who: 'drafter', request: { move: 'submit', reviewer: { accountId: people.reviewer.id } }, status: 'submitted', inbox: ['reviewer', 'submitted-to-me'] },
    { who: 'reviewer', request: { move: 'approve' }, status: 'approved', inbox: ['clerk', 'awaiting-number'] },
    { who: 'clerk', request: { move: 'issue', issue: { date: { day: 3, month: 2, year: 2025 } } }, status: 'issued', inbox: null },
  ];
  for (const [index, step] of steps.entries()) {
    const client = await openClient(child.syncUrl, documentId, tokens[step.who]);
    const reply = await client.move(step.request);
    child.process.kill('SIGKILL');
    expect(reply).toMatchObject({ ok: true, status: step.status });
    await child.exited;
    client.close();
    child = await spawnServer(script, dataDir);
    const after = await openClient(child.syncUrl, documentId, tokens.drafter);
    const document = documentOf(after.doc);
    expect(document.review.status).toBe(step.status);
    expect(document.review.log).toHaveLength(index + 1);
    after.close();
    const record = (await http<{ documents: Array<{ id: string; status: string; number: number | null }> }>(child.url, 'GET', '/api/documents', { token: tokens.drafter })).body.documents.find((d) => d.id === documentId);
    expect(record?.status).toBe(step.status);
    if (step.inbox) {
      const [who, reason] = step.inbox;
      const items = (await http<{ items: Array<{ documentId: string; reason: string }> }>(child.url, 'GET', '/api/inbox', { token: tokens[who] })).body.items;
      expect(items.map((item) => [item.documentId, item.reason])).toEqual([[documentId, reason]]);
    } else {
      expect(document.header.number).toBe(1);
      expect(record?.number).toBe(1);
      const register = JSON.parse(readFileSync(join(dataDir, 'register.json'), 'utf8'));
      expect(register.UBND['2025'].last).toBe(1);
    }
  }
  await stopServer(child);
}, 60_000);
