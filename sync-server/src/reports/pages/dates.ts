// Dates and times as the report pages write them: dd/mm/yyyy in Vietnamese, "5 Mar 2026" in
// English (day first, month named, never ambiguous). Links and CSV files keep YYYY-MM-DD.
import { dmy } from '../../../../src/domain/date-text';
import { toLocalDate, type LocalDate } from '../../../../src/domain/local-date';
import type { Lang } from './strings';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The sites' clocks: Vietnam is UTC+7 all year. */
const VIETNAM_MS = 7 * 3_600_000;

export function dateText(date: LocalDate, lang: Lang): string {
  if (lang === 'vi') return dmy(date);
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** A date cell: a real date written for the reader, anything else (an old bad record) as is. */
export function dateCell(value: unknown, lang: Lang): string {
  const date = toLocalDate(value);
  return date === null ? String(value) : dateText(date, lang);
}

/** An instant (ISO with offset or Z) in Vietnam's time: "23/11/2026 09:40:05"; else as is. */
export function timeText(iso: string, lang: Lang): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + VIETNAM_MS).toISOString();
  const date = toLocalDate(local.slice(0, 10));
  return date === null ? iso : `${dateText(date, lang)} ${local.slice(11, 19)}`;
}
