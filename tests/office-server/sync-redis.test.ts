// Two office server processes (instances a and b) on one data folder, passing updates to each other
// through a Redis server started here: a desktop of one process and a desktop of the other edit the
// same document together, review moves made on one reach the other, and each process keeps what
// came from the other in its own update log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../electron/office-server/accounts/authenticator';
import {
  addPeople,
  bodyText,
  bundleServerChild,
  cleanUp,
  documentOf,
  http,
  openClient,
  shareDocument,
  signIn,
  spawnServer,
  statusOf,
  stopServer,
  tempDir,
  typeAtEnd,
  waitFor,
  type ServerChild,
} from './sync-helpers';
import { haveRedis, REDIS_SERVER, startRedis, type TestRedis } from './redis-helpers';

if (!haveRedis) console.warn(`sync-redis.test.ts: ${REDIS_SERVER} is not installed; the two-process Redis test is skipped`);

describe.skipIf(!haveRedis)('two server processes through Redis', () => {
  let redis: TestRedis;
  let script: string;

  beforeAll(async () => {
    script = await bundleServerChild();
    redis = await startRedis();
  });
  afterAll(() => {
    cleanUp({ bundles: true });
    redis?.process.kill('SIGKILL');
  });

  it('an edit at a desktop of server a reaches a desktop of server b and back; a move made on a is seen at b; each process keeps both edits in its own log', async () => {
    const dataDir = tempDir();
    const people = await addPeople(createAuthenticator({ dataDir }));
    const [a, b]: ServerChild[] = await Promise.all([spawnServer(script, dataDir, { instance: 'a', redisPort: redis.port }), spawnServer(script, dataDir, { instance: 'b', redisPort: redis.port })]);
    expect(a.url).not.toBe(b.url);
    const token = await signIn(a.url, 'soan');
    const reviewerToken = await signIn(b.url, 'duyet');
    const documentId = await shareDocument(a.url, token, { reviewerIds: [people.reviewer.id] });

    // The record made on a is read by b (same data folder).
    const listedOnB = (await http<{ documents: Array<{ id: string }> }>(b.url, 'GET', '/api/documents', { token: reviewerToken })).body.documents.map((d) => d.id);
    expect(listedOnB).toContain(documentId);

    const atA = await openClient(a.syncUrl, documentId, token);
    const atB = await openClient(b.syncUrl, documentId, reviewerToken);
    expect(documentOf(atB.doc)).toEqual(documentOf(atA.doc));

    typeAtEnd(atA.doc, 1, ' (từ máy chủ a)');
    await atA.acknowledged();
    await waitFor(() => bodyText(atB.doc, 1) === 'Mục đích (từ máy chủ a)', 'the edit of a at the desktop of b', 10_000);

    typeAtEnd(atB.doc, 2, ' (từ máy chủ b)');
    await atB.acknowledged();
    await waitFor(() => bodyText(atA.doc, 2).endsWith(' (từ máy chủ b)'), 'the edit of b at the desktop of a', 10_000);

    // A review move made by server a (a server write) reaches the desktop of b.
    expect(await atA.move({ move: 'submit', reviewer: { accountId: people.reviewer.id } })).toMatchObject({ ok: true, status: 'submitted' });
    await waitFor(() => statusOf(atB.doc) === 'submitted', 'the submitted status at the desktop of b', 10_000);
    // …and the reviewer decides on b.
    expect(await atB.move({ move: 'return', note: 'Sửa lại' })).toMatchObject({ ok: true, status: 'returned' });
    await waitFor(() => statusOf(atA.doc) === 'returned', 'the returned status at the desktop of a', 10_000);
    await waitFor(() => JSON.stringify(documentOf(atA.doc)) === JSON.stringify(documentOf(atB.doc)), 'both desktops to hold the same document', 10_000);
    const expected = documentOf(atA.doc);

    atA.close();
    atB.close();
    await Promise.all([stopServer(a), stopServer(b)]);

    // Each process alone (no Redis) from its own update log: the edits of both, and both moves.
    for (const instance of ['a', 'b']) {
      const alone = await spawnServer(script, dataDir, { instance });
      const client = await openClient(alone.syncUrl, documentId, token);
      expect(documentOf(client.doc), `instance ${instance}`).toEqual(expected);
      client.close();
      await stopServer(alone);
    }
  }, 60_000);
});
