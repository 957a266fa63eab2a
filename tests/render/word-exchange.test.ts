/**
 * The DOCX copies as another word processor reads them: LibreOffice opens the comments copy, the
 * tracked-changes copy and the clean copy (converted to flat ODT, whose XML says what it
 * understood), and saves the comments copy again as .docx, which importWordComments reads back.
 *
 *   - comments: office:annotation with the author (dc:creator), initials, text, the resolved flag
 *     (loext:resolved, from commentsExtended.xml) and the commented passage;
 *   - changes: text:changed-region insertions and deletions by the author, the deleted and inserted
 *     text between text:change-start and text:change-end (a whole deleted or inserted paragraph
 *     runs on to the next paragraph: its mark was understood);
 *   - the clean copy: neither.
 *
 * Two soffice runs in beforeAll (flat ODT, then .docx). Without LibreOffice the suite is skipped
 * with the reason.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/node/libreoffice';
import { writeDocx } from '../../core/docx/write-docx';
import type { BodyBlock, VanBanDocument } from '../../core/model/types';
import { importWordComments } from '../../core/review/word-comments';
import { kids, parseXml, type XmlElement } from '../helpers/docx-xml';
import { para } from '../fixtures/documents';
import { TEXT, reviewComment, reviewPlan } from '../docx/review-plan';

const soffice = findSoffice();
if (!soffice) console.warn('[render tests] word-exchange SKIPPED: LibreOffice (soffice) is not installed (set VANBAN_SOFFICE or put soffice on PATH).');

const AUTHOR = 'Nguyễn Văn A';

/** One soffice run converting every file to `format` in `outDir`; a throw-away profile. */
async function convert(format: 'fodt' | 'docx', files: string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
  const args = ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', format, '--outdir', outDir, ...files];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(soffice!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`soffice did not finish:\n${text}`));
      }, 110_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(text);
        else reject(new Error(`soffice exited with ${code}:\n${text}`));
      });
    });
    const outputs = files.map((file) => join(outDir, basename(file).replace(/\.docx$/, `.${format}`)));
    const missing = outputs.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`soffice wrote no ${missing.join(', ')}:\n${output}`);
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Character content of ODF text, with text:s, text:tab and text:line-break as what they stand for. */
function odfText(node: XmlElement, out: { text: string } = { text: '' }): string {
  for (const child of node.children) {
    if (typeof child === 'string') out.text += child;
    else if (child.name === 'text:s') out.text += ' '.repeat(Number(child.attrs['text:c'] ?? 1));
    else if (child.name === 'text:tab') out.text += '\t';
    else if (child.name === 'text:line-break') out.text += '\n';
    else odfText(child, out);
  }
  return out.text;
}

interface Annotation {
  creator: string;
  initials: string;
  text: string;
  resolved: string | undefined;
  /** The body text between the annotation and its annotation-end. */
  passage: string;
}

interface ChangeRegion {
  type: string;
  creator: string;
  /** Body text between text:change-start and text:change-end; a paragraph end is "\n". */
  text: string;
}

/** What LibreOffice understood: annotations with their passages, and tracked changes with their text. */
function readOdt(path: string): { annotations: Annotation[]; changes: ChangeRegion[] } {
  const root = parseXml(readFileSync(path, 'utf8'));
  const annotations: Annotation[] = [];
  const openAnnotations = new Map<string, Annotation>();
  const regions = new Map<string, ChangeRegion>();
  const openChanges = new Set<string>();
  const add = (text: string): void => {
    for (const a of openAnnotations.values()) a.passage += text;
    for (const id of openChanges) regions.get(id)!.text += text;
  };
  const field = (element: XmlElement, name: string): string => {
    const found = kids(element).find((c) => c.name === name);
    return found ? odfText(found) : '';
  };
  // Character data counts inside paragraphs only (between elements the flat ODT is indented).
  let inParagraph = 0;
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        if (inParagraph > 0) add(child);
        continue;
      }
      switch (child.name) {
        case 'text:tracked-changes':
          for (const region of kids(child, 'text:changed-region')) {
            const [change] = kids(region);
            const info = kids(change).find((c) => c.name === 'office:change-info')!;
            regions.set(region.attrs['text:id'], { type: change.name, creator: field(info, 'dc:creator'), text: '' });
          }
          break;
        case 'office:annotation': {
          const annotation: Annotation = {
            creator: field(child, 'dc:creator'),
            initials: field(child, 'meta:creator-initials'),
            text: kids(child, 'text:p').map((p) => odfText(p)).join('\n'),
            resolved: child.attrs['loext:resolved'],
            passage: '',
          };
          annotations.push(annotation);
          openAnnotations.set(child.attrs['office:name'], annotation);
          break;
        }
        case 'office:annotation-end':
          openAnnotations.delete(child.attrs['office:name']);
          break;
        case 'text:change-start':
          openChanges.add(child.attrs['text:change-id']);
          break;
        case 'text:change-end':
          openChanges.delete(child.attrs['text:change-id']);
          break;
        case 'text:s':
          add(' '.repeat(Number(child.attrs['text:c'] ?? 1)));
          break;
        case 'text:tab':
          add('\t');
          break;
        case 'text:p':
        case 'text:h':
          inParagraph += 1;
          walk(child);
          inParagraph -= 1;
          add('\n');
          break;
        default:
          walk(child);
      }
    }
  };
  walk(root);
  return { annotations, changes: [...regions.values()] };
}

