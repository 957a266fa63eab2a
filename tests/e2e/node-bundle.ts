/** Builds and loads the test-side Node bundle (support/node-entry.ts). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export type NodeSide = typeof import('./support/node-entry');

export const NODE_BUNDLE = join(REPO_ROOT, 'node_modules', '.cache', 'vanban-e2e', 'node-side.cjs');

/** Bundles support/node-entry.ts (globalSetup, once per run). */
export async function buildNodeBundle(): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['tests/e2e/support/node-entry.ts'],
    outfile: NODE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

let loaded: NodeSide | undefined;

export function nodeSide(): NodeSide {
  loaded ??= createRequire(import.meta.url)(NODE_BUNDLE) as NodeSide;
  return loaded;
}
