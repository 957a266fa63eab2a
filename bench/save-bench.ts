/**
 * The cost of a document's history: a 300-page plan with 1, 10 and 30 versions is opened through
 * the host service (as the app does), then edited and saved, and autosaved, several times. Each
 * call gets its own copy of the document, as one coming over IPC does (the copy is not timed).
 * Targets: the file with 30 versions under 2× the file with 1; saving with 30 within 1.5× of 1.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHostService } from '../electron/node/host-service';
import type { VanBanDocument } from '../core/model/types';
import { serializeDocument } from '../core/file/document-file';
import { editRound, planWithVersions } from './versioned-plan';

const PAGES = 300;
const VERSION_COUNTS = [1, 10, 30];
const RUNS = 5;

interface HistoryFigures {
  versions: number;
  bytes: number;
  save: number;
  autosave: number;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function benchHistory(work: string, fmt: (ms: number) => string, median: (values: number[]) => number): Promise<void> {
  // The plans live in the documents folder: the host's file scope opens them without a dialog.
  const documentsDir = join(work, 'documents');
  mkdirSync(documentsDir, { recursive: true });
  const host = createHostService({ mode: 'electron', documentsDir, userDataDir: join(work, 'user-data'), version: 'bench' });
  const rows: HistoryFigures[] = [];
  for (const versions of VERSION_COUNTS) {
    const path = join(documentsDir, `history-${versions}.vanban`);
    writeFileSync(path, serializeDocument(await planWithVersions(PAGES, versions)));
    let { document } = await host.openDocument({ path });
    const saves: number[] = [];
    const autosaves: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      document = editRound(document as VanBanDocument, 100 + run);
      const sent = structuredClone(document);
      saves.push(await timed(() => host.saveDocument({ path, document: sent })));
      const autosent = structuredClone(document);
      autosaves.push(await timed(() => host.autosave({ sessionId: `bench-${versions}`, originalPath: path, document: autosent })));
    }
    rows.push({ versions, bytes: statSync(path).size, save: median(saves), autosave: median(autosaves) });
  }
  console.log(`\n${PAGES}-page plan with a review history (host service, median of ${RUNS} edits)`);
  console.log('  versions   file size    save        autosave');
  for (const row of rows) {
    console.log(`  ${String(row.versions).padStart(8)}   ${(row.bytes / 1e6).toFixed(2).padStart(6)} MB   ${fmt(row.save).padStart(9)}   ${fmt(row.autosave).padStart(9)}`);
  }
  const one = rows[0];
  const thirty = rows[rows.length - 1];
  const sizeRatio = thirty.bytes / one.bytes;
  const saveRatio = thirty.save / one.save;
  console.log(`  size 30 / 1 versions: ${sizeRatio.toFixed(2)}×  (target < 2: ${sizeRatio < 2 ? 'met' : 'NOT met'})`);
  console.log(`  save 30 / 1 versions: ${saveRatio.toFixed(2)}×  (target ≤ 1.5: ${saveRatio <= 1.5 ? 'met' : 'NOT met'})`);
  console.log(`  autosave 30 / 1 versions: ${(thirty.autosave / one.autosave).toFixed(2)}×`);
}
