/**
 * The agency's outgoing document register (sổ đăng ký văn bản đi) on disk:
 * `<userData>/register.json` = `{ "registers": Register[] }`, one Register per agency code (the
 * empty code "" for documents without one), each with its entries of every year
 * (core/review/register.ts decides which numbers are free).
 *
 * Every read-modify-write runs in one serial queue and is written atomically, so two issues at
 * once never take the same number. A damaged file is never silently replaced by an empty
 * register (that would hand out numbers already used): it is copied to register.json.corrupt and
 * every call refuses with 'register-damaged' until a person repairs or removes it.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { HostCallError } from '../../core/host/contract';
import { isNumberTakenByAnother, isSameIssue, nextNumber, recordIssue, type Register, type RegisterEntry } from '../../core/review/register';
import { keepCorruptCopy, readJsonFileKeepingCorrupt, serialQueue, writeJsonFile } from './json-file';

const entrySchema = z.strictObject({
  year: z.number().int(),
  number: z.number().int().min(1),
  kind: z.string(),
  path: z.string(),
  issuedAt: z.string(),
  // Entries recorded before the document identity was kept have none.
  documentId: z.string().optional(),
});

const fileSchema = z.strictObject({
  registers: z.array(z.strictObject({ agencyCode: z.string(), entries: z.array(entrySchema) })),
});

type RegisterFile = z.infer<typeof fileSchema>;

/** What recording did: a new entry, or the same document issued again (a retry after a failed save). */
export type RecordOutcome = 'recorded' | 'already-recorded';

export interface RegisterStore {
  /** The next free number of that agency's series for that year (1 for a new year). */
  next(agencyCode: string, year: number): Promise<number>;
  /** Whether a document other than `documentId` has that number of that year. */
  taken(agencyCode: string, year: number, number: number, documentId: string | null): Promise<boolean>;
  /**
   * Records an issued number. Refused with 'number-used' ({number, year}) when another document
   * has it; the same document (same documentId, kind and saved path, see isSameIssue) issued
   * again is 'already-recorded'. A different document saved over the same file is another
   * document: refused.
   */
  record(agencyCode: string, entry: RegisterEntry): Promise<RecordOutcome>;
  /** Takes an entry out again (issuing failed after it was recorded). */
  remove(agencyCode: string, year: number, number: number): Promise<void>;
  /** Every register (tests, a future register view). */
  all(): Promise<Register[]>;
}

/** Agency codes are compared as written, in NFC, without surrounding spaces. */
export function registerKey(agencyCode: string): string {
  return agencyCode.normalize('NFC').trim();
}

export function createRegisterStore(userDataDir: string): RegisterStore {
  const file = join(userDataDir, 'register.json');
  const queue = serialQueue();

  function damaged(reason: string): HostCallError {
    return new HostCallError(
      'register-damaged',
      `The outgoing document register ${file} is damaged (${reason}); a copy was kept as register.json.corrupt. No number is issued until it is repaired or removed.`,
      { path: file, reason },
    );
  }

  async function load(): Promise<RegisterFile> {
    const read = await readJsonFileKeepingCorrupt(file);
    if (read.state === 'not-json') throw damaged('not JSON');
    if (read.state === 'missing') return { registers: [] };
    const parsed = fileSchema.safeParse(read.value);
    if (!parsed.success) {
      await keepCorruptCopy(file);
      const issue = parsed.error.issues[0];
      throw damaged(`${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    return parsed.data;
  }

  function find(data: RegisterFile, agencyCode: string): Register {
    const key = registerKey(agencyCode);
    return data.registers.find((register) => register.agencyCode === key) ?? { agencyCode: key, entries: [] };
  }

  function replace(data: RegisterFile, register: Register): RegisterFile {
    const others = data.registers.filter((candidate) => candidate.agencyCode !== register.agencyCode);
    return { registers: [...others, register].sort((a, b) => a.agencyCode.localeCompare(b.agencyCode)) };
  }

  return {
    next: (agencyCode, year) => queue(async () => nextNumber(find(await load(), agencyCode), year)),
    taken: (agencyCode, year, number, documentId) => queue(async () => isNumberTakenByAnother(find(await load(), agencyCode), year, number, documentId)),

    record: (agencyCode, entry) =>
      queue(async () => {
        const data = await load();
        const register = find(data, agencyCode);
        if (register.entries.some((used) => isSameIssue(used, entry))) return 'already-recorded';
        const result = recordIssue(register, entry);
        if (!result.ok) throw new HostCallError(result.error.code, result.error.message, { ...result.error.params });
        await writeJsonFile(file, replace(data, result.register));
        return 'recorded';
      }),

    remove: (agencyCode, year, number) =>
      queue(async () => {
        const data = await load();
        const register = find(data, agencyCode);
        const entries = register.entries.filter((entry) => !(entry.year === year && entry.number === number));
        if (entries.length === register.entries.length) return;
        await writeJsonFile(file, replace(data, { ...register, entries }));
      }),

    all: () => queue(async () => (await load()).registers),
  };
}
