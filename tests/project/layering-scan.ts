// Static scan of import/require statements, used to enforce the layer
// dependency direction (core <- electron, core <- renderer).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface ImportRef {
  specifier: string;
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

export type Layer = 'core' | 'renderer';

const SOURCE_EXTENSIONS = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

// Strings are kept, comments are blanked (newlines kept for line numbers).
const TOKENS = /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

// `import 'x'`, `import a from 'x'`, `export * from 'x'`, `import('x')`,
// `require('x')`, `import a = require('x')`, multi-line `import {\n a \n} from 'x'`.
const IMPORT = /(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*(['"])([^'"\n]+)\1/g;

function stripComments(source: string): string {
  return source.replace(TOKENS, (match, literal: string | undefined) =>
    literal !== undefined ? literal : match.replace(/[^\n]/g, ' '),
  );
}

export function findImports(source: string): ImportRef[] {
  const code = stripComments(source);
  const refs: ImportRef[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const line = code.slice(0, match.index).split('\n').length;
    refs.push({ specifier: match[2], line });
  }
  return refs;
}

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The top-level project folder a relative specifier points into, if any. */
function targetFolder(root: string, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const resolved = path.resolve(root, path.dirname(file), specifier);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

const CORE_FORBIDDEN_PACKAGES: Array<[RegExp, string]> = [
  [/^electron$/, 'Electron'],
  [/^react(?:-dom)?$|^react-/, 'React'],
  [/^slate(?:-.+)?$/, 'Slate'],
  [/^i18next(?:-.+)?$/, 'i18next'],
];

/** Why `specifier`, imported from `file` (relative to root) in `layer`, is forbidden. */
export function forbiddenReason(layer: Layer, root: string, file: string, specifier: string): string | undefined {
  if (isNodeBuiltin(specifier)) return 'Node built-in';
  const folder = targetFolder(root, file, specifier);
  if (folder === 'electron') return 'path into electron/';
  if (layer === 'core' && folder === 'renderer') return 'path into renderer/';
  const name = packageName(specifier);
  if (name === 'electron') return 'Electron';
  if (layer === 'core') {
    for (const [pattern, label] of CORE_FORBIDDEN_PACKAGES) {
      if (pattern.test(name)) return label;
    }
  }
  return undefined;
}

export function checkSource(layer: Layer, root: string, file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  for (const ref of findImports(source)) {
    const reason = forbiddenReason(layer, root, file, ref.specifier);
    if (reason) violations.push({ file, line: ref.line, specifier: ref.specifier, reason });
  }
  return violations;
}

export function listSourceFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (relative: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child);
      } else if (SOURCE_EXTENSIONS.test(entry.name)) {
        out.push(child);
      }
    }
  };
  walk(folder);
  return out.sort();
}

export function scanLayer(layer: Layer, root: string): Violation[] {
  return listSourceFiles(root, layer).flatMap((file) =>
    checkSource(layer, root, file, readFileSync(path.join(root, file), 'utf8')),
  );
}

export function formatViolation(violation: Violation): string {
  return `${violation.file.split(path.sep).join('/')}:${violation.line} imports '${violation.specifier}' (${violation.reason})`;
}
