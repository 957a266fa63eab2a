/**
 * Kill-during-save harness (bundled and run by scripts/kill-harness.mjs). The parent starts a
 * worker that saves one document over and over (every other round also writing the session's
 * recovery copy, as autosave does), kills it with SIGKILL at a random moment, then "restarts" as
 * the app does (the start-up sweep of temporary files) and checks what is on disk: the document
 * and its .bak open, the recovery copy reads, and no temporary file is left.
 *
 *   worker mode: <bundle> worker <dir> <kilobytes>
 *   parent mode: <bundle> run [--kills N] [--lanes L] [--min-kb 10] [--max-kb 5120] [--seed S] [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BodyBlock, VanBanDocument } from '../core/model/types';
import { makePlan } from '../tests/fixtures/documents';
import { readDocumentFile, saveDocumentFile } from '../electron/node/document-store';
import { createRecoveryStore } from '../electron/node/recovery-store';
import { sweepAtStart, TEMP_FILE_NAME } from '../electron/node/temp-sweep';

const TARGET = 'ke-hoach.vanban';
const SESSION = 'phien-lam-viec';

/** A document whose file is about `kilobytes` long. */
function documentOfSize(kilobytes: number, round: number): VanBanDocument {
  const line = `Tổ chức tuyên truyền, phổ biến Nghị định số 30/2020/NĐ-CP đến cán bộ, công chức, viên chức (vòng ${round}). `.repeat(8);
  const count = Math.max(1, Math.round((kilobytes * 1024) / (Buffer.byteLength(line) + 120)));
  const body: BodyBlock[] = Array.from({ length: count }, (_, index) => ({ type: 'paragraph', id: `p${index}`, content: [{ text: line }] }));
  return makePlan({ summary: `Kế hoạch vòng ${round}`, body });
}

async function worker(dir: string, kilobytes: number): Promise<void> {
  const documentsDir = join(dir, 'VanBan');
  const recovery = createRecoveryStore(join(dir, 'user-data'));
  const target = join(documentsDir, TARGET);
  const docs = [documentOfSize(kilobytes, 1), documentOfSize(kilobytes, 2)];
  for (let round = 0; ; round++) {
    const started = performance.now();
    const doc = docs[round % 2];
    await saveDocumentFile(target, doc);
    if (round % 2 === 1) await recovery.write(SESSION, { originalPath: target, title: doc.summary, document: doc });
    process.stdout.write(`saved ${Math.round(performance.now() - started)}\n`);
  }
}

