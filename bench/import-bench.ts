/**
 * npm run bench:import: import speed on generated 50- and 300-page plans (bench/generate-plan.ts),
 * from DOCX (our writer's file) and from text laid out as a PDF copy gives it (lines wrapped at the
 * page width, a form feed and a page number every page, the header's columns one after the other).
 * Median of runs, in process. Target (issue 9): under 300 ms for 50 pages from DOCX.
 */
import { writeDocx } from '../core/docx/write-docx';
import { formatNumberAndCode } from '../core/format/number-code';
import { formatPlaceAndDate } from '../core/format/date';
import { formatRecipientLines } from '../core/format/recipients';
import { signatureAuthorityLines } from '../core/format/signature';
import { importDocx, importText } from '../core/import';
import { numberBody } from '../core/numbering/numbering';
import type { BodyBlock, InlineText, VanBanDocument } from '../core/model/types';
import { generatePlan } from './generate-plan';

const RUNS = { 50: 9, 300: 5 } as const;
const LINE = 80;
const LINES_PER_PAGE = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function wrap(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > LINE) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

const runsText = (runs: InlineText[]) => runs.map((r) => r.text).join('');

/** The plan as pdftotext gives it from a printed copy. */
function planAsPdfText(doc: VanBanDocument): string {
  const lines: string[] = [doc.header.issuingAgency.replace(/\n/g, ' '), formatNumberAndCode(doc.kind, doc.variant, doc.header), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', formatPlaceAndDate(doc.header.place, doc.header.date), 'KẾ HOẠCH', doc.summary];
  const markers = numberBody(doc.body);
  const walk = (blocks: readonly BodyBlock[]) => {
    for (const block of blocks) {
      if (block.type === 'table') continue;
      const marker = markers.get(block.id) ?? '';
      lines.push(...wrap(`${marker ? `${marker} ` : ''}${runsText(block.content)}`));
      if ('children' in block) walk(block.children);
    }
  };
  walk(doc.body);
  lines.push(...wrap(`${doc.closing}./.`), 'Nơi nhận:', ...formatRecipientLines(doc.recipients, doc.archive, doc.variant), ...signatureAuthorityLines(doc.signature, doc.variant), doc.signature.signerName);
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(`${i > 0 ? `${i / LINES_PER_PAGE + 1}\n\n` : ''}${lines.slice(i, i + LINES_PER_PAGE).join('\n')}`);
  return pages.join('\n\f');
}

async function main() {
  console.log('Import speed (median of runs, in process):');
  for (const pages of [50, 300] as const) {
    const doc = generatePlan(pages);
    const docx = await writeDocx(doc);
    const text = planAsPdfText(doc);
    // Wall time, and this process's CPU time (what a busy shared machine does not inflate as much).
    const time = (task: () => unknown) => {
      task(); // warm-up
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < RUNS[pages]; i++) {
        const start = performance.now();
        const used = process.cpuUsage();
        task();
        const spent = process.cpuUsage(used);
        wall.push(performance.now() - start);
        cpu.push((spent.user + spent.system) / 1000);
      }
      return { wall: median(wall), cpu: median(cpu) };
    };
    const fromDocx = time(() => importDocx(docx));
    const fromText = time(() => importText(text));
    const blocks = importText(text).report.blocks;
    const show = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)} ms)`;
    console.log(`  ${String(pages).padStart(3)} pages: DOCX ${show(fromDocx)} [${Math.round(docx.byteLength / 1024)} KB], text ${show(fromText)} [${Math.round(text.length / 1024)} K chars, ${Object.values(blocks).reduce((a, b) => a + b, 0)} blocks]`);
    if (pages === 50) console.log(`    target: 50 pages from DOCX under 300 ms: ${fromDocx.wall < 300 ? 'met' : 'NOT met'} (wall time)`);
  }
}

void main();
