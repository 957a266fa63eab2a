import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, findImports, formatViolation, listSourceFiles, scanLayer } from './layering-scan';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('layering: dependency direction', () => {
  it('scans the real core/ sources', () => {
    expect(listSourceFiles(root, 'core')).toContain(path.join('core', 'index.ts'));
  });

  it('core/ imports no Node, Electron, React, Slate, i18next or app-layer paths', () => {
    expect(scanLayer('core', root).map(formatViolation)).toEqual([]);
  });

  it('renderer/ imports neither electron nor Node built-ins', () => {
    expect(scanLayer('renderer', root).map(formatViolation)).toEqual([]);
  });
});

describe('layering: the scanner itself', () => {
  const badCore = [
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import * as fsp from 'fs/promises';",
    "import type { BrowserWindow } from 'electron';",
    'import {',
    '  useState,',
    '  useEffect,',
    "} from 'react';",
    "export { Editor } from 'slate-react';",
    "import i18n from 'i18next';",
    "const ipc = require('../electron/ipc');",
    "const view = await import('../renderer/App');",
    "import './side-effect';",
    "// import os from 'node:os';  (comment: ignored)",
    "const text = 'Kế hoạch';",
  ].join('\n');

  it('finds static, multi-line, re-export, require and dynamic imports but not comments', () => {
    expect(findImports(badCore).map((ref) => `${ref.line} ${ref.specifier}`)).toEqual([
      '1 node:fs',
      '2 path',
      '3 fs/promises',
      '4 electron',
      '8 react',
      '9 slate-react',
      '10 i18next',
      '11 ../electron/ipc',
      '12 ../renderer/App',
      '13 ./side-effect',
    ]);
  });

  it('names the offending file and import for core/', () => {
    const file = path.join('core', 'bad.ts');
    expect(checkSource('core', root, file, badCore).map(formatViolation)).toEqual([
      "core/bad.ts:1 imports 'node:fs' (Node built-in)",
      "core/bad.ts:2 imports 'path' (Node built-in)",
      "core/bad.ts:3 imports 'fs/promises' (Node built-in)",
      "core/bad.ts:4 imports 'electron' (Electron)",
      "core/bad.ts:8 imports 'react' (React)",
      "core/bad.ts:9 imports 'slate-react' (Slate)",
      "core/bad.ts:10 imports 'i18next' (i18next)",
      "core/bad.ts:11 imports '../electron/ipc' (path into electron/)",
      "core/bad.ts:12 imports '../renderer/App' (path into renderer/)",
    ]);
  });

  it('lets renderer/ use React and core/ but not electron or Node', () => {
    const source = [
      "import { createRoot } from 'react-dom/client';",
      "import { Slate } from 'slate-react';",
      "import { validateDocument } from '../core/index';",
      "import { ipcRenderer } from 'electron';",
      "import { openFile } from '../electron/node/files';",
      "import { join } from 'node:path';",
    ].join('\n');
    const file = path.join('renderer', 'App.tsx');
    expect(checkSource('renderer', root, file, source).map(formatViolation)).toEqual([
      "renderer/App.tsx:4 imports 'electron' (Electron)",
      "renderer/App.tsx:5 imports '../electron/node/files' (path into electron/)",
      "renderer/App.tsx:6 imports 'node:path' (Node built-in)",
    ]);
  });

  it('accepts pure core imports', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { VanBanDocument } from '../model/types';",
      "import rules from '../data/decree30.json';",
    ].join('\n');
    expect(checkSource('core', root, path.join('core', 'rules', 'ok.ts'), source)).toEqual([]);
  });
});
