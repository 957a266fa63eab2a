/**
 * Renderer build: root renderer/, relative asset paths (loaded from file:// in Electron and
 * from the browser-mode server), output dist/renderer. Everything is bundled: no CDN, no
 * external URLs, no web fonts.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { spellingDictionary } from '../scripts/vite/spelling-dictionary';

const root = import.meta.dirname;

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
