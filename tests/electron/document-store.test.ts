import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { VanBanDocument } from '../../core/model/types';
import { DocumentFileError } from '../../core/file/errors';
import { CURRENT_FORMAT_VERSION } from '../../core/file/migrations';
import { emptyReview } from '../../core/model/empty-review';
import { FileAccessError, writeFileAtomic } from '../../electron/node/atomic-write';
import { readDocumentFile, saveDocumentFile } from '../../electron/node/document-store';
import { sampleDocument } from '../cli/helpers';

const ROOT = resolve(__dirname, '../..');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vanban-store-'));
}

/** The CLI's sample (a version 2 document, no comments) with the review record version 3 adds. */
function doc(summary = 'Tuyên truyền cải cách hành chính năm 2025'): VanBanDocument {
  return { ...sampleDocument(), summary, review: emptyReview() } as unknown as VanBanDocument;
}

describe('saveDocumentFile / readDocumentFile', () => {
  it('round-trips a document and leaves no temporary files', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    await saveDocumentFile(file, doc());
    expect(await readDocumentFile(file)).toEqual(doc());
    expect(readdirSync(dir)).toEqual(['plan.vanban']);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('{\n  "format": "vanban",\n  "version": 4,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps the previous version as .bak', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    await saveDocumentFile(file, doc('Bản thứ nhất'));
    const first = readFileSync(file, 'utf8');
    await saveDocumentFile(file, doc('Bản thứ hai'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(first);
    expect((await readDocumentFile(file)).summary).toBe('Bản thứ hai');
    await saveDocumentFile(file, doc('Bản thứ ba'));
    expect((await readDocumentFile(`${file}.bak`)).summary).toBe('Bản thứ hai');
    expect(readdirSync(dir).sort()).toEqual(['plan.vanban', 'plan.vanban.bak']);
  });

  it('saves text as NFC even when given NFD', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    const nfd = 'Kế hoạch tuyên truyền Nghị định'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    await saveDocumentFile(file, { ...doc(nfd), closing: nfd });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('"summary": "Kế hoạch tuyên truyền Nghị định"'.normalize('NFC'));
    expect((await readDocumentFile(file)).closing).toBe(nfd.normalize('NFC'));
  });

  it('refuses an invalid document without touching the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    await saveDocumentFile(file, doc());
    const before = readFileSync(file, 'utf8');
    const bad = { ...doc(), header: { ...doc().header, date: { day: 1, month: 13, year: 2025 } } };
    await expect(saveDocumentFile(file, bad)).rejects.toThrow(/header\.date\.month/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.vanban']);
  });

  it('fails clearly when the target path is a folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plan.vanban'));
    const error = await saveDocumentFile(join(dir, 'plan.vanban'), doc()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileAccessError);
    expect((error as Error).message).toBe(`Cannot save "${join(dir, 'plan.vanban')}": it is a folder, not a file`);
    expect(readdirSync(dir)).toEqual(['plan.vanban']);
  });

  it('fails clearly when the folder does not exist', async () => {
    const dir = tempDir();
    const file = join(dir, 'missing', 'plan.vanban');
    await expect(saveDocumentFile(file, doc())).rejects.toThrow(`Cannot save "${file}": the folder does not exist`);
  });

  it('leaves the old file unchanged when the backup cannot be written', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    await saveDocumentFile(file, doc('Bản cũ'), { keepBackup: false });
    const before = readFileSync(file, 'utf8');
    mkdirSync(`${file}.bak`); // a folder where the backup should go
    await expect(saveDocumentFile(file, doc('Bản mới'))).rejects.toThrow(/^Cannot save ".*plan\.vanban": /);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['plan.vanban', 'plan.vanban.bak']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'leaves the old file unchanged in a read-only folder (permission denied)',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'plan.vanban');
      await saveDocumentFile(file, doc('Bản cũ'));
      const before = readFileSync(file, 'utf8');
      chmodSync(dir, 0o555);
      try {
        await expect(saveDocumentFile(file, doc('Bản mới'))).rejects.toThrow('permission denied');
      } finally {
        chmodSync(dir, 0o755);
      }
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(readdirSync(dir)).toEqual(['plan.vanban']);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'leaves the old file unchanged and no temp file when the disk runs out mid-write',
    () => {
      // A child process whose file-size limit (ulimit -f, 1 KiB blocks) is 4 KiB: writing a larger
      // document fails part-way with EFBIG, as a full disk would with ENOSPC.
      const dir = tempDir();
      const file = join(dir, 'plan.vanban');
      writeFileSync(file, 'old content\n');
      const script = `
        import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'electron/node/atomic-write.ts'))};
        try {
          await writeFileAtomic(${JSON.stringify(file)}, 'x'.repeat(64 * 1024), { keepBackup: true });
          console.log('saved');
        } catch (error) {
          console.log(error.code + ' | ' + error.message);
        }`;
      writeFileSync(join(dir, 'child.ts'), script);
      buildSync({
        entryPoints: [join(dir, 'child.ts')],
        outfile: join(dir, 'child.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
      });
      const result = spawnSync('sh', ['-c', `ulimit -f 4 && "${process.execPath}" "${join(dir, 'child.mjs')}"`], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(`EFBIG | Cannot save "${file}": the file is too large for this disk or system limit`);
      expect(readFileSync(file, 'utf8')).toBe('old content\n');
      expect(readdirSync(dir).sort()).toEqual(['child.mjs', 'child.ts', 'plan.vanban']);
    },
  );
});

describe('writeFileAtomic', () => {
  it('writes bytes and replaces an existing file, keeping its permissions', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.docx');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect([...readFileSync(file)]).toEqual([0x50, 0x4b, 3, 4]);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.docx']);
  });
});

describe('readDocumentFile errors', () => {
  it('a missing file', async () => {
    const file = join(tempDir(), 'nope.vanban');
    const error = await readDocumentFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileAccessError);
    expect((error as FileAccessError).code).toBe('ENOENT');
    expect((error as Error).message).toBe(`Cannot open "${file}": file not found`);
  });

  it('a file over the size limit', async () => {
    const file = join(tempDir(), 'big.vanban');
    writeFileSync(file, ' '.repeat(3 * 1024 * 1024));
    const error = await readDocumentFile(file, { maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect((error as FileAccessError).code).toBe('TOO_LARGE');
    expect((error as Error).message).toBe(`Cannot open "${file}": the file is too large (3 MB; the limit is 1 MB)`);
  });

  it('a file that is not UTF-8 text', async () => {
    const file = join(tempDir(), 'bin.vanban');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const error = await readDocumentFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentFileError);
    expect((error as DocumentFileError).code).toBe('not-json');
  });

  it('content errors keep their DocumentFileError code', async () => {
    const file = join(tempDir(), 'doc.vanban');
    writeFileSync(file, JSON.stringify({ format: 'vanban', version: CURRENT_FORMAT_VERSION + 1, document: {} }));
    const error = await readDocumentFile(file).catch((e: unknown) => e);
    expect((error as DocumentFileError).code).toBe('newer-version');
  });
});
