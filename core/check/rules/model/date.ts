/** The date of issue: a real calendar day; blank parts wait for issuance. */
import type { VanBanDocument } from '../../../model/types';
import { isPlausibleDate } from '../../../format/date';
import { finding } from '../../catalog';
import type { Finding } from '../../types';

export function checkDate(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { date, place } = doc.header;
  const location = { part: 'header' as const, path: 'header.date' };
  if (date.day === null || date.month === null) out.push(finding('date.blank', location));
  if (!isPlausibleDate(date) || (date.year !== null && (date.year < 1945 || date.year > 9999))) {
    const part = (value: number | null) => (value === null ? '…' : String(value));
    out.push(finding('date.impossible', location, { date: `${part(date.day)}/${part(date.month)}/${part(date.year)}` }));
  }
  if (!place.trim()) out.push(finding('date.place-missing', { part: 'header', path: 'header.place' }));
  return out;
}
