// What a packaged VanBan Studio must contain, checked against the file list of its app.asar.
// Pure functions (no disk, no electron-builder): scripts/package-check.mjs gathers the inputs,
// tests/project/package.test.ts also feeds them made-up packages to prove each rule can fail.
import { builtinModules } from 'node:module';

export const MAIN = 'dist/electron/main.cjs';
export const PRELOAD = 'dist/electron/preload.cjs';
export const RENDERER_INDEX = 'dist/renderer/index.html';

/**
 * The Electron fuses the packed binary must carry (electron-builder.yml `electronFuses`), by their
 * index in the fuse wire (@electron/fuses FuseV1Options): true = '1' (enabled), false = '0'.
 */
export const EXPECTED_FUSES = [
  { index: 0, name: 'RunAsNode', enabled: false },
  { index: 1, name: 'EnableCookieEncryption', enabled: true },
  { index: 2, name: 'EnableNodeOptionsEnvironmentVariable', enabled: false },
  { index: 3, name: 'EnableNodeCliInspectArguments', enabled: false },
  { index: 4, name: 'EnableEmbeddedAsarIntegrityValidation', enabled: true },
  { index: 5, name: 'OnlyLoadAppFromAsar', enabled: true },
  { index: 7, name: 'GrantFileProtocolExtraPrivileges', enabled: false },
];

const FUSE_ENABLED = 0x31;
const FUSE_DISABLED = 0x30;

/**
 * Checks the fuse wire read back from the packed executable (@electron/fuses getCurrentFuseWire:
 * { version, 0: state, 1: state, … }, or null when the binary has none). Returns one check.
 */
export function checkFuses(wire) {
  const problems = [];
  if (!wire) problems.push('the packed executable has no fuse wire');
  else {
    for (const fuse of EXPECTED_FUSES) {
      const state = wire[fuse.index];
      const want = fuse.enabled ? FUSE_ENABLED : FUSE_DISABLED;
      if (state !== want) {
        const seen = state === FUSE_ENABLED ? 'on' : state === FUSE_DISABLED ? 'off' : `state ${state}`;
        problems.push(`${fuse.name} is ${seen}, expected ${fuse.enabled ? 'on' : 'off'}`);
      }
    }
  }
  return { name: 'fuses', ok: problems.length === 0, detail: problems.length ? problems.join('; ') : EXPECTED_FUSES.map((fuse) => `${fuse.name} ${fuse.enabled ? 'on' : 'off'}`).join(', ') };
}

/** Tools that only build or test the app; none may ever be packed. */
export const DEV_ONLY = ['vitest', 'vite', 'typescript', 'esbuild', 'electron', 'electron-builder', 'app-builder-lib', '@playwright/test', 'playwright', 'playwright-core', 'jszip', 'yaml'];

/** Top-level folders of the repository that hold sources, tests or tooling, never the app. */
const SOURCE_FOLDERS = ['tests', 'core', 'electron', 'renderer', 'scripts', 'bench', 'bin', '.ci', 'out', 'test-results', 'playwright-report'];

const normalise = (entry) => entry.replace(/\\/g, '/').replace(/^\/+/, '');

