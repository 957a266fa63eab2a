/**
 * Renderer build: root renderer/, relative asset paths (loaded from file:// in Electron and
 * from the browser-mode server), output dist/renderer. Everything is bundled: no CDN, no
 * external URLs, no web fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/**
 * The Vietnamese spelling dictionary (dictionary-vi, GPL-2.0: a separate work used as data) is
 * copied as it is, with its licence and readme, to dist/renderer/dictionaries/vi/, where the
 * spell-check worker fetches it (renderer/spell/spell-client.ts). It is never bundled into code.
 */
function spellingDictionary(): Plugin {
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

export default defineConfig({
  root,
  base: './',
  plugins: [react(), spellingDictionary()],
  // The spell-check worker is an ES module (new Worker(..., { type: 'module' })).
  worker: { format: 'es' },
  publicDir: false,
  build: {
    outDir: `${root}/../dist/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // Small assets stay files: the CSP allows img-src data: but fonts/scripts must come from 'self'.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
