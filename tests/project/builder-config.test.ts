import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const checker = path.join(root, 'scripts', 'check-builder-config.mjs');
const realConfig = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-builder-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(file?: string): { code: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, file ? [checker, file] : [checker], { cwd: root, encoding: 'utf8' });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return { code: result.status, lines };
}

function checkVariant(name: string, edit: (yaml: string) => string): { code: number | null; lines: string[] } {
  const edited = edit(realConfig);
  expect(edited).not.toBe(realConfig);
  const file = path.join(tmp, `${name}.yml`);
  writeFileSync(file, edited);
  return check(file);
}

describe('electron-builder.yml checker', () => {
  it('accepts the real configuration', () => {
    expect(check()).toEqual({ code: 0, lines: ['electron-builder.yml: OK'] });
  });

  it('rejects a per-machine installer', () => {
    const result = checkVariant('per-machine', (y) => y.replace(/perMachine: false/, 'perMachine: true'));
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/nsis\.perMachine must be false/)]);
  });

  it('rejects an unknown top-level key through the electron-builder schema', () => {
    const result = checkVariant('unknown-key', (y) => `${y}\nautoUpdateChannel: beta\n`);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/schema: .*unknown property 'autoUpdateChannel'/)]);
  });

  it('rejects a wrongly typed nsis option through the schema', () => {
    const result = checkVariant('bad-type', (y) => y.replace(/oneClick: false/, 'oneClick: [no]'));
    expect(result.code).toBe(1);
    expect(result.lines.join('\n')).toMatch(/schema: configuration\.nsis\.oneClick should be a boolean/);
  });

  it('reports each missing product requirement on its own line', () => {
    const result = checkVariant('missing', (y) =>
      y.replace(/\s+- vi_VN/, '').replace(/- x64/, '- ia32').replace(/ext: vanban/, 'ext: docx'),
    );
    expect(result.code).toBe(1);
    const problems = result.lines.map((line) => line.replace(/^.*?\.yml: /, ''));
    expect(problems).toEqual([
      'win nsis target must build for arch x64',
      'nsis.installerLanguages must include vi_VN',
      'fileAssociations must include ext "vanban"',
      'fileAssociations must not claim .docx',
    ]);
  });

  it('reports an unreadable file', () => {
    const result = check(path.join(tmp, 'does-not-exist.yml'));
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/does-not-exist\.yml: cannot read: ENOENT/)]);
  });
});
