/**
 * Renderer build plugin: the Vietnamese spelling dictionary (dictionary-vi, GPL-2.0: a separate
 * work used as data) is copied as it is, with its licence and readme, to
 * dist/renderer/dictionaries/vi/, where the spell-check worker fetches it
 * (renderer/spell/spell-client.ts). It is never bundled into code. Build tooling: runs in Node,
 * so it lives outside renderer/ (whose code runs in the page).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export function spellingDictionary(): Plugin {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-vi'));
  return {
    name: 'vanban-spelling-dictionary',
    apply: 'build',
    generateBundle() {
      for (const [from, to] of [['index.aff', 'index.aff'], ['index.dic', 'index.dic'], ['license', 'LICENSE.txt'], ['readme.md', 'README.md']]) {
        this.emitFile({ type: 'asset', fileName: `dictionaries/vi/${to}`, source: readFileSync(join(folder, from)) });
      }
    },
  };
}
