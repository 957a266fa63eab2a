/**
 * The documents the render tests export: every shipped template as it is, and every state
 * template with every example agency profile. Each gets number 05 and date 05/01/2026 so the
 * header is complete, and short templates get their body repeated so that a page 2 exists.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createDocumentFromTemplate, type DocumentTemplate } from '../../core/template/template';
import type { AgencyProfile } from '../../core/model/schema';
import type { BodyBlock, InlineText, VanBanDocument } from '../../core/model/types';
import { defaultTemplatesDir, listTemplates, loadAgencyProfile } from '../../electron/node/templates';

export interface RenderCase {
  /** File-name-safe: "<template id>" or "<template id>+<profile file>". */
  name: string;
  template: DocumentTemplate;
  profileName: string | null;
  doc: VanBanDocument;
  /** How many extra copies of the body were appended to reach a second page. */
  bodyCopies: number;
}

export const NUMBER = 5;
export const DATE = { day: 5, month: 1, year: 2026 };

/**
 * Body text (in characters) that surely overflows page 1: an A4 page at 14 pt with 30/15 mm
 * margins holds about 75 characters × 42 lines, and the header takes a quarter of page 1.
 */
const MIN_BODY_CHARS = 3200;

const runsText = (runs: InlineText[]): string => runs.map((run) => run.text).join('');

export function bodyTextLength(blocks: BodyBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of [...block.table.headerRows, ...block.table.rows]) {
        for (const cell of row) total += cell.paragraphs.map(runsText).join(' ').length;
      }
      continue;
    }
    total += runsText(block.content).length;
    if ('children' in block) total += bodyTextLength(block.children);
  }
  return total;
}

function withIdSuffix(blocks: BodyBlock[], suffix: string): BodyBlock[] {
  return blocks.map((block) => {
    const copy = { ...structuredClone(block), id: `${block.id}${suffix}` } as BodyBlock;
    if ('children' in copy) copy.children = withIdSuffix(copy.children, suffix);
    return copy;
  });
}

/** The document with its body repeated (new ids) until it is long enough for two pages. */
export function padToTwoPages(doc: VanBanDocument): { doc: VanBanDocument; copies: number } {
  const original = doc.body;
  const length = bodyTextLength(original) + doc.closing.length;
  if (length >= MIN_BODY_CHARS || original.length === 0) return { doc, copies: 0 };
  const copies = Math.ceil((MIN_BODY_CHARS - length) / Math.max(1, bodyTextLength(original)));
  const body = [...original];
  for (let i = 1; i <= copies; i++) body.push(...withIdSuffix(original, `-copy${i}`));
  return { doc: { ...doc, body }, copies };
}

function complete(template: DocumentTemplate, profile: AgencyProfile | undefined): { doc: VanBanDocument; copies: number } {
  const created = createDocumentFromTemplate(template, { today: { year: DATE.year }, profile });
  created.header.number = NUMBER;
  created.header.date = { ...DATE };
  return padToTwoPages(created);
}

export async function renderCases(): Promise<RenderCase[]> {
  const templatesDir = defaultTemplatesDir();
  const templates = await listTemplates(templatesDir);
  const profilesDir = join(templatesDir, 'profiles');
  const profileFiles = (await readdir(profilesDir)).filter((name) => name.endsWith('.json')).sort();
  const profiles = await Promise.all(
    profileFiles.map(async (file) => ({ name: file.replace(/\.json$/, ''), profile: await loadAgencyProfile(join(profilesDir, file)) })),
  );
  const cases: RenderCase[] = [];
  for (const template of templates) {
    const plain = complete(template, undefined);
    cases.push({ name: template.id, template, profileName: null, doc: plain.doc, bodyCopies: plain.copies });
    // The example profiles are state agencies; a Party template under a state agency's name is not a real document.
    if (plain.doc.variant === 'party') continue;
    for (const { name, profile } of profiles) {
      const withProfile = complete(template, profile);
      cases.push({ name: `${template.id}+${name}`, template, profileName: name, doc: withProfile.doc, bodyCopies: withProfile.copies });
    }
  }
  return cases;
}
