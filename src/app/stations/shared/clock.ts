// Times as the stations show them: today's local date, a clock time from epoch ms, a countdown.
import { isoWithOffset, localDateOf } from '../../../domain/time';
import { formatClock } from '../../../i18n/format';

/** The site's local date now, as YYYY-MM-DD (the tablet's clock and offset). */
export const todayDate = (now: Date = new Date()): string => localDateOf(isoWithOffset(now));

/** "HH:mm" local time of an epoch-ms instant, e.g. when an open vial must be discarded. */
export const clockOf = (ms: number): string => formatClock(isoWithOffset(new Date(ms)));

/** "mm:ss" left on the observation clock; never negative (time up is shown in words instead). */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
