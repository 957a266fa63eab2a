/** Loading templates and agency profiles from disk (Node side). */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { parseAgencyProfile, parseTemplate, TemplateError, type DocumentTemplate } from '../../core/template/template';
import type { AgencyProfile } from '../../core/model/schema';

/**
 * The templates folder shipped with the app: found by walking up from this module's folder
 * (works from the sources, from dist/ bundles and from a packaged app), or VANBAN_TEMPLATES_DIR.
 */
export function defaultTemplatesDir(): string {
  if (process.env.VANBAN_TEMPLATES_DIR) return resolve(process.env.VANBAN_TEMPLATES_DIR);
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'profiles'))) return candidate;
    dir = dirname(dir);
  }
  throw new TemplateError(`Templates folder not found near ${here}`);
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new TemplateError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Every template in the folder, sorted by id. */
export async function listTemplates(dir = defaultTemplatesDir()): Promise<DocumentTemplate[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const templates = await Promise.all(names.map(async (name) => parseTemplate(await readJson(join(dir, name)), name)));
  return templates.sort((a, b) => a.id.localeCompare(b.id));
}

/** The template with this id, or undefined. */
export async function findTemplate(id: string, dir = defaultTemplatesDir()): Promise<DocumentTemplate | undefined> {
  return (await listTemplates(dir)).find((template) => template.id === id);
}

/** An agency profile JSON file (see templates/profiles/ for examples). */
export async function loadAgencyProfile(path: string): Promise<AgencyProfile> {
  return parseAgencyProfile(await readJson(path), path);
}
