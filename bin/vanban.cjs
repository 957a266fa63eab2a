#!/usr/bin/env node
'use strict';
// The `vanban` command: runs the bundled CLI built by scripts/build.mjs (npm install / npm run build).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'vanban.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('vanban: not built; run npm install (or npm run build)\n');
  process.exit(2);
}
require(bundle);