/** The drafter's next version of the review plan: a word replaced, a paragraph removed, one added, a new number. */
function nextVersion(before: VanBanDocument): VanBanDocument {
  const body = before.body.map((section): BodyBlock => {
    if (section.type !== 'section') return section;
    const children = section.children.flatMap((block): BodyBlock[] => {
      if (block.id === 'p-1' && 'content' in block) return [{ ...block, content: [{ text: TEXT.p1.replace('Tăng cường', 'Đẩy mạnh') }] } as BodyBlock];
      if (block.id === 'p-3') return [];
      if (block.id === 'p-2') return [block, para('Đoạn mới về đào tạo kỹ năng số.', { id: 'p-4' })];
      return [block];
    });
    return { ...section, children };
  });
  return { ...before, body, header: { ...before.header, number: 7 } };
}

const commented = reviewPlan();
const loneResolved = reviewPlan({ comments: [reviewComment('only', 'Đã xử lý xong.', { resolved: true, anchor: { blockId: 'p-2', start: 0, end: 6 } })] });
const before = reviewPlan({ comments: [] });
const after = nextVersion(before);

let dir = '';
let odt: Record<'comments' | 'resolved' | 'changes' | 'clean', ReturnType<typeof readOdt>>;
let savedByLibreOffice: Uint8Array;

describe.skipIf(!soffice)('LibreOffice reads the DOCX copies', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-word-exchange-'));
    const { review: _review, ...since } = before;
    const files = {
      comments: await writeDocx(commented),
      resolved: await writeDocx(loneResolved),
      changes: await writeDocx(after, { comments: false, changesSince: { document: since, author: AUTHOR, date: '2026-02-01T09:00:00+07:00' } }),
      clean: await writeDocx(commented, { comments: false }),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const outputs = await convert('fodt', paths, join(dir, 'odt'));
    odt = Object.fromEntries(Object.keys(files).map((name, index) => [name, readOdt(outputs[index])])) as typeof odt;
    const [resaved] = await convert('docx', [paths[0]], join(dir, 'docx'));
    savedByLibreOffice = new Uint8Array(readFileSync(resaved));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every comment with its author, initials, text and resolved state', () => {
    const shown = odt.comments.annotations.map(({ creator, initials, text, resolved }) => ({ creator, initials, text, resolved }));
    expect(shown).toEqual(
      expect.arrayContaining([
        { creator: 'Nguyễn Thị B', initials: 'NTB', text: 'Nên nêu rõ hình thức tuyên truyền.', resolved: 'false' },
        { creator: 'Trần Văn C', initials: 'TVC', text: 'Đồng ý, sẽ bổ sung.', resolved: 'false' },
        { creator: 'Lê Thị D', initials: 'LTD', text: 'Đã sửa tiêu đề.', resolved: 'true' },
      ]),
    );
    expect(shown).toHaveLength(3);
  });

  it('anchors each comment on its passage', () => {
    const passage = (text: string) => odt.comments.annotations.find((a) => a.text === text)?.passage;
    expect(passage('Nên nêu rõ hình thức tuyên truyền.')).toBe('công tác tuyên truyền');
    expect(passage('Đã sửa tiêu đề.')).toBe('NỘI');
  });

  it('shows a resolved comment resolved even when the file has no reply', () => {
    expect(odt.resolved.annotations.map(({ creator, text, resolved }) => ({ creator, text, resolved }))).toEqual([
      { creator: 'Nguyễn Thị B', text: 'Đã xử lý xong.', resolved: 'true' },
    ]);
  });

  it('shows the tracked changes as insertions and deletions by the author, with their text', () => {
    const { changes } = odt.changes;
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change.creator).toBe(AUTHOR);
    const texts = (type: string) => changes.filter((c) => c.type === type).map((c) => c.text);
    expect(texts('text:deletion')).toEqual(expect.arrayContaining(['05', 'Tăng cường', `${TEXT.p3}\n`]));
    expect(texts('text:insertion')).toEqual(expect.arrayContaining(['07', 'Đẩy mạnh', 'Đoạn mới về đào tạo kỹ năng số.\n']));
  });

  it('the clean copy has neither comments nor tracked changes', () => {
    expect(odt.clean.annotations).toEqual([]);
    expect(odt.clean.changes).toEqual([]);
  });

  it('a comments copy saved again by LibreOffice imports back: our comments are duplicates, or land on the same passages', () => {
    const again = importWordComments(savedByLibreOffice, commented, '2026-03-01T00:00:00.000Z');
    expect(again.report).toEqual({ found: 3, added: 0, orphaned: 0, duplicates: 3 });

    const fresh = importWordComments(savedByLibreOffice, { ...commented, comments: [] }, '2026-03-01T00:00:00.000Z');
    expect(fresh.report).toMatchObject({ found: 3, added: 3, orphaned: 0 });
    const byText = (text: string) => fresh.document.comments.find((c) => c.text === text)!;
    expect(byText('Nên nêu rõ hình thức tuyên truyền.')).toMatchObject({ author: 'Nguyễn Thị B', anchor: { blockId: 'p-1', start: 11, end: 32 }, quote: 'công tác tuyên truyền' });
    expect(byText('Đã sửa tiêu đề.')).toMatchObject({ anchor: { blockId: 's-1', start: 0, end: 3 }, resolved: true });
  });
});
