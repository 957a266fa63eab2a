/**
 * The cost of a shared document on the server (issue 12): building the Y.Doc from a plan, reading it
 * back, its encoded size, and the update guard's time per incoming update (a keystroke in the body,
 * a new comment), for generated 50- and 300-page plans with 10 versions in their review record.
 * The guard keeps a shadow copy per document (core/sync/update-guard.ts): the first check of a
 * document builds it (one copy, the p95 outlier), later ones cost what the update changes, whatever
 * the document's size. Run: npm run bench:sync
 */
import * as Y from 'yjs';
import { commentToYMap, docRoots, documentToYDoc, guardUpdate, yDocToDocument } from '../core/sync';
import { planWithVersions } from './versioned-plan';
import { ms, percentile } from './stats';

const RUNS = 30;
const ACTOR = { accountId: 'drafter', role: 'drafter' } as const;
const ACCESS = { drafterId: 'drafter' };


function timed<T>(task: () => T): [T, number] {
  const start = performance.now();
  const result = task();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  for (const pages of [50, 300]) {
    const doc = await planWithVersions(pages, 10);
    const [ydoc, build] = timed(() => documentToYDoc(doc));
    const [, read] = timed(() => yDocToDocument(ydoc));
    const bytes = Y.encodeStateAsUpdate(ydoc).length;
    const keystroke: number[] = [];
    const comment: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(ydoc));
      const vector = Y.encodeStateVector(client);
      const element = (docRoots(client).body.toDelta() as Array<{ insert: Y.XmlText }>)[run + 5]!.insert;
      element.insert(0, 'a');
      const typed = Y.encodeStateAsUpdate(client, vector);
      const [decision, time] = timed(() => guardUpdate(ydoc, typed, ACTOR, ACCESS));
      if (!decision.allowed) throw new Error(`keystroke refused: ${decision.reason}`);
      keystroke.push(time);
      Y.applyUpdate(ydoc, typed);
      const before = Y.encodeStateVector(client);
      const blockId = element.getAttribute('id') as string;
      docRoots(client).comments.set(`c${run}`, commentToYMap({ id: `c${run}`, author: 'A', initials: 'A', date: '2026-12-04T09:00:00+07:00', text: 'Góp ý', anchor: { blockId, start: 0, end: 1 }, resolved: false, parentId: null, orphaned: false }, 'drafter', run));
      const [allowed, commentTime] = timed(() => guardUpdate(ydoc, Y.encodeStateAsUpdate(client, before), ACTOR, ACCESS));
      if (!allowed.allowed) throw new Error(`comment refused: ${allowed.reason}`);
      comment.push(commentTime);
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(client, before));
    }
    console.log(
      `${pages} pages, 10 versions: Y.Doc ${(bytes / 1024).toFixed(0)} KiB; build ${ms(build)}, read ${ms(read)}; ` +
        `guard keystroke p50 ${ms(percentile(keystroke, 50))} p95 ${ms(percentile(keystroke, 95))}; ` +
        `guard comment p50 ${ms(percentile(comment, 50))} p95 ${ms(percentile(comment, 95))}`,
    );
  }
}

void main();
