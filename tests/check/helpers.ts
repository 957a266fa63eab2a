/**
 * Checker test helpers: complete documents from every template, our writer's DOCX of a document,
 * and editing a DOCX's XML parts in place (fflate) to plant faults.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { VanBanDocument } from '../../core/model/types';
import { createDocumentFromTemplate, parseTemplate, type DocumentTemplate } from '../../core/template/template';
import { writeDocx } from '../../core/docx/write-docx';
import type { Finding } from '../../core/check/types';

export const ROOT = resolve(__dirname, '../..');

/** The template's "[…]" placeholders written out as text, as a clerk fills them in. */
export function fillPlaceholders<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\[([^\]\n]+)\]/gu, '$1') as T;
  if (Array.isArray(value)) return value.map(fillPlaceholders) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v)])) as T;
  }
  return value;
}

/**
 * A template's document with its "[…]" text filled in and a signer named, as a drafter hands it
 * in for review: the number and the day and month still blank for the records clerk.
 */
export function filledTemplateDocument(templateId: string, root = ROOT): VanBanDocument {
  const template = loadTemplates(root).find((t) => t.id === templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const doc = fillPlaceholders(createDocumentFromTemplate(template, { today: { year: new Date().getFullYear() } }));
  doc.signature.signerName = 'Nguyễn Văn A';
  return doc;
}

/** Every shipped template, in file name order. */
export function loadTemplates(root = ROOT): DocumentTemplate[] {
  const dir = join(root, 'templates');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseTemplate(JSON.parse(readFileSync(join(dir, name), 'utf8')), name));
}

/**
 * Every shipped template as a complete document: a number, a full date, a signer, and the
 * template's "[…]" placeholders written out as text (as a clerk fills them in).
 */
export function completeTemplateDocuments(): { id: string; doc: VanBanDocument }[] {
  return loadTemplates().map((template) => {
      const created = createDocumentFromTemplate(template, { today: { year: 2025 } });
      const doc = fillPlaceholders(created);
      doc.header.number = 12;
      doc.header.date = { day: 5, month: 3, year: 2025 };
      doc.signature.signerName = 'Nguyễn Văn A';
      return { id: template.id, doc };
    });
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

/** The DOCX parts as text (XML) and bytes (media), for editing. */
export type DocxParts = Map<string, string | Uint8Array>;

export function unpack(bytes: Uint8Array): DocxParts {
  const out: DocxParts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    out.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : data);
  }
  return out;
}

export function pack(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** Replaces text in one XML part; throws when the pattern is not there (so a planted fault cannot silently miss). */
export function edit(parts: DocxParts, part: string, pattern: string | RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): void {
  const xml = parts.get(part);
  if (typeof xml !== 'string') throw new Error(`no XML part ${part}`);
  const found = typeof pattern === 'string' ? xml.includes(pattern) : new RegExp(pattern.source, pattern.flags.replace('g', '')).test(xml);
  if (!found) throw new Error(`pattern ${String(pattern)} not found in ${part}`);
  parts.set(part, xml.replace(pattern, replacement as never));
}

export async function exportParts(doc: VanBanDocument): Promise<DocxParts> {
  return unpack(await writeDocx(doc));
}
