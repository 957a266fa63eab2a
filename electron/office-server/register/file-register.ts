/**
 * The office register in the data folder: `<data>/register.json` =
 * `{ <agencyCode>: { <year>: { last, entries: [{ number, documentId, accountId, at }] } } }`.
 *
 * Each allocation reads the file under the cross-process lock, takes `last + 1` and writes the
 * file atomically before it answers: concurrent calls in one process and in several processes on
 * the same data folder never get the same number, and the numbers of an agency code and year run
 * 1, 2, 3 … without gaps. A number is given back only while it is the last one of its series and
 * was allocated for the same document (nothing else can have been numbered after it). A damaged
 * file is refused with 'register-damaged' and never replaced.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { OfficeRegister } from '../contracts';
import type { FileLockOptions } from '../storage/file-lock';
import { createLockedJsonFile } from '../storage/locked-json-file';
import { OfficeStoreError } from '../storage/store-error';
import { checkAgencyCode, checkId, checkNumber, checkYear } from './register-request';

const entrySchema = z.strictObject({
  number: z.number().int().min(1),
  documentId: z.string().min(1),
  accountId: z.string().min(1),
  at: z.string().min(1),
});

const seriesSchema = z
  .strictObject({ last: z.number().int().min(0), entries: z.array(entrySchema) })
  .superRefine((series, context) => {
    const seen = new Set<number>();
    series.entries.forEach((entry, index) => {
      if (entry.number > series.last) context.addIssue({ code: 'custom', path: ['entries', index, 'number'], message: `number ${entry.number} is above last (${series.last})` });
      if (seen.has(entry.number)) context.addIssue({ code: 'custom', path: ['entries', index, 'number'], message: `number ${entry.number} appears twice` });
      seen.add(entry.number);
    });
  });

const registerFileSchema = z.record(z.string(), z.record(z.string().regex(/^[1-9][0-9]{0,3}$/, 'not a year'), seriesSchema));

type RegisterFile = z.infer<typeof registerFileSchema>;
type Series = z.infer<typeof seriesSchema>;

export interface FileRegisterOptions {
  now?: () => Date;
  lock?: FileLockOptions;
}

export function createFileRegister(dataDir: string, options: FileRegisterOptions = {}): OfficeRegister {
  const file = join(dataDir, 'register.json');
  const now = options.now ?? (() => new Date());
  const register = createLockedJsonFile({
    path: file,
    schema: registerFileSchema,
    empty: (): RegisterFile => ({}),
    damaged: (reason) =>
      new OfficeStoreError('register-damaged', `The office register ${file} is damaged (${reason}); no number is given until it is repaired or restored.`, {
        path: file,
        reason,
      }),
    lock: options.lock,
  });

  function seriesOf(data: RegisterFile, agencyCode: string, year: number): Series | undefined {
    const agency = Object.hasOwn(data, agencyCode) ? data[agencyCode] : undefined;
    return agency && Object.hasOwn(agency, String(year)) ? agency[String(year)] : undefined;
  }

  function withSeries(data: RegisterFile, agencyCode: string, year: number, series: Series): RegisterFile {
    return { ...data, [agencyCode]: { ...(Object.hasOwn(data, agencyCode) ? data[agencyCode] : {}), [String(year)]: series } };
  }

  return {
    async allocate(request) {
      const agencyCode = checkAgencyCode(request.agencyCode);
      const year = checkYear(request.year);
      const documentId = checkId(request.documentId, 'documentId');
      const accountId = checkId(request.accountId, 'accountId');
      return register.update((data) => {
        const series = seriesOf(data, agencyCode, year) ?? { last: 0, entries: [] };
        const number = series.last + 1;
        const entry = { number, documentId, accountId, at: now().toISOString() };
        return { next: withSeries(data, agencyCode, year, { last: number, entries: [...series.entries, entry] }), result: number };
      });
    },

    async release(request) {
      const agencyCode = checkAgencyCode(request.agencyCode);
      const year = checkYear(request.year);
      const number = checkNumber(request.number);
      const documentId = checkId(request.documentId, 'documentId');
      return register.update((data) => {
        const series = seriesOf(data, agencyCode, year);
        const entry = series?.entries.find((candidate) => candidate.number === number);
        if (!series || series.last !== number || entry?.documentId !== documentId) return { result: false };
        const entries = series.entries.filter((candidate) => candidate !== entry);
        return { next: withSeries(data, agencyCode, year, { last: number - 1, entries }), result: true };
      });
    },
  };
}
