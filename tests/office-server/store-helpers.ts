/**
 * Shared by the account, token, register and CLI tests of the office server: temporary data
 * folders, and small scripts (children/*.ts) bundled with esbuild and run as separate Node
 * processes, to prove what happens when several processes share one data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '../..');
const temps: string[] = [];
const bundleDirs: string[] = [];
const children = new Set<ChildProcess>();

export function tempDir(prefix = 'vanban-office-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/**
 * For afterEach: kills children still running and removes the temporary folders; with
 * `{ bundles: true }` (afterAll) also the bundled scripts.
 */
export function cleanUp(options: { bundles?: boolean } = {}): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  const dirs = options.bundles ? [...temps.splice(0), ...bundleDirs.splice(0)] : temps.splice(0);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/** Bundles tests/office-server/children/<name>.ts into a temporary folder; returns the .mjs path. */
export async function bundleChild(name: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'vanban-office-bundle-'));
  bundleDirs.push(outDir);
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'tests/office-server/children', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    // LevelDB's native binding (the office server child) is found next to its package, so it is not
    // bundled; the bundle lives in a temporary folder, so its require() resolves from the repository.
    external: ['classic-level'],
    banner: { js: `import { createRequire as __vanbanCreateRequire } from 'node:module'; const require = __vanbanCreateRequire(${JSON.stringify(join(ROOT, 'package.json'))});` },
  });
  return outfile;
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Kills `child` at the next cleanUp() if it is still running then. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.on('exit', () => children.delete(child));
}

/** Runs a bundled script with node; `input` is written to its stdin (then closed), else stdin is empty. */
export function runChild(script: string, args: string[], input?: string): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

/** 1, 2, … n. */
export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, index) => index + 1);
}
