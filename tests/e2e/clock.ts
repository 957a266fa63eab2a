/**
 * The specs' time zone (the browser's, set in playwright.config.ts) and today's date in it: a
 * spec comparing with "today" must use this, not the machine's own zone (CI runs in UTC, where
 * the evening is already the next day in Việt Nam).
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function todayInVietnam(now = new Date()): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}
