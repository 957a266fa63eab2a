// One text import limit for the app and the CLI, and a body nested too deep refused naming the
// field (not "Maximum call stack size exceeded").
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHostService } from '../../electron/node/host-service';
import { MAX_TEXT_BYTES } from '../../electron/node/import-file';
import { buildCli, documentFileText, errorLineOf, runVanban, sampleDocument, tempDir } from './helpers';

beforeAll(() => buildCli());

function deepBody(levels: number): unknown[] {
  let block: Record<string, unknown> = { type: 'paragraph', id: 'leaf', content: [{ text: 'Đáy' }] };
  for (let level = 0; level < levels; level++) block = { type: 'section', id: `s${level}`, content: [{ text: 'Mục' }], children: [block] };
  return [block];
}

describe('text import limit', () => {
  it('is 5 MB in the app and in the CLI', async () => {
    expect(MAX_TEXT_BYTES).toBe(5 * 1024 * 1024);
    const dir = tempDir();
    const text = 'KẾ HOẠCH\nTuyên truyền cải cách hành chính\n'.repeat(Math.ceil((6 * 1024 * 1024) / 60));
    writeFileSync(join(dir, 'lon.txt'), text);
    expect(errorLineOf(runVanban(['import', 'lon.txt', '-o', 'lon.vanban'], { cwd: dir }))).toContain('the limit is 5 MB');

    const documentsDir = join(dir, 'VanBan');
    mkdirSync(documentsDir);
    writeFileSync(join(documentsDir, 'lon.txt'), text);
    const host = createHostService({ mode: 'browser', documentsDir, userDataDir: join(dir, 'user-data'), templatesDir: join(__dirname, '../../templates'), version: '1' });
    await expect(host.importDocument({ path: 'lon.txt' })).rejects.toMatchObject({ code: 'too-large', params: { limitMb: 5 } });
  });
});

describe('depth limit', () => {
  it('vanban export of a body nested 800 levels deep names the field', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sau.vanban'), documentFileText({ ...sampleDocument(), body: deepBody(800) }));
    const line = errorLineOf(runVanban(['export', 'sau.vanban', '-o', 'sau.docx'], { cwd: dir }));
    expect(line).toMatch(/document\.body\[0\](\.children\[0\])+: nested/);
    expect(line).not.toMatch(/call stack|unexpected error/i);
  });
});
