/** `vanban new <template-id> -o <file.vanban> [--profile <profile.json>] [--force]`. */
import { existsSync } from 'node:fs';
import { createDocumentFromTemplate } from '../../../core/template/template';
import { listTemplates, loadAgencyProfile } from '../../node/templates';
import { saveDocumentFile } from '../../node/document-store';
import { parseCommandArgs, requireString } from '../args';
import type { CliIO } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';

export async function newCommand(argv: string[], io: CliIO): Promise<void> {
  const { positionals, values } = parseCommandArgs('new', argv, {
    output: { type: 'string', short: 'o' },
    profile: { type: 'string' },
    force: { type: 'boolean' },
  });
  const templates = await listTemplates();
  const valid = templates.map((template) => template.id).join(', ') || 'none installed';
  if (positionals.length === 0) throw new UsageError(`new: missing template id (available: ${valid})`);
  if (positionals.length > 1) throw new UsageError(`new: unexpected argument: ${positionals[1]}`);
  const id = positionals[0];
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) throw new UsageError(`new: unknown template "${id}" (available: ${valid})`);

  const output = checkOutputPath('new', requireString(values, 'output', '-o <file.vanban>', 'new'), '.vanban');
  if (!values.force && existsSync(output)) {
    throw new UsageError(`new: ${String(values.output)} already exists (use --force to overwrite)`);
  }
  const profilePath = values.profile;
  const profile = typeof profilePath === 'string' ? await loadAgencyProfile(profilePath) : undefined;

  const doc = createDocumentFromTemplate(template, { profile, today: { year: new Date().getFullYear() } });
  await saveDocumentFile(output, doc);
  io.out(`Created ${String(values.output)} from template ${id}`);
}
