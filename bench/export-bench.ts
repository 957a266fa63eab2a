/**
 * npm run bench: DOCX export speed, and the cost of a document's history.
 *  - in-process: writeDocx on generated 50- and 300-page plans (median of runs);
 *  - CLI: `vanban export` on the same plans as files (median of runs, Node start-up included);
 *  - pandoc (where installed): the same content from Markdown to DOCX, and the ratio CLI / pandoc;
 *  - batch: `vanban export` of 20 plans into a folder in one process;
 *  - history: save and autosave through the host service of a 300-page plan with 1, 10 and 30
 *    versions, and its file size (save-bench.ts).
 * Targets: in-process 50 pages under 100 ms; CLI / pandoc ≤ 0.5 at 50 pages and ≤ 0.3 at 300;
 * file with 30 versions under 2× the file with 1; save with 30 versions within 1.5× of 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocx } from '../core/docx/write-docx';
import { serializeDocument } from '../core/file/document-file';
import { generatePlan, planAsMarkdown } from './generate-plan';
import { benchHistory } from './save-bench';

const RUNS_IN_PROCESS = 15;
const RUNS_COMMAND = 7;
const BATCH_PLANS = 20;
const BATCH_PAGES = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timeAsync(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

function timeCommand(runs: number, command: string, args: string[]): number[] | null {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.error || result.status !== 0) {
      console.log(`  ${command} failed: ${result.error?.message ?? result.stderr.toString().trim()}`);
      return null;
    }
    times.push(elapsed);
  }
  return times;
}

function hasCommand(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/** `vanban export` of BATCH_PLANS plans into a folder, one process, against as many single runs. */
async function benchBatch(work: string, cli: string): Promise<void> {
  const folder = join(work, 'batch');
  mkdirSync(folder, { recursive: true });
  const text = serializeDocument(generatePlan(BATCH_PAGES));
  const inputs = Array.from({ length: BATCH_PLANS }, (_, index) => {
    const path = join(folder, `plan-${index + 1}.vanban`);
    writeFileSync(path, text);
    return path;
  });
  const batch = timeCommand(3, process.execPath, [cli, 'export', ...inputs, '-d', join(work, 'batch-out'), '--force']);
  const single = timeCommand(RUNS_COMMAND, process.execPath, [cli, 'export', inputs[0], '-o', join(work, 'single.docx'), '--force']);
  console.log(`\nbatch export of ${BATCH_PLANS} plans of ${BATCH_PAGES} pages (one process, median of 3)`);
  if (batch) console.log(`  vanban export … -d:   ${fmt(median(batch))}  (${fmt(median(batch) / BATCH_PLANS)} a plan)`);
  if (single) console.log(`  ${BATCH_PLANS} single runs would take about ${fmt(median(single) * BATCH_PLANS)}`);
}

async function main(): Promise<void> {
  // dist/bench/export-bench.mjs → the project root.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const work = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
  const cli = join(root, 'bin', 'vanban.cjs');
  const pandoc = hasCommand('pandoc');
  console.log(`VanBan export benchmark (Node ${process.version}; median of ${RUNS_IN_PROCESS} in-process runs, ${RUNS_COMMAND} command runs)`);
  try {
    for (const pages of [50, 300]) {
      const doc = generatePlan(pages);
      await writeDocx(doc); // warm-up: JIT and module initialisation
      const inProcess = median(await timeAsync(RUNS_IN_PROCESS, () => writeDocx(doc)));
      const size = (await writeDocx(doc)).length;
      const source = join(work, `plan-${pages}.vanban`);
      writeFileSync(source, serializeDocument(doc));
      const cliTimes = timeCommand(RUNS_COMMAND, process.execPath, [cli, 'export', source, '-o', join(work, `plan-${pages}.docx`), '--force']);
      console.log(`\n${pages}-page plan (${size} bytes DOCX)`);
      console.log(`  in-process writeDocx: ${fmt(inProcess)}${pages === 50 ? `  (target < 100 ms: ${inProcess < 100 ? 'met' : 'NOT met'})` : ''}`);
      if (cliTimes) console.log(`  CLI vanban export:    ${fmt(median(cliTimes))}`);
      if (pandoc) {
        const markdown = join(work, `plan-${pages}.md`);
        writeFileSync(markdown, planAsMarkdown(doc));
        const pandocTimes = timeCommand(RUNS_COMMAND, 'pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(work, `pandoc-${pages}.docx`), markdown]);
        if (pandocTimes && cliTimes) {
          const ratio = median(cliTimes) / median(pandocTimes);
          const target = pages === 50 ? 0.5 : 0.3;
          console.log(`  pandoc md→docx:       ${fmt(median(pandocTimes))}`);
          console.log(`  ratio CLI / pandoc:   ${ratio.toFixed(2)}  (target ≤ ${target.toFixed(2)}: ${ratio <= target ? 'met' : 'NOT met'})`);
        }
      } else {
        console.log('  pandoc: not installed, comparison skipped (Debian package "pandoc")');
      }
    }
    await benchBatch(work, cli);
    await benchHistory(work, fmt, median);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
