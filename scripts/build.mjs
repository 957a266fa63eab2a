// Bundles the Node entry points with esbuild. Runs as `npm run build` and as the npm `prepare`
// script, so `npm install` / `npm ci` leave a runnable `vanban` CLI. Prints one line.
// Outputs are written atomically (temp file + rename), so a build never leaves a half-written
// bundle for a CLI that is starting at the same moment (e.g. parallel test files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  if (process.env.npm_lifecycle_event === 'prepare') {
    console.log('build skipped: esbuild is not installed (dev dependencies omitted)');
    process.exit(0);
  }
  console.error('build failed: esbuild is not installed; run npm install');
  process.exit(1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  write: false,
  logLevel: 'warning',
  absWorkingDir: root,
};

const builds = [
  {
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/vanban.cjs',
    format: 'cjs',
    // Shared Node modules fall back to import.meta.url only when __dirname is missing (ESM).
    logOverride: { 'empty-import-meta': 'silent' },
    // The office server's LevelDB binding finds its prebuilt binary beside its own package.
    external: ['classic-level'],
  },
];

if (existsSync(join(root, 'bench/export-bench.ts'))) {
  builds.push({
    ...common,
    entryPoints: ['bench/export-bench.ts'],
    outfile: 'dist/bench/export-bench.mjs',
    format: 'esm',
    // Bundled CommonJS dependencies call require(); give ESM one.
    banner: { js: "import { createRequire as __vanbanCreateRequire } from 'node:module'; const require = __vanbanCreateRequire(import.meta.url);" },
  });
}

if (existsSync(join(root, 'bench/import-bench.ts'))) {
  builds.push({
    ...common,
    entryPoints: ['bench/import-bench.ts'],
    outfile: 'dist/bench/import-bench.mjs',
    format: 'esm',
    banner: { js: "import { createRequire as __vanbanCreateRequire } from 'node:module'; const require = __vanbanCreateRequire(import.meta.url);" },
  });
}

// Optional entry points: each is built once its source exists.
const optional = [
  // Electron main process and preload (CommonJS: what Electron loads with sandboxed preloads).
  { entry: 'electron/main/main.ts', outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] },
  { entry: 'electron/preload/preload.ts', outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] },
  // Browser mode: the same Node services over HTTP on 127.0.0.1.
  { entry: 'electron/server/main.ts', outfile: 'dist/server/browser-mode.cjs', format: 'cjs' },
];
for (const { entry, ...options } of optional) {
  if (existsSync(join(root, entry))) {
    builds.push({ ...common, entryPoints: [entry], logOverride: { 'empty-import-meta': 'silent' }, ...options });
  }
}

async function writeAtomic(path, contents) {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * The CLI's V8 code cache (bin/vanban.cjs): made by exporting a template document once, so the
 * first real run already starts fast. Best effort: without it the first run makes it.
 */
function seedCliCodeCache() {
  const bin = join(root, 'bin', 'vanban.cjs');
  rmSync(join(root, 'dist', 'cli', 'vanban.cjs.cache'), { force: true });
  const work = mkdtempSync(join(tmpdir(), 'vanban-cache-'));
  try {
    const run = (args, cache) => spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore', env: { ...process.env, VANBAN_CODE_CACHE: cache } }).status === 0;
    const doc = join(work, 'seed.vanban');
    if (run(['new', 'ke-hoach-phu-luc', '-o', doc], 'off')) run(['export', doc, '-o', join(work, 'seed.docx')], 'write');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const files = results.flatMap((result) => result.outputFiles);
  await Promise.all(files.map((file) => writeAtomic(file.path, file.contents)));
  seedCliCodeCache();
  // The renderer (React + Slate) is built by Vite into dist/renderer once its config exists.
  const viteConfig = join(root, 'renderer/vite.config.ts');
  if (existsSync(viteConfig) && process.env.VANBAN_SKIP_RENDERER !== '1') {
    const { build } = await import('vite');
    await build({ configFile: viteConfig, logLevel: 'warn' });
    builds.push({ outfile: 'dist/renderer/' });
  }
  const names = builds.map((options) => options.outfile).join(', ');
  console.log(`built ${names} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  // esbuild has already printed the details of build errors.
  console.error(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
