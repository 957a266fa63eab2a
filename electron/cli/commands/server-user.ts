/**
 * `vanban server user add|list|disable|enable|reset-password --data <folder> …`: the office
 * server's accounts, changed in its data folder (safe while the server runs: the account store
 * locks the file, and the server sees the change at its next sign-in or token check).
 */
import { existsSync } from 'node:fs';
import { createAccountStore, ACCOUNT_ROLES, type AccountStore, type StoredAccount } from '../../office-server/accounts/account-store';
import { checkPasswordRules, hashPassword } from '../../office-server/accounts/passwords';
import type { AccountRole } from '../../office-server/contracts';
import { OfficeStoreError } from '../../office-server/storage/store-error';
import { parseCommandArgs, requireString, type OptionSpec } from '../args';
import type { CliIO } from '../io';
import { promptHidden, readFirstLine } from '../read-password';
import { UsageError } from '../usage-error';

export const SERVER_USER_USAGE = `Usage: vanban server user <action> --data <folder> [options]

Actions:
  add --data <folder> --login <login> --name "<full name>" --initials <XX>
      --role drafter|reviewer|clerk|admin --unit "<unit>" [--password-stdin]
                                              Create an account (the folder is made if needed)
  list --data <folder>                        The accounts: login, name, role, unit, disabled
  disable --data <folder> <login>             Refuse the account's sign-ins, end its sessions
  enable --data <folder> <login>              Let a disabled account sign in again
  reset-password --data <folder> <login> [--password-stdin]
                                              Set a new password; earlier sign-ins end

The password (at least 8 characters) is asked for on the terminal without being shown, twice;
with --password-stdin it is the first line of standard input. Without a terminal,
--password-stdin is needed.`;

const EXIT_OK = 0;
const EXIT_ERROR = 2;

export type ServerUserIO = CliIO & {
  /** Where the password comes from instead of standard input or the terminal (tests, an embedding app). */
  readPassword?: () => Promise<string>;
};

const ACTIONS = ['add', 'list', 'disable', 'enable', 'reset-password'] as const;
type Action = (typeof ACTIONS)[number];

const OPTIONS: Record<Action, OptionSpec> = {
  add: {
    data: { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
    initials: { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  list: { data: { type: 'string' } },
  disable: { data: { type: 'string' } },
  enable: { data: { type: 'string' } },
  'reset-password': { data: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
};

/** `argv`: the words after `vanban server user` (a leading "user" is accepted too). */
export async function serverUserCommand(argv: string[], io: ServerUserIO): Promise<number> {
  const words = argv[0] === 'user' ? argv.slice(1) : argv;
  const [action, ...rest] = words;
  if (action === undefined) throw new UsageError(`server user: missing action (${ACTIONS.join(', ')})`);
  if (!(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`server user: unknown action "${action}" (${ACTIONS.join(', ')})`);
  const command = `server user ${action}`;
  const { positionals, values } = parseCommandArgs(command, rest, OPTIONS[action as Action]);
  const dataDir = requireString(values, 'data', '--data <folder>', command);
  if (action !== 'add' && !existsSync(dataDir)) throw new UsageError(`${command}: the data folder ${dataDir} does not exist`);
  const store = createAccountStore(dataDir);
  try {
    switch (action as Action) {
      case 'add':
        if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument: ${positionals[0]}`);
        await addAccount(store, values, command, io);
        break;
      case 'list':
        if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument: ${positionals[0]}`);
        printTable(await store.list(), io);
        break;
      case 'disable':
      case 'enable': {
        const login = oneLogin(positionals, command);
        const before = await store.byLogin(login);
        const account = await store.setDisabled(login, action === 'disable');
        if (before?.disabled === account.disabled) io.out(`${account.login} was already ${action}d`);
        else io.out(action === 'disable' ? `Disabled ${account.login}; its sign-ins have ended` : `Enabled ${account.login}`);
        break;
      }
      case 'reset-password': {
        const login = oneLogin(positionals, command);
        // Refused before the password is asked for (the store refuses again if it vanished meanwhile).
        if (!(await store.byLogin(login))) throw new OfficeStoreError('login-unknown', `There is no account with the login "${login}" in ${store.file}.`, { login });
        const password = await obtainPassword(io, values['password-stdin'] === true, command);
        const account = await store.setPasswordHash(login, await hashPassword(password));
        io.out(`New password set for ${account.login}; its earlier sign-ins have ended`);
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof OfficeStoreError)) throw error;
    io.err(`vanban: ${error.message}`);
    return EXIT_ERROR;
  }
  return EXIT_OK;
}

function oneLogin(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing <login>`);
  if (positionals.length > 1) throw new UsageError(`${command}: unexpected argument: ${positionals[1]}`);
  return positionals[0];
}

async function addAccount(store: AccountStore, values: Record<string, string | boolean | undefined>, command: string, io: ServerUserIO): Promise<void> {
  const login = requireString(values, 'login', '--login <login>', command);
  const name = requireString(values, 'name', '--name "<full name>"', command);
  const initials = requireString(values, 'initials', '--initials <XX>', command);
  const role = requireString(values, 'role', `--role ${ACCOUNT_ROLES.join('|')}`, command);
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role)) throw new UsageError(`${command}: unknown role "${role}" (${ACCOUNT_ROLES.join(', ')})`);
  const unit = requireString(values, 'unit', '--unit "<unit>"', command);
  const existing = await store.byLogin(login);
  if (existing) throw new OfficeStoreError('login-taken', `The login "${existing.login}" is already used in ${store.file}.`, { login: existing.login });
  const password = await obtainPassword(io, values['password-stdin'] === true, command);
  const account = await store.add({ login, name, initials, role: role as AccountRole, unit, passwordHash: await hashPassword(password) });
  io.out(`Added ${account.login} (${account.name}, ${account.role}, ${account.unit})`);
}

async function obtainPassword(io: ServerUserIO, fromStdin: boolean, command: string): Promise<string> {
  let password: string;
  if (io.readPassword) password = await io.readPassword();
  else if (fromStdin) {
    password = await readFirstLine();
    if (password === '') throw new UsageError(`${command}: --password-stdin: standard input has no password on its first line`);
  } else {
    if (!process.stdin.isTTY) throw new UsageError(`${command}: no terminal to ask for the password on; pass it with --password-stdin`);
    password = await promptHidden('Password: ');
    checkPasswordRules(password);
    if ((await promptHidden('Password again: ')) !== password) throw new UsageError(`${command}: the two passwords differ`);
  }
  checkPasswordRules(password);
  return password;
}

/** Columns padded to their widest cell (counted in code points; the text is NFC). */
function printTable(accounts: StoredAccount[], io: CliIO): void {
  if (accounts.length === 0) {
    io.out('No accounts yet (add one with vanban server user add)');
    return;
  }
  const rows = [
    ['LOGIN', 'NAME', 'ROLE', 'UNIT', 'DISABLED'],
    ...accounts.map((account) => [account.login, account.name, account.role, account.unit, account.disabled ? 'yes' : 'no']),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  for (const row of rows) {
    io.out(
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - [...cell].length)))
        .join('  ')
        .trimEnd(),
    );
  }
}
