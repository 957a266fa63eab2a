/** Command-line option parsing (node:util parseArgs), with mistakes reported as UsageError. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** Parses one command's arguments; unknown options and missing option values become UsageError. */
export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const { positionals, values } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { positionals, values: values as ParsedArgs['values'] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs messages can span lines ("To specify a positional argument …"); keep the first.
    throw new UsageError(`${command}: ${message.split('\n')[0].trim()}`);
  }
}

/** The value of a string option, or a UsageError naming the option. */
export function requireString(values: ParsedArgs['values'], name: string, hint: string, command: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command}: missing ${hint}`);
  return value;
}
