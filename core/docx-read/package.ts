/**
 * Opens a .docx (an OPC zip package) safely: sizes, ratios, entry count and entry names are
 * checked from the central directory before anything is inflated, and only XML parts are
 * inflated (media is counted but never decompressed).
 */
import { unzipSync } from 'fflate';
import { DocxReadError } from './errors';
import { resolveLimits, type DocxReadLimits } from './limits';
import { elements, parseXml, type XmlElement } from './xml';

export interface DocxPackage {
  /** XML parts by their path inside the package ("word/document.xml"), as text. */
  parts: Map<string, string>;
  /** Every entry name of the package, including media that was not inflated. */
  entries: string[];
  /** Path of the main document part, from the package relationships. */
  mainDocumentPath: string;
}

const MB = 1024 * 1024;
const OFFICE_DOCUMENT = /\/officeDocument$/;

function mb(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

/** Why an entry name is unsafe, or null when it is fine. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (/[\u0000-\u001f]/.test(name)) return 'control character';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((segment) => segment === '..')) return "'..' segment";
  return null;
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function decodeText(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocxReadError('bad-xml', `${part} is not valid UTF-8 or UTF-16 text`, { part });
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * Reads the package. Throws DocxReadError: 'not-zip', 'too-large', 'zip-bomb', 'bad-entry-name',
 * 'not-docx' (no content types or no main document), 'xml-doctype' / 'bad-xml' (package parts).
 */
export function readDocxPackage(bytes: Uint8Array, limits?: Partial<DocxReadLimits>): DocxPackage {
  const limit = resolveLimits(limits);
  if (bytes.length > limit.maxCompressedBytes) {
    throw new DocxReadError('too-large', `The file is ${mb(bytes.length)}; the limit is ${mb(limit.maxCompressedBytes)}`, {
      size: bytes.length,
      limit: limit.maxCompressedBytes,
    });
  }
  if (!isZip(bytes)) throw new DocxReadError('not-zip', 'The file is not a ZIP package (a .docx is a ZIP file)');

  const entries: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries.push(file.name);
        if (entries.length > limit.maxEntries) {
          throw new DocxReadError('too-large', `The package has more than ${limit.maxEntries} entries`, { limit: limit.maxEntries });
        }
        const reason = unsafeEntryName(file.name);
        if (reason) {
          throw new DocxReadError('bad-entry-name', `Unsafe entry name "${file.name}" (${reason})`, { name: file.name, reason });
        }
        if (file.originalSize > limit.ratioThresholdBytes && file.originalSize > limit.maxRatio * Math.max(file.size, 1)) {
          throw new DocxReadError(
            'zip-bomb',
            `Entry "${file.name}" expands ${Math.round(file.originalSize / Math.max(file.size, 1))}:1 to ${mb(file.originalSize)}; the limit is ${limit.maxRatio}:1`,
            { name: file.name, size: file.originalSize, limit: limit.maxRatio },
          );
        }
        total += file.originalSize;
        if (total > limit.maxTotalUncompressedBytes) {
          throw new DocxReadError('too-large', `The package expands to more than ${mb(limit.maxTotalUncompressedBytes)}`, {
            limit: limit.maxTotalUncompressedBytes,
          });
        }
        return isXmlPart(file.name) && (file.compression === 0 || file.compression === 8);
      },
    });
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('not-zip', `The file is not a readable ZIP package: ${(error as Error).message}`);
  }

  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name, decodeText(data, name));

  if (!parts.has('[Content_Types].xml')) {
    throw new DocxReadError('not-docx', 'The ZIP file is not a Word document: [Content_Types].xml is missing');
  }
  const mainDocumentPath = findMainDocument(parts, limit);
  if (!parts.has(mainDocumentPath)) {
    throw new DocxReadError('not-docx', `The ZIP file is not a Word document: ${mainDocumentPath} is missing`, { part: mainDocumentPath });
  }
  return { parts, entries, mainDocumentPath };
}

function findMainDocument(parts: Map<string, string>, limit: DocxReadLimits): string {
  const rels = parts.get('_rels/.rels');
  if (rels === undefined) return 'word/document.xml';
  const root = parseXml(rels, { part: '_rels/.rels', maxDepth: limit.maxXmlDepth });
  const main = elements(root, 'Relationship').find((r) => OFFICE_DOCUMENT.test(r.attrs.Type ?? ''));
  if (!main) throw new DocxReadError('not-docx', 'The ZIP file is not a Word document: no main document relationship');
  return resolvePartPath('', main.attrs.Target ?? '');
}

/** Resolves a relationship target against the folder of the source part ("word/"). */
export function resolvePartPath(baseFolder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : baseFolder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** Relationships of a part: id → { type, target path }. */
export function readRelationships(pkg: DocxPackage, partPath: string): Map<string, { type: string; target: string; external: boolean }> {
  const slash = partPath.lastIndexOf('/');
  const folder = slash >= 0 ? partPath.slice(0, slash + 1) : '';
  const relsPath = `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  const text = pkg.parts.get(relsPath);
  if (text === undefined) return out;
  const root: XmlElement = parseXml(text, { part: relsPath });
  for (const rel of elements(root, 'Relationship')) {
    const external = rel.attrs.TargetMode === 'External';
    out.set(rel.attrs.Id ?? '', {
      type: rel.attrs.Type ?? '',
      target: external ? (rel.attrs.Target ?? '') : resolvePartPath(folder, rel.attrs.Target ?? ''),
      external,
    });
  }
  return out;
}

/** The part related to `partPath` by a relationship type ending in `/typeSuffix` ("styles", "numbering"). */
export function relatedPart(pkg: DocxPackage, partPath: string, typeSuffix: string): string | undefined {
  for (const rel of readRelationships(pkg, partPath).values()) {
    if (!rel.external && rel.type.endsWith(`/${typeSuffix}`)) return rel.target;
  }
  return undefined;
}

