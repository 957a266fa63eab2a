/** When a comment was written, as the pane shows it: relative while recent, the date after a week. */
import type { TFunction } from 'i18next';
import { formatWhen } from '../app/format-when';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function commentTime(iso: string, now: number, t: TFunction, language: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const age = Math.max(0, now - at);
  if (age < MINUTE) return t('comments:time.justNow');
  if (age < HOUR) return t('comments:time.minutes', { count: Math.floor(age / MINUTE) });
  if (age < DAY) return t('comments:time.hours', { count: Math.floor(age / HOUR) });
  if (age < 7 * DAY) return t('comments:time.days', { count: Math.floor(age / DAY) });
  return formatWhen(iso, language);
}
