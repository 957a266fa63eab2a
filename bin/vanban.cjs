#!/usr/bin/env node
'use strict';
// The `vanban` command: runs the bundled CLI built by scripts/build.mjs (npm install / npm run build).
//
// Start-up: the bundle is compiled with V8's code cache (dist/cli/vanban.cjs.cache, what Node 22's
// module.enableCompileCache does, which Node 20 lacks), so a run does not parse and compile the
// bundled DOCX library again. The cache is made by the build and, when missing or stale (another
// Node version, a rebuilt bundle), at the end of a run; when it cannot be read or written the
// bundle is simply compiled as usual. VANBAN_CODE_CACHE=off disables it, =write rewrites it.
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli', 'vanban.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('vanban: not built; run npm install (or npm run build)\n');
  process.exit(2);
}

const mode = process.env.VANBAN_CODE_CACHE;
if (mode === 'off') {
  require(bundle);
} else {
  const cacheFile = `${bundle}.cache`;
  let cachedData;
  if (mode !== 'write') {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made after the run, so it holds the functions the command compiled too.
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // A folder that cannot be written (a system-wide install): no cache, same result.
        rmSync(temp, { force: true });
      }
    });
  }
  const bundled = new Module(bundle, module);
  bundled.filename = bundle;
  bundled.paths = Module._nodeModulePaths(dirname(bundle));
  bundled.loaded = true;
  script.runInThisContext()(bundled.exports, (id) => bundled.require(id), bundled, bundle, dirname(bundle));
}
