/**
 * Builds the app once before the end-to-end run (node scripts/build.mjs → dist/renderer), so
 * the tests always drive the current sources (VANBAN_E2E_NO_BUILD=1 keeps dist/ as it is), and
 * bundles the Node-side code the tests call (node-bundle.ts). The tests serve a copy of the
 * renderer taken here (paths.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium';
import { buildNodeBundle } from './node-bundle';
import { BUILT_RENDERER_DIR, REPO_ROOT, RENDERER_DIR } from './paths';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) return; // every test skips with a message (fixtures.ts)
  await buildNodeBundle();
  if (process.env.VANBAN_E2E_NO_BUILD !== '1') {
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`The build failed, end-to-end tests not run:\n${build.stdout}${build.stderr}`);
    }
  }
  if (!existsSync(join(BUILT_RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer at ${BUILT_RENDERER_DIR}/index.html: run node scripts/build.mjs`);
  }
  rmSync(RENDERER_DIR, { recursive: true, force: true });
  cpSync(BUILT_RENDERER_DIR, RENDERER_DIR, { recursive: true });
}
