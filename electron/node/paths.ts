/**
 * Where a path from the renderer may point, per mode.
 *
 * Browser mode: a path is relative to the documents folder ("ke-hoach.vanban",
 * "2025/cong-van.vanban") and must stay inside it — no "..", no absolute path elsewhere, no
 * symbolic link leading out. A bare name gets the expected extension.
 * Electron: paths are absolute (native dialogs, recent files, the command line) and must carry
 * the expected extension.
 */
import { realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep, win32 } from 'node:path';
import { HostCallError } from '../../core/host/contract';

export interface PathPolicy {
  /** The absolute path on disk for a path from the renderer; throws HostCallError. */
  resolve(input: string, extension: string): Promise<string>;
  /** The path as the renderer knows it, or null when this mode cannot show it (outside the documents folder). */
  display(absolute: string): string | null;
}

// Characters no file name may hold on Windows (kept out everywhere so folders stay portable).
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f]/;

function outside(input: string): HostCallError {
  return new HostCallError('outside-documents', `The path is outside the documents folder: ${input}`, { path: input });
}

function hasExtension(name: string, extension: string): boolean {
  return name.toLowerCase().endsWith(extension) && name.length > extension.length;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Throws outside-documents when the real location of `target` (or its deepest existing folder) leaves `root`. */
async function checkRealLocation(root: string, target: string, input: string): Promise<void> {
  let current = target;
  for (;;) {
    try {
      const real = await realpath(current);
      if (!isInside(root, real)) throw outside(input);
      return;
    } catch (error) {
      if (error instanceof HostCallError) throw error;
      // A dangling symbolic link: refuse rather than guess where it leads.
      if (await exists(current)) throw outside(input);
      if (current === root) return;
      const parent = join(current, '..');
      if (parent === current || !isInside(root, parent)) throw outside(input);
      current = parent;
    }
  }
}

export function browserPathPolicy(documentsDir: string): PathPolicy {
  let rootReal: string | undefined;
  // Resolved once the folder exists (the host service creates it).
  const root = (): string => {
    rootReal ??= realpathSync(documentsDir);
    return rootReal;
  };

  return {
    async resolve(rawInput, extension) {
      const input = rawInput.normalize('NFC');
      const docs = root();
      let segments: string[];
      if (isAbsolute(input) || win32.isAbsolute(input)) {
        const absolute = normalize(input);
        const base = [documentsDir, docs].find((dir) => isInside(dir, absolute));
        if (!base || input.split(/[\\/]/).includes('..')) throw outside(input);
        segments = relative(base, absolute).split(sep);
      } else {
        segments = input.split(/[\\/]/);
        if (segments.includes('..')) throw outside(input);
      }
      segments = segments.filter((segment) => segment !== '' && segment !== '.');
      if (segments.length === 0) throw new HostCallError('invalid-name', `Not a file name: ${input}`, { path: input });
      for (const segment of segments) {
        if (FORBIDDEN.test(segment) || segment.startsWith('.') || /[. ]$/.test(segment)) {
          throw new HostCallError('invalid-name', `Not a valid file name: ${segment}`, { path: input });
        }
      }
      const last = segments.length - 1;
      if (!hasExtension(segments[last], extension)) segments[last] += extension;
      const target = join(docs, ...segments);
      if (!isInside(docs, target)) throw outside(input);
      await checkRealLocation(docs, target, input);
      return target;
    },
    display(absolute) {
      const rel = relative(root(), absolute);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
      return rel.split(sep).join('/');
    },
  };
}

export function electronPathPolicy(): PathPolicy {
  return {
    async resolve(input, extension) {
      if (input.includes('\u0000') || !isAbsolute(input)) {
        throw new HostCallError('bad-request', `Expected an absolute file path: ${input}`, { path: input });
      }
      if (!hasExtension(input, extension)) {
        throw new HostCallError('wrong-extension', `The file name must end in ${extension}: ${input}`, { path: input, extension });
      }
      return normalize(input);
    },
    display(absolute) {
      return absolute;
    },
  };
}
