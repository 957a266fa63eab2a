#!/usr/bin/env node
// Packaging check, offline: electron-builder packs the unpacked app (`--dir`, Linux x64) against
// a stand-in Electron folder made here (no download), then the packed app.asar is listed and
// checked (scripts/package-check-rules.mjs): main, preload, renderer and templates present, every
// module the bundles require packed, no sources, tests or dev-only modules.
//
// Works on a temporary copy of package.json, electron-builder.yml, templates/ and dist/; a missing
// renderer build is replaced by a placeholder page in that copy only. The repository is not
// changed except that `npm run build` refreshes dist/ first (skip with --no-build).
//
// Usage: node scripts/package-check.mjs [--json] [--no-build] [--keep]
// Prints one line per check and exits 1 when one fails; --json prints a JSON report instead.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFuses, checkPackage, MAIN, PRELOAD, RENDERER_INDEX } from './package-check-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const started = performance.now();
const BUILDER_TIMEOUT_MS = 150_000;

class CheckFailure extends Error {}

/** Stops the check; the temporary folder is removed before the process exits. */
function fail(message) {
  throw new CheckFailure(message);
}

function reportFailure(message) {
  if (json) console.log(JSON.stringify({ ok: false, error: message }, null, 2));
  else console.error(`package check failed: ${message}`);
  process.exit(1);
}

function tail(text, lines = 15) {
  return String(text ?? '').trim().split('\n').slice(-lines).join('\n');
}

/**
 * The fuse wire a real Electron binary carries (sentinel, wire version 1, length, one byte per
 * fuse), with Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect
 * on, ASAR integrity off, only-load-from-ASAR off, V8 snapshot off, file: privileges on. Packing
 * must flip them; the check reads them back from the packed executable.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_FUSES = '10110001';

/** An Electron "distribution" electron-builder accepts for a Linux --dir build. */
function makeStandInElectron(dir, version) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const executable = path.join(dir, 'electron');
  const script = '#!/bin/sh\necho "stand-in Electron for the VanBan Studio packaging check: not runnable" >&2\nexit 1\n';
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES, 'latin1')]);
  writeFileSync(executable, Buffer.concat([Buffer.from(script, 'latin1'), wire, Buffer.from('\n')]));
  chmodSync(executable, 0o755);
  writeFileSync(path.join(dir, 'version'), `${version}\n`);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n');
  for (const locale of ['en-US', 'vi']) writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
}

// 1. Fresh bundles.
if (!args.has('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8', env: process.env });
  if (build.status !== 0) reportFailure(`npm run build failed:\n${tail(build.stdout + build.stderr)}`);
}
for (const file of [MAIN, PRELOAD]) {
  if (!existsSync(path.join(root, file))) reportFailure(`${file} does not exist: run npm run build`);
}

// 2. A temporary copy of what electron-builder packs from.
const work = mkdtempSync(path.join(tmpdir(), 'vanban-package-'));
const cleanup = () => {
  if (!args.has('--keep')) rmSync(work, { recursive: true, force: true });
};
let report;
try {
  const app = path.join(work, 'app');
  mkdirSync(app);
  for (const name of ['package.json', 'electron-builder.yml', 'templates', 'dist', 'build']) {
    if (existsSync(path.join(root, name))) cpSync(path.join(root, name), path.join(app, name), { recursive: true, dereference: true });
  }
  const rendererPlaceholder = !existsSync(path.join(app, RENDERER_INDEX));
  if (rendererPlaceholder) {
    mkdirSync(path.dirname(path.join(app, RENDERER_INDEX)), { recursive: true });
    // The placeholder goes into the temporary copy only, never through a link into the repository.
    const folder = realpathSync(path.dirname(path.join(app, RENDERER_INDEX)));
    if (!folder.startsWith(realpathSync(work) + path.sep)) fail(`refusing to write a placeholder outside the temporary copy: ${folder}`);
    writeFileSync(path.join(app, RENDERER_INDEX), '<!doctype html><title>VanBan Studio (placeholder: renderer not built)</title>\n');
  }
  // electron-builder finds the production dependencies through node_modules.
  symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');

  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const electronDist = path.join(work, 'electron-dist');
  makeStandInElectron(electronDist, electronVersion);
  const output = path.join(work, 'out');

  // 3. electron-builder, with any network access pointed at a closed port.
  const deadProxy = 'http://127.0.0.1:9';
  const builder = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux', 'dir', '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
      '-c.npmRebuild=false',
    ],
    {
      cwd: app,
      encoding: 'utf8',
      timeout: BUILDER_TIMEOUT_MS,
      env: {
        ...process.env,
        HTTP_PROXY: deadProxy, HTTPS_PROXY: deadProxy, http_proxy: deadProxy, https_proxy: deadProxy, NO_PROXY: '', no_proxy: '',
        ELECTRON_BUILDER_CACHE: path.join(work, 'cache'),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
        npm_config_offline: 'true',
      },
    },
  );
  if (builder.error || builder.status !== 0) {
    const reason = builder.error ? builder.error.message : `exit code ${builder.status}`;
    fail(`electron-builder failed (${reason}):\n${tail(builder.stdout + builder.stderr, 25)}`);
  }

  // 4. What was packed.
  const unpacked = path.join(output, 'linux-unpacked');
  const archive = path.join(unpacked, 'resources', 'app.asar');
  if (!existsSync(archive)) fail(`no app.asar in ${unpacked}`);
  const asar = require('@electron/asar');
  const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  const read = (entry) => {
    try {
      return asar.extractFile(archive, entry).toString('utf8');
    } catch {
      return undefined;
    }
  };
  const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  let packageJson;
  try {
    packageJson = JSON.parse(read('package.json') ?? 'null');
  } catch {
    packageJson = null;
  }
  const sources = {};
  for (const entry of [MAIN, PRELOAD, RENDERER_INDEX]) {
    const text = read(entry);
    if (text !== undefined) sources[entry] = text;
  }
  const executableName = rootPackage.name;
  const executablePath = path.join(unpacked, executableName);
  const checks = checkPackage({
    entries,
    packageJson,
    devDependencies: Object.keys(rootPackage.devDependencies ?? {}),
    sources,
    executable: existsSync(executablePath),
  });
  // 5. The fuses electron-builder flipped, read back from the packed executable.
  let wire = null;
  try {
    wire = existsSync(executablePath) ? await require('@electron/fuses').getCurrentFuseWire(executablePath) : null;
  } catch {
    wire = null;
  }
  checks.push(checkFuses(wire));
  report = {
    ok: checks.every((check) => check.ok),
    checks,
    packedFiles: entries.length,
    rendererPlaceholder,
    electronVersion,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    entries,
  };
} catch (error) {
  cleanup();
  reportFailure(error instanceof CheckFailure ? error.message : (error?.stack ?? String(error)));
} finally {
  cleanup();
}

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const check of report.checks) console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail ? `: ${check.detail}` : ''}`);
  const note = report.rendererPlaceholder ? ' (renderer not built: a placeholder page was packed)' : '';
  console.log(`package check ${report.ok ? 'passed' : 'failed'}: ${report.packedFiles} files in app.asar, ${report.seconds} s${note}`);
}
process.exit(report.ok ? 0 : 1);
