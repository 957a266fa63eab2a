/**
 * Where a path from the renderer may point, per mode.
 *
 * Browser mode: a path is relative to the documents folder ("ke-hoach.vanban",
 * "2025/cong-van.vanban") and must stay inside it — no "..", no absolute path elsewhere, no
 * symbolic link leading out. A bare name gets the expected extension.
 * Electron: paths are absolute (native dialogs, recent files, the command line), must carry
 * the expected extension and must be in the file scope (file-scope.ts): chosen by the user this
 * session, recent, the original of a recovery copy, or in the documents or recovery folder.
 * Both modes refuse Windows' reserved device names (CON, NUL, COM1, … with any extension).
 */
import { realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, sep, win32 } from 'node:path';
import { HostCallError } from '../../core/host/contract';
import type { FileScope } from './file-scope';

export interface PathPolicy {
  /** The absolute path on disk for a path from the renderer; throws HostCallError. */
  resolve(input: string, extension: string): Promise<string>;
  /** The path as the renderer knows it, or null when this mode cannot show it (outside the documents folder). */
  display(absolute: string): string | null;
}

// Characters no file name may hold on Windows (kept out everywhere so folders stay portable).
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f]/;

// Device names Windows reserves in every folder, whatever the extension ("NUL.vanban" is NUL).
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(?:\..*)?$/i;

/** Whether a file or folder name is one of Windows' reserved device names. */
export function isReservedName(segment: string): boolean {
  return RESERVED.test(segment.replace(/[. ]+$/, ''));
}

function reserved(input: string, segment: string): HostCallError {
  return new HostCallError('invalid-name', `"${segment}" is a name Windows reserves for a device: ${input}`, { path: input, name: segment });
}

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

async function entryKind(path: string): Promise<'missing' | 'link' | 'other'> {
  try {
    return (await lstat(path)).isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'missing';
  }
}

/** Throws outside-documents when the real location of `target` (or its deepest existing folder) leaves `root`. */
async function checkRealLocation(root: string, target: string, input: string): Promise<void> {
  let current = target;
  let lookedAgain = 0;
  for (;;) {
    try {
      const real = await realpath(current);
      if (!isInside(root, real)) throw outside(input);
      return;
    } catch (error) {
      if (error instanceof HostCallError) throw error;
      // A dangling symbolic link: refuse rather than guess where it leads. A file that appeared
      // since realpath looked (another save renaming it into place) is looked at again.
      const kind = await entryKind(current);
      if (kind === 'other') {
        if (++lookedAgain > 3) throw error;
        continue;
      }
      if (kind === 'link') throw outside(input);
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
        if (isReservedName(segment)) throw reserved(input, segment);
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

export function electronPathPolicy(scope: FileScope): PathPolicy {
  return {
    async resolve(input, extension) {
      if (input.includes('\u0000') || !isAbsolute(input)) {
        throw new HostCallError('bad-request', `Expected an absolute file path: ${input}`, { path: input });
      }
      if (!hasExtension(input, extension)) {
        throw new HostCallError('wrong-extension', `The file name must end in ${extension}: ${input}`, { path: input, extension });
      }
      const name = basename(input.replace(/\\/g, '/'));
      if (isReservedName(name)) throw reserved(input, name);
      const absolute = normalize(input);
      if (!(await scope.allows(absolute))) {
        throw new HostCallError('not-chosen', `The file was not chosen in a dialog, is not a recent file and is not in the documents folder: ${input}`, { path: input });
      }
      return absolute;
    },
    display(absolute) {
      return absolute;
    },
  };
}
