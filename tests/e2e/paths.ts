/** Where the end-to-end tests find the repository, the built renderer and the templates. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');
