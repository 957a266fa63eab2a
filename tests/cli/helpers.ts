/** Shared helpers for the CLI tests: build once, run the real bin, temp folders and fixtures. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'bin/vanban.cjs');

/** Builds dist/cli/vanban.cjs with the real build script (as npm install does). */
export function buildCli(): void {
  // The renderer (Vite) is not needed by the CLI; parallel test files must not rebuild it at once.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VANBAN_SKIP_RENDERER: '1' } });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}${result.stdout}`);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runVanban(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'vanban-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Expects the one-line error contract: exit 2, one "vanban: …" line on stderr, no stack trace. */
export function errorLineOf(result: RunResult): string {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  if (result.status !== 2) throw new Error(`expected exit 2, got ${result.status}: ${result.stderr}`);
  if (lines.length !== 1) throw new Error(`expected one stderr line, got ${lines.length}: ${result.stderr}`);
  if (!lines[0].startsWith('vanban: ')) throw new Error(`stderr does not start with "vanban: ": ${lines[0]}`);
  if (/^\s+at /m.test(result.stderr)) throw new Error(`stack trace on stderr: ${result.stderr}`);
  return lines[0];
}

/** A complete, valid document (the current file format's `document`). */
export function sampleDocument(): Record<string, unknown> {
  return {
    kind: 'ke-hoach',
    variant: 'state',
    header: {
      parentAgency: 'UBND TỈNH QUẢNG TRỊ',
      issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      issuingAgencyInText: 'Sở Thông tin và Truyền thông',
      number: 12,
      agencyCode: 'STTTT',
      unitCode: '',
      place: 'Quảng Trị',
      date: { day: 5, month: 3, year: 2025 },
      secrecy: null,
      urgency: null,
    },
    summary: 'Tuyên truyền cải cách hành chính năm 2025',
    addressees: [],
    legalBasis: ['Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư'],
    body: [
      {
        type: 'section',
        id: 's1',
        content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }],
        children: [{ type: 'clause', id: 'c1', titled: true, content: [{ text: 'Mục đích' }], children: [] }],
      },
    ],
    closing: 'Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025.',
    signature: { collective: '', authority: 'KT', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Văn A' },
    recipients: ['UBND tỉnh (b/c)'],
    archive: 'VT, TTBCXB',
    appendices: [],
    comments: [],
  };
}

export function documentFileText(document: unknown, version = 2): string {
  return `${JSON.stringify({ format: 'vanban', version, document }, null, 2)}\n`;
}

/**
 * A templates folder of our own (VANBAN_TEMPLATES_DIR), so these tests do not depend on the
 * shipped templates' wording. Returns the folder.
 */
export function writeFixtureTemplates(dir: string): string {
  const templates = join(dir, 'templates');
  mkdirSync(join(templates, 'profiles'), { recursive: true });
  const base = sampleDocument();
  const plan = {
    id: 'ke-hoach-thu',
    title: 'Kế hoạch thử nghiệm',
    titleEn: 'Test plan',
    description: 'Mẫu dùng cho kiểm thử',
    descriptionEn: 'Template used by tests',
    document: {
      ...base,
      body: [
        {
          type: 'section',
          content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }],
          children: [{ type: 'paragraph', content: [{ text: '{{agency}} xây dựng Kế hoạch năm {{year}}.' }] }],
        },
      ],
    },
  };
  const letter = {
    id: 'cong-van-thu',
    title: 'Công văn thử nghiệm',
    titleEn: 'Test letter',
    description: '',
    descriptionEn: '',
    document: { ...base, kind: 'cong-van', addressees: ['Các phòng, ban'], summary: 'Về việc thử nghiệm' },
  };
  writeFileSync(join(templates, 'ke-hoach-thu.json'), JSON.stringify(plan, null, 2));
  writeFileSync(join(templates, 'cong-van-thu.json'), JSON.stringify(letter, null, 2));
  return templates;
}
