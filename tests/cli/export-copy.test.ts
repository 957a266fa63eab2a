/** `vanban export --copy clean|comments|changes [--since <version>]`: the three DOCX copies of the app's export menu. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../core/file/document-file';
import type { ParagraphBlock, SectionBlock, VanBanDocument } from '../../core/model/types';
import { saveVersion } from '../../core/review/workflow';
import { DRAFTER, LEADER } from '../electron/review-documents';
import { comment, makePlan } from '../fixtures/documents';
import { buildCli, errorLineOf, runVanban, tempDir } from './helpers';

beforeAll(() => buildCli());

/** A plan with a leader's comment, two saved versions, then an edited summary. */
async function reviewedPlan(): Promise<VanBanDocument> {
  const doc = makePlan();
  const paragraph = (doc.body[1] as SectionBlock).children[0] as ParagraphBlock;
  const first = await saveVersion({ ...doc, comments: [comment(paragraph.id, 'Đề nghị làm rõ nhiệm vụ', { author: LEADER.name, initials: LEADER.initials })] }, 'Bản trình lần 1', DRAFTER, '2025-03-01T08:00:00.000Z');
  const second = await saveVersion({ ...first, closing: 'Trên đây là Kế hoạch chuyển đổi số năm 2023 (bản sửa).' }, 'Bản trình lần 2', DRAFTER, '2025-03-02T08:00:00.000Z');
  return { ...second, summary: 'Chuyển đổi số và đổi mới sáng tạo tỉnh Quảng Trị năm 2023' };
}

function parts(path: string): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

async function folder(): Promise<{ dir: string; doc: VanBanDocument }> {
  const dir = tempDir();
  const doc = await reviewedPlan();
  writeFileSync(join(dir, 'kh.vanban'), serializeDocument(doc));
  return { dir, doc };
}

describe('vanban export --copy', () => {
  it('writes the clean copy by default and with --copy clean: no comments', async () => {
    const { dir } = await folder();
    for (const args of [[], ['--copy', 'clean']]) {
      const result = runVanban(['export', 'kh.vanban', '-o', 'out.docx', '--force', ...args], { cwd: dir });
      expect([result.status, result.stderr]).toEqual([0, '']);
      const docx = parts(join(dir, 'out.docx'));
      expect(docx['word/comments.xml']).toBeUndefined();
      expect(docx['word/document.xml']).not.toContain('<w:ins ');
    }
  });

  it('writes the reviewers’ comments with --copy comments', async () => {
    const { dir } = await folder();
    expect(runVanban(['export', 'kh.vanban', '-o', 'gop-y.docx', '--copy', 'comments'], { cwd: dir }).status).toBe(0);
    const docx = parts(join(dir, 'gop-y.docx'));
    expect(docx['word/comments.xml']).toContain('Đề nghị làm rõ nhiệm vụ');
    expect(docx['word/comments.xml']).toContain(`w:author="${LEADER.name}"`);
  });

  it('writes the changes since a version, named by number or id, as tracked changes', async () => {
    const { dir, doc } = await folder();
    expect(runVanban(['export', 'kh.vanban', '-o', 'tu-lan-1.docx', '--copy', 'changes', '--since', '1'], { cwd: dir }).status).toBe(0);
    const sinceFirst = parts(join(dir, 'tu-lan-1.docx'))['word/document.xml'];
    expect(sinceFirst).toMatch(/<w:ins\b[^>]*w:author="Trần Văn An"/);
    expect(sinceFirst).toContain('đổi mới sáng tạo');
    expect(sinceFirst).toContain('(bản sửa)');
    expect(parts(join(dir, 'tu-lan-1.docx'))['word/comments.xml']).toBeUndefined();

    const id = doc.review.versions[1].id;
    const result = runVanban(['export', 'kh.vanban', '-o', 'tu-lan-2.docx', '--copy', 'changes', '--since', id, '--author', 'Phạm Thu Hà'], { cwd: dir });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const sinceSecond = parts(join(dir, 'tu-lan-2.docx'))['word/document.xml'];
    expect(sinceSecond).toMatch(/<w:ins\b[^>]*w:author="Phạm Thu Hà"/);
    // The closing was already changed in version 2: not a change since then.
    expect(sinceSecond).not.toMatch(/<w:ins\b[^>]*>(?:(?!<\/w:ins>).)*bản sửa/s);
  });

  it.each([
    [['--copy', 'all'], '--copy must be clean, comments, changes: all'],
    [['--copy', 'changes'], '--copy changes needs --since <version>'],
    [['--since', '1'], '--since goes with --copy changes'],
    [['--copy', 'changes', '--since', '3'], 'kh.vanban has no version "3" (it has 2 versions'],
    [['--copy', 'changes', '--since', 'v-khong-co'], 'has no version "v-khong-co"'],
  ])('refuses %j in one line, writing nothing', async (args, message) => {
    const { dir } = await folder();
    expect(errorLineOf(runVanban(['export', 'kh.vanban', '-o', 'out.docx', ...args], { cwd: dir }))).toContain(message);
    expect(() => readFileSync(join(dir, 'out.docx'))).toThrow(/ENOENT/);
  });

  it('keeps comments and changes to DOCX (not PDF), and documents --copy in --help', async () => {
    const { dir } = await folder();
    expect(errorLineOf(runVanban(['export', 'kh.vanban', '-o', 'out.pdf', '--copy', 'comments'], { cwd: dir }))).toContain('use -o <file.docx>');
    expect(runVanban(['--help']).stdout).toContain('[--copy clean|comments|changes]');
  });
});
