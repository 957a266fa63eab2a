/** `vanban templates`: one line per template, id TAB title. */
import { listTemplates } from '../../node/templates';
import { parseCommandArgs } from '../args';
import type { CliIO } from '../io';
import { UsageError } from '../usage-error';

export async function templatesCommand(argv: string[], io: CliIO): Promise<void> {
  const { positionals } = parseCommandArgs('templates', argv, {});
  if (positionals.length > 0) throw new UsageError(`templates: unexpected argument: ${positionals[0]}`);
  for (const template of await listTemplates()) io.out(`${template.id}\t${template.title}`);
}
