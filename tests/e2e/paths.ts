/** Where the end-to-end tests find the repository, the built renderer and the templates. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built renderer (scripts/build.mjs). */
export const BUILT_RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
/**
 * The copy of it the tests serve, taken once before the run: a build started meanwhile (it
 * empties dist/renderer first) cannot pull the files from under a running test.
 */
export const RENDERER_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'vanban-e2e', 'renderer');
export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');
