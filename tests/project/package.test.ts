// The packaging check: electron-builder packs the app offline against a stand-in Electron (with a
// fuse wire, read back after packing) and the
// packed app.asar is checked (scripts/package-check.mjs). The rules are also run on made-up
// packages, so each one is shown to catch what it is meant to catch.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { checkPackage, packedModules, pageAssets, requiredModules } from '../../scripts/package-check-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Check = { name: string; ok: boolean; detail: string };

const GOOD = {
  entries: [
    '/dist', '/dist/electron', '/dist/electron/main.cjs', '/dist/electron/preload.cjs',
    '/dist/renderer', '/dist/renderer/index.html', '/dist/renderer/assets/index-abc.js', '/dist/renderer/assets/index-abc.css',
    '/package.json', '/templates', '/templates/cong-van.json', '/templates/profiles', '/templates/profiles/so-gddt.json',
  ],
  packageJson: { name: 'vanban-studio', main: 'dist/electron/main.cjs' },
  devDependencies: ['vitest', 'vite', 'typescript', 'esbuild', 'electron', 'electron-builder', '@types/node'],
  sources: {
    'dist/electron/main.cjs': 'var e=require("electron"),f=require("node:fs"),p=require("path");',
    'dist/electron/preload.cjs': 'const { contextBridge } = require("electron");',
    'dist/renderer/index.html': '<script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="stylesheet" href="./assets/index-abc.css">',
  },
  executable: true,
};

function failures(overrides: Partial<typeof GOOD>): Record<string, string> {
  const checks: Check[] = checkPackage({ ...GOOD, ...overrides });
  return Object.fromEntries(checks.filter((check) => !check.ok).map((check) => [check.name, check.detail]));
}

describe('package check rules', () => {
  it('accept a complete, clean package', () => {
    expect(failures({})).toEqual({});
  });

  it('catch a missing main, preload, renderer or templates', () => {
    const without = (...names: string[]) => GOOD.entries.filter((entry) => !names.some((name) => entry.startsWith(name)));
    expect(failures({ entries: without('/dist/electron/preload.cjs') })).toEqual({ preload: 'dist/electron/preload.cjs is not packed' });
    expect(Object.keys(failures({ entries: without('/dist/electron/main.cjs') }))).toEqual(['main process']);
    expect(Object.keys(failures({ entries: without('/dist/renderer/index.html') }))).toEqual(['renderer']);
    expect(failures({ entries: without('/templates/') })).toEqual({ templates: 'no templates/*.json packed; no templates/profiles/*.json packed' });
    expect(failures({ executable: false })).toEqual({ executable: 'the app executable is missing from the unpacked folder' });
    expect(failures({ packageJson: { name: 'vanban-studio', main: 'electron/main/main.ts' } })).toEqual({
      'entry point': 'package.json main is "electron/main/main.ts", expected "dist/electron/main.cjs"',
    });
  });

  it('catch tests, sources and dev-only modules', () => {
    expect(failures({ entries: [...GOOD.entries, '/tests/core/text.test.ts', '/core/index.ts'] })).toEqual({
      'no sources or tests': 'tests/ is packed; core/ is packed; tests/core/text.test.ts is packed; core/index.ts is packed',
    });
    const modules = ['/node_modules/vitest/package.json', '/node_modules/@types/node/index.d.ts', '/node_modules/docx/node_modules/esbuild/lib/main.js', '/node_modules/zod/package.json'];
    expect(failures({ entries: [...GOOD.entries, ...modules] })).toEqual({
      'no dev-only modules': 'node_modules/@types/node is packed; node_modules/esbuild is packed; node_modules/vitest is packed',
    });
  });

  it('catch a bundle that requires a module that was not packed, and a page asset that is missing', () => {
    const sources = { ...GOOD.sources, 'dist/electron/main.cjs': 'require("electron");require("docx/build");require("zod")' };
    expect(failures({ sources, entries: [...GOOD.entries, '/node_modules/zod/package.json'] })).toEqual({
      'starts from what was packed': 'dist/electron/main.cjs requires "docx/build", which is not packed',
    });
    const entries = GOOD.entries.filter((entry) => !entry.endsWith('.css'));
    expect(failures({ entries })).toEqual({
      'starts from what was packed': 'dist/renderer/index.html loads assets/index-abc.css, which is not packed',
    });
  });

  it('read module names, requires and page assets', () => {
    expect(packedModules(['/node_modules/@types', '/node_modules/@types/node/x.d.ts', '/node_modules/a/node_modules/b/i.js'])).toEqual(['@types/node', 'a', 'b']);
    expect(requiredModules('require("node:fs");require(\'electron\');x.require("y")')).toEqual(['electron', 'node:fs', 'y']);
    expect(pageAssets('<script src="./a.js?v=1"></script><link href="https://x/y.css"><img src="data:,">')).toEqual(['a.js']);
  });
});

describe('package check: electron-builder against a stand-in Electron, offline', () => {
  it('packs the app with main, preload, renderer and templates, and nothing dev-only', { timeout: 180_000 }, () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/package-check.mjs'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 175_000,
      env: { ...process.env, VANBAN_SKIP_RENDERER: '1' },
    });
    let report: { ok: boolean; error?: string; checks: Check[]; entries: string[] };
    try {
      report = JSON.parse(run.stdout);
    } catch {
      throw new Error(`package check printed no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    expect(report.error).toBeUndefined();
    expect(report.checks.map((check) => check.name)).toEqual([
      'executable', 'main process', 'preload', 'renderer', 'templates', 'entry point', 'no sources or tests', 'no dev-only modules', 'starts from what was packed', 'fuses',
    ]);
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.entries).toEqual(expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'templates/cong-van.json']));
    expect(report.entries.filter((entry) => entry.startsWith('tests/'))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