/** The package a bare require/import specifier names ("@scope/name/x" → "@scope/name"). */
export function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Packages present in the archive: node_modules/<name> or node_modules/@scope/<name>, at any depth. */
export function packedModules(entries) {
  const found = new Set();
  for (const entry of entries.map(normalise)) {
    for (const match of entry.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/g)) {
      // "node_modules/@scope" alone is a folder, not a package.
      if (!(match[1].startsWith('@') && !match[1].includes('/'))) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** require("x") specifiers in a CommonJS bundle. */
export function requiredModules(source) {
  const found = new Set();
  for (const match of source.matchAll(/\brequire\(\s*(["'])([^"'\n]+)\1\s*\)/g)) found.add(match[2]);
  return [...found].sort();
}

/** Local scripts and styles an HTML page loads (src= / href=), relative to the page. */
export function pageAssets(html) {
  const found = new Set();
  for (const match of html.matchAll(/\b(?:src|href)\s*=\s*(["'])([^"']+)\1/g)) {
    const url = match[2];
    if (/^(?:[a-z]+:|\/\/|#|data:)/i.test(url)) continue;
    found.add(url.replace(/^\.\//, '').split(/[?#]/)[0]);
  }
  return [...found].sort();
}

const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0]);

/**
 * Checks one packaged app. Input:
 *   entries: paths in app.asar; packageJson: the packed package.json (parsed);
 *   devDependencies: names from the repository's package.json;
 *   sources: { [asar path]: text } for the main, preload and renderer index files;
 *   executable: whether the app's executable sits in the unpacked folder.
 * Returns [{ name, ok, detail }].
 */
export function checkPackage({ entries, packageJson, devDependencies, sources, executable }) {
  const files = new Set(entries.map(normalise));
  const checks = [];
  const check = (name, problems, okDetail = '') => checks.push({ name, ok: problems.length === 0, detail: problems.length ? problems.join('; ') : okDetail });

  check('executable', executable ? [] : ['the app executable is missing from the unpacked folder']);
  check('main process', files.has(MAIN) ? [] : [`${MAIN} is not packed`]);
  check('preload', files.has(PRELOAD) ? [] : [`${PRELOAD} is not packed`]);
  check('renderer', files.has(RENDERER_INDEX) ? [] : [`${RENDERER_INDEX} is not packed`]);

  const templates = [...files].filter((file) => /^templates\/[^/]+\.json$/.test(file));
  const profiles = [...files].filter((file) => /^templates\/profiles\/[^/]+\.json$/.test(file));
  check('templates', [...(templates.length ? [] : ['no templates/*.json packed']), ...(profiles.length ? [] : ['no templates/profiles/*.json packed'])], `${templates.length} templates, ${profiles.length} profiles`);

  const main = packageJson?.main;
  check('entry point', main === MAIN ? [] : [`package.json main is ${JSON.stringify(main)}, expected "${MAIN}"`]);

  const leaked = [...files].filter((file) => SOURCE_FOLDERS.includes(file.split('/')[0]));
  const sourceFolders = [...new Set(leaked.map((file) => `${file.split('/')[0]}/`))];
  const typescript = [...files].filter((file) => /\.(?:ts|tsx|mts|cts)$/.test(file) && !/\.d\.[cm]?ts$/.test(file) && !file.includes('node_modules/'));
  check('no sources or tests', [...sourceFolders.map((folder) => `${folder} is packed`), ...typescript.slice(0, 5).map((file) => `${file} is packed`)]);

  const modules = packedModules(entries);
  const devOnly = new Set([...devDependencies, ...DEV_ONLY]);
  const devPacked = modules.filter((name) => devOnly.has(name) || name.startsWith('@types/'));
  check('no dev-only modules', devPacked.map((name) => `node_modules/${name} is packed`), `${modules.length} modules packed`);

  const unresolved = [];
  for (const bundle of [MAIN, PRELOAD]) {
    const source = sources[bundle];
    if (source === undefined) continue;
    for (const specifier of requiredModules(source)) {
      if (specifier === 'electron' || isBuiltin(specifier) || specifier.startsWith('.')) continue;
      if (!modules.includes(packageOf(specifier))) unresolved.push(`${bundle} requires "${specifier}", which is not packed`);
    }
  }
  const index = sources[RENDERER_INDEX];
  if (index !== undefined) {
    for (const asset of pageAssets(index)) {
      if (!files.has(`dist/renderer/${asset}`)) unresolved.push(`${RENDERER_INDEX} loads ${asset}, which is not packed`);
    }
  }
  check('starts from what was packed', unresolved);
  return checks;
}
