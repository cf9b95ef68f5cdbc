// Times travel as ISO 8601 strings WITH the site's offset, so the local date of a visit can be
// read from the string itself wherever it ends up (server, other tablets, reports).
import { readLocalDate, type DateProblem, type LocalDate } from './local-date';

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Format `date` as local time at `offsetMinutes` east of UTC, e.g. 2026-11-23T09:15:02.123+07:00. */
export function isoWithOffset(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * The YYYY-MM-DD date as written in an ISO string (the local date at its offset), of a time
 * written by isoWithOffset or already read by readTimestamp: other text is not a LocalDate.
 */
export function localDateOf(iso: string): LocalDate {
  return iso.slice(0, 10) as LocalDate;
}

/** Why a text is not a time: those of a date, or a UTC offset that no time zone uses. */
export type TimestampProblem = DateProblem | 'offset';

export interface Timestamp {
  /** The local date as written, at the time's own offset. */
  localDate: LocalDate;
  /** Minutes east of UTC. */
  offsetMinutes: number;
  epochMs: number;
}

export type TimestampReading =
  { ok: true; time: Timestamp } | { ok: false; problem: TimestampProblem };

/** Real offsets run from -12:00 to +14:00, in whole hours or at :30 and :45 (Nepal, Chatham). */
export function isRealOffset(offsetMinutes: number): boolean {
  const minutes = Math.abs(offsetMinutes) % 60;
  return (
    offsetMinutes >= -12 * 60 &&
    offsetMinutes <= 14 * 60 &&
    (minutes === 0 || minutes === 30 || minutes === 45)
  );
}

/** Reads an ISO 8601 time with offset, of a plausible year and a real offset. */
export function readTimestamp(s: unknown): TimestampReading {
  const m = typeof s === 'string' ? ISO_WITH_OFFSET.exec(s) : null;
  if (m === null) return { ok: false, problem: 'format' };
  const [, , , , h, mi, sec = '0', zone, oh = '0', om = '0'] = m;
  const date = readLocalDate((s as string).slice(0, 10));
  if (!date.ok) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) {
    return { ok: false, problem: 'not-a-date' };
  }
  const offsetMinutes = (zone?.startsWith('-') ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (!isRealOffset(offsetMinutes)) return { ok: false, problem: 'offset' };
  return {
    ok: true,
    time: { localDate: date.date, offsetMinutes, epochMs: Date.parse(s as string) },
  };
}

export const isIsoWithOffset = (s: unknown): s is string => readTimestamp(s).ok;
