// Dates and times as people at the desk read them.
import { readBirthDate } from '../domain/birth-date';
import type { Translate } from './i18n';

/** "YYYY-MM-DD" → "dd/MM/yyyy", the way dates are written on Vietnamese cards and forms. */
export function formatDate(isoDate: string): string {
  // A year-alone date of birth ("1950") is shown as it is.
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

/**
 * A date of birth in words, to read back before saving: "ngày 5 tháng 3 năm 1950" ("5 March
 * 1950"), or "năm 1950" for a year alone. Nothing to read back for text that is not a birth date.
 */
export function formatBirthDateWords(dob: string, t: Translate): string {
  const reading = readBirthDate(dob);
  if (!reading.ok) return '';
  // Strings, not numbers: a year is not written 1.950.
  const y = String(reading.year);
  if (reading.yearOnly) return t('dob.yearWords', { y });
  const [, m, d] = reading.dob.split('-').map(Number) as [number, number, number];
  const month = t('dob.months').split('|')[m - 1] ?? String(m);
  return t('dob.words', { d: String(d), y, month });
}
