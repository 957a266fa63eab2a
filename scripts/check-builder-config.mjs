#!/usr/bin/env node
// Validates electron-builder.yml offline:
//  1. against electron-builder's own JSON schema (app-builder-lib/scheme.json),
//     using the same ajv-based validator electron-builder runs before a build;
//  2. against VanBan Studio's packaging requirements.
// Usage: node scripts/check-builder-config.mjs [path/to/electron-builder.yml]
// Prints "<file>: OK" or one line per problem and exits 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const REQUIRED = {
  appId: 'vn.vanban.studio',
  productName: 'VanBan Studio',
  main: 'dist/electron/main.cjs',
  installerLanguages: ['vi_VN', 'en_US'],
  association: { ext: 'vanban', mimeType: 'application/x-vanban+json' },
};

function oneLine(text) {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Problems reported by electron-builder's schema validation, offline: the same
 * validator and scheme.json that validateConfiguration() in
 * app-builder-lib/out/util/config/config.js applies before every build.
 */
async function schemaProblems(config) {
  const { validateSchema } = require('app-builder-lib/out/util/config/schemaValidator.js');
  const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
  const problems = [];
  // The validator coerces types in place: validate a copy.
  const copy = structuredClone(config);
  try {
    validateSchema(scheme, copy, {
      name: 'electron-builder',
      postFormatter: (formatted) => {
        problems.push(`schema: ${oneLine(formatted)}`);
        return formatted;
      },
    });
  } catch (error) {
    if (problems.length === 0) problems.push(`schema: ${oneLine(String(error.message))}`);
  }
  return problems;
}

function asArray(value) {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Normalises win.target into [{ target, arch: string[] }]. */
function winTargets(config) {
  return asArray(config.win?.target).map((entry) =>
    typeof entry === 'string'
      ? { target: entry, arch: [] }
      : { target: entry?.target, arch: asArray(entry?.arch) },
  );
}

/** Problems against VanBan Studio's own packaging requirements. */
function productProblems(config) {
  const problems = [];
  const need = (ok, message) => {
    if (!ok) problems.push(message);
  };
  need(config.appId === REQUIRED.appId, `appId must be "${REQUIRED.appId}"`);
  need(config.productName === REQUIRED.productName, `productName must be "${REQUIRED.productName}"`);
  need(config.extraMetadata?.main === REQUIRED.main, `extraMetadata.main must be "${REQUIRED.main}"`);
  need(config.asar === true, 'asar must be true');
  need(config.publish === null, 'publish must be null (no network publishing)');
  const files = asArray(config.files);
  need(files.includes('dist/electron/**'), 'files must include "dist/electron/**" (main and preload)');
  need(files.includes('dist/renderer/**'), 'files must include "dist/renderer/**" (the renderer)');
  need(files.includes('!node_modules/**'), 'files must exclude "node_modules/**" (everything is bundled)');
  need(files.includes('templates/**'), 'files must include "templates/**"');
  need(files.includes('!tests/**'), 'files must exclude "tests/**"');

  const nsis = winTargets(config).find((t) => t.target === 'nsis');
  need(nsis !== undefined, 'win.target must include an nsis target');
  need(nsis === undefined || nsis.arch.includes('x64'), 'win nsis target must build for arch x64');

  const n = config.nsis ?? {};
  need(n.oneClick === false, 'nsis.oneClick must be false (assisted installer)');
  need(n.perMachine === false, 'nsis.perMachine must be false (per-user install)');
  need(n.allowToChangeInstallationDirectory === true, 'nsis.allowToChangeInstallationDirectory must be true');
  const languages = asArray(n.installerLanguages);
  for (const language of REQUIRED.installerLanguages) {
    need(languages.includes(language), `nsis.installerLanguages must include ${language}`);
  }
  need(n.multiLanguageInstaller === true, 'nsis.multiLanguageInstaller must be true');
  need(n.language === '1066', 'nsis.language must be "1066" (Vietnamese)');

  const associations = asArray(config.fileAssociations);
  const hasExt = (a, ext) => asArray(a?.ext).map((e) => String(e).replace(/^\./, '').toLowerCase()).includes(ext);
  const vanban = associations.find((a) => hasExt(a, REQUIRED.association.ext));
  need(vanban !== undefined, 'fileAssociations must include ext "vanban"');
  if (vanban) {
    need(vanban.mimeType === REQUIRED.association.mimeType,
      `fileAssociations[vanban].mimeType must be "${REQUIRED.association.mimeType}"`);
    need(typeof vanban.name === 'string' && vanban.name.length > 0, 'fileAssociations[vanban].name is required');
  }
  need(!associations.some((a) => hasExt(a, 'docx')), 'fileAssociations must not claim .docx');
  return problems;
}

async function checkBuilderConfig(file) {
  let config;
  try {
    config = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`cannot read: ${oneLine(String(error.message))}`];
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return ['top level must be a mapping'];
  }
  return [...(await schemaProblems(config)), ...productProblems(config)];
}

const file = path.resolve(process.argv[2] ?? path.join(repoRoot, 'electron-builder.yml'));
const relative = path.relative(process.cwd(), file);
const label = relative && !relative.startsWith('..') ? relative : file;
const problems = await checkBuilderConfig(file);
if (problems.length === 0) {
  console.log(`${label}: OK`);
} else {
  for (const problem of problems) console.log(`${label}: ${problem}`);
  process.exit(1);
}
