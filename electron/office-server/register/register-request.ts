/**
 * The checks both registers (file, Redis) make on a request before touching their store: agency
 * codes are compared as written in NFC without surrounding spaces (the empty code "" is the series
 * of documents without one, as in the desktop register), years are whole years, documents and
 * accounts are named.
 */
import { OfficeStoreError } from '../storage/store-error';

export function registerAgencyKey(agencyCode: string): string {
  return agencyCode.normalize('NFC').trim();
}

function invalid(message: string): OfficeStoreError {
  return new OfficeStoreError('register-request-invalid', message);
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw invalid(`The register year must be a whole year from 1 to 9999, not ${String(year)}.`);
  return year;
}

export function checkId(value: string, what: 'documentId' | 'accountId'): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) throw invalid(`The register request needs a ${what} (1 to 200 characters).`);
  return value;
}

export function checkNumber(number: number): number {
  if (!Number.isInteger(number) || number < 1) throw invalid(`A register number is a whole number from 1, not ${String(number)}.`);
  return number;
}

export function checkAgencyCode(agencyCode: string): string {
  if (typeof agencyCode !== 'string' || agencyCode.length > 100) throw invalid('The agency code must be text of at most 100 characters.');
  const key = registerAgencyKey(agencyCode);
  // A key of the register file's JSON object; this one would be read as the object's prototype.
  if (key === '__proto__') throw invalid('"__proto__" cannot be an agency code.');
  return key;
}
