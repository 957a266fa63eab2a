#!/usr/bin/env node
// `npm start`: builds when dist/ is missing or older than the sources, then starts the Electron
// app where an Electron binary is installed and runs, and browser mode otherwise.
//   npm start -- [--dir <folder>] [--browser] [other arguments passed on]
// --browser skips Electron. The Electron binary is found the way the `electron` package finds
// it (node_modules/electron/path.txt, ELECTRON_OVERRIDE_DIST_PATH) without `require('electron')`,
// which would try to download a missing binary from the network.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passOn = args.filter((arg) => arg !== '--browser');

const SOURCE_DIRS = ['core', 'electron', 'renderer'];
const SOURCE_FILES = ['package.json', 'scripts/build.mjs'];

function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(root, dir));
  for (const file of SOURCE_FILES) if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

/** The build outputs this checkout should have. */
function expectedOutputs() {
  const outputs = ['dist/server/browser-mode.cjs'];
  if (existsSync(join(root, 'electron/main/main.ts'))) outputs.push('dist/electron/main.cjs');
  if (existsSync(join(root, 'electron/preload/preload.ts'))) outputs.push('dist/electron/preload.cjs');
  if (existsSync(join(root, 'renderer/vite.config.ts')) && process.env.VANBAN_SKIP_RENDERER !== '1') outputs.push('dist/renderer/index.html');
  return outputs.map((output) => join(root, output));
}

function needsBuild() {
  const outputs = expectedOutputs();
  if (outputs.some((output) => !existsSync(output))) return true;
  const oldest = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return oldest < newestSource();
}

function build() {
  console.log('Building VanBan Studio (dist/ is missing or older than the sources)…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('VanBan Studio: the build failed (see above); nothing started.');
    process.exit(result.status ?? 1);
  }
}

/** { path } of a runnable Electron binary, or { reason } why there is none. */
function findElectron() {
  if (!existsSync(join(root, 'dist/electron/main.cjs'))) return { reason: 'the Electron main process is not built' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no graphical display: DISPLAY and WAYLAND_DISPLAY are not set' };
  }
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  let relative;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary;
  if (override) binary = join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  else if (relative) binary = join(packageDir, 'dist', relative);
  else return { reason: 'its binary was never downloaded' };
  if (!existsSync(binary)) return { reason: `its binary is missing: ${binary}` };
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.code === 'ETIMEDOUT' ? 'it did not answer within 5 seconds' : (probe.error?.message ?? `exit ${probe.status}`);
    return { reason: `its binary does not run (${why})` };
  }
  return { path: binary };
}

/** Runs a child with the terminal, passing Ctrl+C / SIGTERM on, and exits with its status. */
function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`VanBan Studio: cannot start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (needsBuild()) build();

const electron = forceBrowser ? { reason: '--browser was given' } : findElectron();
if (electron.path) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron.path, [join(root, 'dist/electron/main.cjs'), ...passOn], env);
} else {
  if (!forceBrowser) console.log(`Electron is not available on this machine (${electron.reason}); starting browser mode instead.`);
  run(process.execPath, [join(root, 'dist/server/browser-mode.cjs'), ...passOn]);
}