interface Counts {
  kills: number;
  documentsKb: { min: number; max: number };
  killedWhileSaving: number;
  corruptTargets: number;
  corruptBackups: number;
  corruptRecovery: number;
  tempFilesBeforeSweep: number;
  leftoverTempFilesAfterRestart: number;
  missingTargets: number;
  /** Kills per document size (KB). */
  bySize: Record<string, number>;
  seconds: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so a run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tempFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && TEMP_FILE_NAME.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

async function loads(path: string): Promise<boolean | null> {
  if (!existsSync(path)) return null;
  try {
    await readDocumentFile(path);
    return true;
  } catch {
    return false;
  }
}

/** Starts a worker; resolves once its first save is done (the next one is under way), with the durations it reports. */
function startWorker(bundle: string, dir: string, kilobytes: number): Promise<{ child: ChildProcess; saves: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, 'worker', dir, String(kilobytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const saves: number[] = [];
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('saved ')) {
          saves.push(Number(line.slice(6)));
          if (saves.length === 1) resolve({ child, saves });
        }
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker exited by itself (code ${code}, signal ${signal})`));
    });
  });
}

async function run(bundle: string, options: { kills: number; minKb: number; maxKb: number; seed: number }): Promise<Counts> {
  const started = performance.now();
  const next = random(options.seed);
  const root = mkdtempSync(join(tmpdir(), 'vanban-kill-'));
  const documentsDir = join(root, 'VanBan');
  const userDataDir = join(root, 'user-data');
  mkdirSync(documentsDir, { recursive: true });
  const counts: Counts = {
    kills: 0,
    documentsKb: { min: options.minKb, max: options.maxKb },
    killedWhileSaving: 0,
    corruptTargets: 0,
    corruptBackups: 0,
    corruptRecovery: 0,
    tempFilesBeforeSweep: 0,
    leftoverTempFilesAfterRestart: 0,
    missingTargets: 0,
    bySize: {},
    seconds: 0,
  };
  try {
    for (let kill = 0; kill < options.kills; kill++) {
      // Sizes spread evenly on a log scale between the bounds, in 8 buckets.
      const bucket = Math.floor(next() * 8);
      const kilobytes = Math.round(options.minKb * Math.pow(options.maxKb / options.minKb, bucket / 7));
      const { child, saves } = await startWorker(bundle, root, kilobytes);
      // Somewhere in the next save or the one after (the first one's time is the measure).
      const delay = next() * 1.5 * saves[0];
      await new Promise((resolve) => setTimeout(resolve, delay));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      counts.kills++;
      counts.bySize[kilobytes] = (counts.bySize[kilobytes] ?? 0) + 1;
      if (counts.kills % 50 === 0) process.stderr.write(`  lane ${options.seed}: ${counts.kills}/${options.kills} kills\n`);
      const before = tempFiles(root).length;
      counts.tempFilesBeforeSweep += before;
      if (before > 0) counts.killedWhileSaving++;

      // Restart: what the app does at start, then what the user would open.
      await sweepAtStart({ documentsDir, userDataDir });
      counts.leftoverTempFilesAfterRestart += tempFiles(root).length;
      const target = await loads(join(documentsDir, TARGET));
      if (target === null) counts.missingTargets++;
      if (target === false) counts.corruptTargets++;
      if ((await loads(join(documentsDir, `${TARGET}.bak`))) === false) counts.corruptBackups++;
      if (existsSync(join(userDataDir, 'recovery', `${SESSION}.json`))) {
        try {
          await createRecoveryStore(userDataDir).read(SESSION);
        } catch {
          counts.corruptRecovery++;
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  counts.seconds = Math.round((performance.now() - started) / 100) / 10;
  return counts;
}

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'worker') {
  await worker(rest[0], Number(rest[1]));
} else if (mode === 'run') {
  // Lanes run side by side, each in its own folder (the waiting is mostly disk flushes).
  const kills = option(rest, '--kills', 1000);
  const lanes = Math.min(kills, option(rest, '--lanes', 1));
  const seed = option(rest, '--seed', 20261203);
  const minKb = option(rest, '--min-kb', 10);
  const maxKb = option(rest, '--max-kb', 5120);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: lanes }, (_, lane) =>
      run(process.argv[1], { kills: Math.floor(kills / lanes) + (lane < kills % lanes ? 1 : 0), minKb, maxKb, seed: seed + lane }),
    ),
  );
  const counts = results.reduce((sum, lane) => {
    for (const key of Object.keys(lane) as Array<keyof Counts>) {
      if (typeof lane[key] === 'number') (sum[key] as number) += lane[key] as number;
    }
    for (const [kb, n] of Object.entries(lane.bySize)) sum.bySize[kb] = (sum.bySize[kb] ?? 0) + n;
    return sum;
  });
  counts.seconds = Math.round((performance.now() - started) / 100) / 10;
  if (rest.includes('--json')) console.log(JSON.stringify(counts));
  else {
    console.log(`kill-during-save: ${counts.kills} kills (documents ${counts.documentsKb.min} KB–${counts.documentsKb.max} KB), ${counts.seconds} s`);
    console.log(`  killed with a temporary file on disk: ${counts.killedWhileSaving} (${counts.tempFilesBeforeSweep} temporary files)`);
    console.log(`  corrupt targets: ${counts.corruptTargets}, corrupt .bak: ${counts.corruptBackups}, corrupt recovery copies: ${counts.corruptRecovery}`);
    console.log(`  leftover temporary files after restart: ${counts.leftoverTempFilesAfterRestart}, targets missing: ${counts.missingTargets}`);
    console.log(`  kills by document size (KB): ${Object.entries(counts.bySize).map(([kb, n]) => `${kb}: ${n}`).join(', ')}`);
  }
  const failed = counts.corruptTargets + counts.corruptBackups + counts.corruptRecovery + counts.leftoverTempFilesAfterRestart;
  process.exit(failed === 0 ? 0 : 1);
} else {
  console.error('usage: kill-harness run [--kills N] [--min-kb K] [--max-kb K] [--seed S] [--json]');
  process.exit(2);
}
