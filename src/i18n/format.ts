// Dates and times as people at the desk read them.
import type { Translate } from './i18n';

/** "YYYY-MM-DD" → "dd/MM/yyyy", the way dates are written on Vietnamese cards and forms. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}

/** "HH:mm" of an ISO time with offset, as written (the site's local time). */
export function formatClock(iso: string): string {
  return iso.slice(11, 16);
}

export function relativeTime(iso: string | null, now: Date, t: Translate): string | null {
  if (iso === null) return null;
  const minutes = Math.floor((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return t('time.justNow');
  if (minutes < 60) return t('time.minutes', { n: minutes });
  if (minutes < 24 * 60) return t('time.hours', { n: Math.floor(minutes / 60) });
  return t('time.days', { n: Math.floor(minutes / (24 * 60)) });
}
